import type { Interface, InterfaceAddress } from '../../src/model/interface.js';
import type { IpAddr, LinuxIpConfig } from './vendor-config.js';

/**
 * Addresses that never belong in the neutral model: loopback (127.0.0.0/8, ::1), which every
 * host has and which would make all hosts neighbours; IPv6 link-local (fe80::/10), which is on
 * every link and routes nothing beyond it; and addresses whose duplicate detection failed.
 */
export function isModelledAddress(a: IpAddr): boolean {
  if (a.flags.includes('dadfailed')) return false;
  if (a.address.family === 4) return a.address.value >>> 24 !== 127;
  const v = a.address.value;
  if (v === 1n) return false;
  return v >> 118n !== 0x3fan; // fe80::/10
}

/**
 * Interfaces in the order the companion first names them (link headers first, then the
 * interfaces only address lines name), each with the first line that names it. An interface shows its primary
 * addresses before secondaries; `lo` is kept only when it holds an address beyond loopback
 * (a service address), since packets from the network never arrive on it. Without a link
 * header (plain `ip -o addr`), an interface with addresses is taken to be up.
 */
export function convertInterfaces(config: LinuxIpConfig, file: string): Interface[] {
  const order: string[] = [];
  const lineOf = new Map<string, number>();
  const note = (name: string, line: number) => {
    const seen = lineOf.get(name);
    if (seen === undefined) order.push(name);
    if (seen === undefined || line < seen) lineOf.set(name, line);
  };
  for (const l of config.links) note(l.name, l.line);
  for (const a of config.addresses) note(a.iface, a.line);
  const out: Interface[] = [];
  for (const name of order) {
    const own = config.addresses.filter((a) => a.iface === name && isModelledAddress(a));
    if (name === 'lo' && own.length === 0) continue;
    const primary = own.filter((a) => !a.flags.includes('secondary'));
    const secondary = own.filter((a) => a.flags.includes('secondary'));
    const addresses: InterfaceAddress[] = dedupe([...primary, ...secondary]).map((a) => ({ address: a.address, prefixLength: a.prefixLength }));
    const link = config.links.find((l) => l.name === name);
    out.push({ name, addresses, enabled: link ? link.up : true, provenance: { file, line: lineOf.get(name)! } });
  }
  return out;
}

/** `ip addr` and `ip -o addr` of the same host may both be present: keep each address once. */
function dedupe(list: readonly IpAddr[]): IpAddr[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = `${a.address.family}:${a.address.value}/${a.prefixLength}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every address the host owns, loopback and link-local included (for `-m addrtype LOCAL`). */
export function allHostAddresses(config: LinuxIpConfig): IpAddr[] {
  return config.addresses.filter((a) => !a.flags.includes('dadfailed'));
}
