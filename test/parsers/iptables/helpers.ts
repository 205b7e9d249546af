import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Device } from '../../../src/model/device.js';
import type { FilterStage, Rule } from '../../../src/model/filter.js';
import type { ParsedConfig } from '../../../src/model/parse-result.js';
import type { Packet } from '../../../src/space/packet.js';
import { parseIptables } from '../../../parsers/iptables/index.js';
export { lineOf, pkt, onlyDevice, toJson } from '../../helpers/config-tests.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/iptables/', import.meta.url));

/** Hostnames of the fixtures; each has a .rules file and (except where noted) a .ip companion. */
export const FIXTURE_HOSTS = ['fw-gw01', 'web-proxy01', 'lgwan-fw-main', 'fw-broken', 'fw-truncated'] as const;

export function rulesText(host: string): string {
  return readFileSync(`${FIXTURES}${host}.rules`, 'utf8');
}

export function companionText(host: string): string | undefined {
  const path = `${FIXTURES}${host}.ip`;
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Parses a fixture the way the snapshot loader would: with its companion of the same base name. */
export function parseFixture(host: string, withCompanion = true): ParsedConfig {
  const companion = withCompanion ? companionText(host) : undefined;
  return parseIptables(rulesText(host), `configs/${host}.rules`, companion === undefined ? undefined : { text: companion, file: `configs/${host}.ip` });
}

export function stage(device: Device, name: string): FilterStage {
  const s = device.filters.find((f) => f.name === name);
  if (!s) throw new Error(`no stage ${name} (have ${device.filters.map((f) => f.name).join(', ')})`);
  return s;
}

export function rule(s: FilterStage, id: string): Rule {
  const r = s.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id} in ${s.name} (have ${s.rules.map((x) => x.id).join(', ')})`);
  return r;
}

/**
 * First-match verdict of a stage for a packet on an interface pair, as the analysis applies it
 * (DNAT state: `dnat` is the id of the DNAT entry that translated the flow, if any).
 */
export function verdict(s: FilterStage, p: Packet, inIface: string, outIface: string, dnat?: string): { action: string; id?: string } {
  for (const r of s.rules) {
    if (!r.enabled) continue;
    const hit = r.terms.some((t) => {
      if (t.inInterfaces && !t.inInterfaces.includes(inIface)) return false;
      if (t.outInterfaces && !t.outInterfaces.includes(outIface)) return false;
      if (t.dnat === 'untranslated' && dnat !== undefined) return false;
      if (Array.isArray(t.dnat) && (dnat === undefined || !t.dnat.includes(dnat))) return false;
      return t.packets.contains(p);
    });
    if (hit) return { action: r.action, id: r.id };
  }
  return { action: s.defaultAction };
}

/** Whether the device's management plane accepts a packet addressed to one of its addresses. */
export function managementAccepts(device: Device, p: Packet): boolean {
  return device.management.some((m) => {
    const ifaces = device.interfaces.filter((i) => i.enabled && (m.interface === undefined || i.name === m.interface));
    const own = ifaces.some((i) => i.addresses.some((a) => a.address.family === p.dst.family && a.address.value === p.dst.value));
    const src = m.sources === undefined || m.sources.contains(p.src);
    const svc = m.packets.boxes.some((b) => b.proto.contains(p.protocol) && b.sport.contains(p.srcPort) && b.dport.contains(p.dstPort));
    return own && src && svc;
  });
}

