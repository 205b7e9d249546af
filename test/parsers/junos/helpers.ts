import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Device } from '../../../src/model/device.js';
import type { FilterStage, Rule } from '../../../src/model/filter.js';
import type { ParsedConfig } from '../../../src/model/parse-result.js';
import type { Packet } from '../../../src/space/packet.js';
import { parseJunos, readJunosConfig } from '../../../parsers/junos/index.js';
import type { JunosConfig } from '../../../parsers/junos/vendor-config.js';
export { lineOf, pkt, toJson } from '../../helpers/config-tests.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/junos/', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../../samples/sample-city/configs/srx-fw.conf', import.meta.url));

/** Every fixture, by hostname. */
export const FIXTURE_NAMES = ['srx-fw', 'srx-branch01', 'srx-hq-dc1', 'mx-edge01', 'srx-trunc', 'srx-broken'] as const;

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}.conf`, 'utf8');
}

export function sampleText(): string {
  return readFileSync(SAMPLE, 'utf8');
}

export function parseFixture(name: string): ParsedConfig {
  return parseJunos(fixtureText(name), `configs/${name}.conf`);
}

export function vendorConfig(text: string): JunosConfig {
  const read = readJunosConfig(text);
  if (!read) throw new Error('not a Junos configuration');
  return read.config;
}

export function device(parsed: ParsedConfig, id?: string): Device {
  const d = id === undefined ? parsed.devices[0] : parsed.devices.find((x) => x.id === id);
  if (!d) throw new Error(`no device ${id ?? '(first)'}`);
  return d;
}

export function stage(d: Device, name: string): FilterStage {
  const s = d.filters.find((x) => x.name === name);
  if (!s) throw new Error(`no stage ${name} (has ${d.filters.map((x) => x.name).join('; ')})`);
  return s;
}

export function rule(s: FilterStage, id: string): Rule {
  const r = s.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/**
 * The decision of one first-match stage for a packet between two interfaces, the way the
 * analysis applies it (enabled rules, terms whose interfaces fit, then the default). The
 * header is taken as given: tests pass the header the stage sees.
 */
export function decide(s: FilterStage, inIface: string, outIface: string, p: Packet, dnat?: string): { id: string; action: 'permit' | 'deny' } {
  for (const r of s.rules) {
    if (!r.enabled) continue;
    const hit = r.terms.some((t) => {
      if (t.inInterfaces && !t.inInterfaces.includes(inIface)) return false;
      if (t.outInterfaces && !t.outInterfaces.includes(outIface)) return false;
      if (t.dnat === 'untranslated' && dnat !== undefined) return false;
      if (Array.isArray(t.dnat) && (dnat === undefined || !t.dnat.includes(dnat))) return false;
      return t.packets.contains(p);
    });
    if (hit) return { id: r.id, action: r.action };
  }
  return { id: `default-${s.defaultAction}`, action: s.defaultAction };
}

