import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Device } from '../../../src/model/device.js';
import type { FilterStage, Rule } from '../../../src/model/filter.js';
import type { ParsedConfig } from '../../../src/model/parse-result.js';
import type { Packet } from '../../../src/space/packet.js';
import { parseIos } from '../../../parsers/ios/index.js';
export { lineOf, pkt, toJson, v4 } from '../../helpers/config-tests.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/ios/', import.meta.url));

/** Every IOS fixture, named after the hostname it configures. */
export const FIXTURE_NAMES = ['br-rtr01', 'honcho-core01', 'legacy-rtr02', 'trunc-sw03', 'banner-rtr04', 'broken-rtr05'] as const;

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}.cfg`, 'utf8');
}

export function parseFixture(name: string): ParsedConfig {
  return parseIos(fixtureText(name), `configs/${name}.cfg`);
}

export function device(parsed: ParsedConfig, id: string): Device {
  const d = parsed.devices.find((x) => x.id === id);
  if (!d) throw new Error(`no device ${id} (have ${parsed.devices.map((x) => x.id).join(', ')})`);
  return d;
}

export function stage(d: Device, name: string): FilterStage {
  const s = d.filters.find((x) => x.name === name);
  if (!s) throw new Error(`no stage ${name} (have ${d.filters.map((x) => x.name).join('; ')})`);
  return s;
}

export function ruleOf(s: FilterStage, id: string): Rule {
  const r = s.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id} in ${s.name}`);
  return r;
}

/**
 * What a stage decides for a packet entering `inIface` and leaving `outIface`: the id of the
 * first rule whose terms match, else "default-<action>". Mirrors the analysis' first match.
 */
export function decide(s: FilterStage, p: Packet, inIface = '', outIface = ''): string {
  for (const r of s.rules) {
    if (!r.enabled) continue;
    const hit = r.terms.some(
      (t) => (t.inInterfaces === undefined || t.inInterfaces.includes(inIface)) && (t.outInterfaces === undefined || t.outInterfaces.includes(outIface)) && t.packets.contains(p),
    );
    if (hit) return `${r.id}:${r.action}`;
  }
  return `default-${s.defaultAction}`;
}

const SAMPLE = fileURLToPath(new URL('../../../samples/sample-city/configs/core-sw.cfg', import.meta.url));

/** The sample city's Catalyst core switch. */
export function sampleCoreSwitchText(): string {
  return readFileSync(SAMPLE, 'utf8');
}
