import type { AdminAccount, ManagementAccess } from '../../src/model/management.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ALL_PORTS, ServiceSet } from '../../src/space/service-set.js';
import type { NamedInterface } from './convert-interfaces.js';
import type { References } from './references.js';
import type { AsaConfig, AsaIcmpRule } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * What the unit itself answers, per interface:
 *
 * - `ssh A M IF` (tcp/22) and `telnet A M IF` (tcp/23, cleartext: insecure) from those sources;
 * - `http A M IF` opens ASDM only with `http server enable [PORT]`: ASA's HTTP server speaks
 *   HTTPS only (default port 443), so it is recorded as service "https", not as cleartext;
 * - ICMP: with no `icmp` rule for an interface ASA answers every ICMP message on it; once one
 *   exists, the rules are first-match with an implicit deny (per family: `icmp` for IPv4,
 *   `ipv6 icmp` for IPv6). First-match with denies is written exactly as the union of the
 *   permitted parts, each one a ManagementAccess entry.
 *
 * Where: ASA answers these only on the address of the interface the packet ARRIVED on. The
 * `ssh|telnet|http … IF` and `icmp … IF` commands name that ingress interface, and a packet
 * entering on one interface for another interface's address is dropped ("far-end interface
 * access": you cannot ssh to or ping the outside address from inside). Every entry therefore
 * has `interface: IF` and `ingressInterfaces: [IF]`. The one exception is `management-access
 * IF`, which lets VPN users manage the unit on IF's address although their tunnel enters on
 * another interface; VPN is not modelled, so the entries of that interface are answered from
 * any ingress (more than the unit answers: an `unsupported` warning says so).
 */
export function convertManagement(config: AsaConfig, named: ReadonlyMap<string, NamedInterface>, file: string, refs: References, sink: WarningSink): ManagementAccess[] {
  const out: ManagementAccess[] = [];
  const farEnd = managementAccessInterface(config, named, refs, sink);
  const ingress = (iface: string) => (iface === farEnd ? {} : { ingressInterfaces: [iface] });
  for (const h of config.managementHosts) {
    const exists = named.has(h.interface);
    refs.add('interface', h.interface, exists, `${h.service} access`, h.line, '', 'it opens nothing');
    if (!exists) continue;
    const base = { interface: h.interface, ...ingress(h.interface), sources: AddressSpace.fromCidr(h.source), provenance: { file, line: h.line } };
    if (h.service === 'ssh') out.push({ ...base, service: 'ssh', packets: ServiceSet.ports(6, 22, 22), secure: true });
    else if (h.service === 'telnet') out.push({ ...base, service: 'telnet', packets: ServiceSet.ports(6, 23, 23), secure: false });
    else if (config.httpServer) out.push({ ...base, service: 'https', packets: ServiceSet.ports(6, config.httpServer.port, config.httpServer.port), secure: true });
  }
  for (const r of config.icmpRules) refs.add('interface', r.interface, named.has(r.interface), 'icmp rule', r.line, '', 'it applies to no interface');
  for (const n of named.values()) {
    for (const family of [4, 6] as const) {
      // An interface without an address of the family answers nothing of it.
      if (!n.iface.addresses.some((a) => a.address.family === family)) continue;
      const entries = icmpAccess(n, family, config.icmpRules.filter((r) => r.interface === n.name && r.family === family), file);
      out.push(...entries.map((e) => ({ ...e, ...ingress(n.name) })));
    }
  }
  return out;
}

/** The interface `management-access` names, when it exists; reported as modelled more widely than ASA applies it. */
function managementAccessInterface(config: AsaConfig, named: ReadonlyMap<string, NamedInterface>, refs: References, sink: WarningSink): string | undefined {
  const m = config.managementAccess;
  if (!m) return undefined;
  const exists = named.has(m.name);
  refs.add('interface', m.name, exists, 'management-access', m.line, '', 'management stays answered on the ingress interface only');
  if (!exists) return undefined;
  sink.unsupported(
    m.line,
    '',
    `ASA answers management on ${m.name}'s address from another interface only for traffic arriving through a VPN tunnel, which is not modelled; the model answers it from any ingress interface (the model permits more)`,
  );
  return m.name;
}

function icmpAccess(n: NamedInterface, family: 4 | 6, rules: readonly AsaIcmpRule[], file: string): ManagementAccess[] {
  const protocol = family === 4 ? 1 : 58;
  const anyOfFamily = family === 4 ? AddressSpace.ANY_V4 : AddressSpace.ANY_V6;
  const service = (type: number | undefined) =>
    new ServiceSet([{ proto: IntervalSet.range(protocol, protocol + 1), sport: ALL_PORTS, dport: type === undefined ? ALL_PORTS : IntervalSet.range(type, type + 1) }]);
  if (rules.length === 0) {
    return [{ interface: n.name, service: family === 4 ? 'icmp' : 'icmp6', packets: service(undefined), secure: true, sources: anyOfFamily, provenance: { file, line: n.iface.line } }];
  }
  const out: ManagementAccess[] = [];
  let claimed = PacketSet.EMPTY;
  for (const r of rules) {
    const match = PacketSet.of(r.source ? AddressSpace.fromCidr(r.source) : anyOfFamily, anyOfFamily, service(r.icmpType));
    if (r.action === 'permit') {
      const granted = match.subtract(claimed);
      const boxes = family === 4 ? granted.v4.map((b) => ({ sources: new AddressSpace(b.src, IntervalSet.empty()), box: b })) : granted.v6.map((b) => ({ sources: new AddressSpace(IntervalSet.empty(), b.src), box: b }));
      for (const { sources, box } of boxes) {
        out.push({ interface: n.name, service: family === 4 ? 'icmp' : 'icmp6', packets: new ServiceSet([{ proto: box.proto, sport: box.sport, dport: box.dport }]), secure: true, sources, provenance: { file, line: r.line } });
      }
    }
    claimed = claimed.union(match);
  }
  return out;
}

/** `username NAME … privilege N` (default 2); ASA has no per-account trusted hosts. */
export function convertAdmins(config: AsaConfig, file: string): AdminAccount[] {
  return config.users.map((u) => ({ name: u.name, profile: `privilege ${u.privilege}`, provenance: { file, line: u.line } }));
}
