import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Device } from '../../../src/model/device.js';
import type { FilterStage, Rule } from '../../../src/model/filter.js';
import type { ParsedConfig } from '../../../src/model/parse-result.js';
import type { Packet } from '../../../src/space/packet.js';
import { parseRtx } from '../../../parsers/rtx/index.js';
export { lineOf, pkt, onlyDevice, toJson, v4 } from '../../helpers/config-tests.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/rtx/', import.meta.url));
export const SAMPLE = fileURLToPath(new URL('../../../samples/sample-city/configs/rtx-lgwan.config', import.meta.url));

/** Fixtures in UTF-8 (the CP932 one is read as bytes, see encoding.test.ts). */
export const FIXTURE_NAMES = ['rtx3500-honcho', 'rtx830-shisho', 'rtx810-kominkan', 'rtx1210-broken', 'rtx1220-truncated'] as const;

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}.config`, 'utf8');
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(`${FIXTURES}${name}.config`);
}

export function parseFixture(name: string): ParsedConfig {
  return parseRtx(fixtureText(name), `configs/${name}.config`);
}

export function stage(device: Device, name: string): FilterStage {
  const s = device.filters.find((x) => x.name === name);
  if (!s) throw new Error(`no stage ${name}: ${device.filters.map((x) => x.name).join(', ')}`);
  return s;
}

export function rule(s: FilterStage, id: string): Rule {
  const r = s.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id} in ${s.name}`);
  return r;
}

export function ruleMatches(r: Rule, p: Packet): boolean {
  return r.terms.some((t) => t.packets.contains(p));
}

/**
 * The verdict of a stage on an opening packet: the id of the first rule matching it (with its
 * action), or the stage default. Interfaces and DNAT conditions are the stage's own business.
 */
export function verdict(s: FilterStage, p: Packet): string {
  for (const r of s.rules) if (r.enabled && ruleMatches(r, p)) return `${r.action} ${r.id}`;
  return `default ${s.defaultAction}`;
}

