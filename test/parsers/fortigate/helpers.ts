import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Device } from '../../../src/model/device.js';
import type { Rule } from '../../../src/model/filter.js';
import type { ParsedConfig } from '../../../src/model/parse-result.js';
import type { Packet } from '../../../src/space/packet.js';
import { parseFortigate } from '../../../parsers/fortigate/index.js';
export { lineOf, pkt, onlyDevice, toJson, v4 } from '../../helpers/config-tests.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/fortigate/', import.meta.url));

export const FIXTURE_NAMES = [
  'fgt-edge-sample',
  'fgt-core-sample',
  'fgt-truncated-sample',
  'fgt-garbage-sample',
  'fgt-invalid-sample',
] as const;

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}.conf`, 'utf8');
}

export function parseFixture(name: string): ParsedConfig {
  return parseFortigate(fixtureText(name), `configs/${name}.conf`);
}

export function rule(device: Device, id: string): Rule {
  const r = device.filters[0]?.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/** Whether any term of the rule matches the packet, ignoring interfaces and DNAT. */
export function ruleMatches(r: Rule, p: Packet): boolean {
  return r.terms.some((t) => t.packets.contains(p));
}

