import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Device } from '../../../src/model/device.js';
import type { Rule } from '../../../src/model/filter.js';
import type { ParsedConfig } from '../../../src/model/parse-result.js';
import type { Packet } from '../../../src/space/packet.js';
import { parsePanos } from '../../../parsers/paloalto/index.js';
export { lineOf, pkt, toJson, v4 } from '../../helpers/config-tests.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/paloalto/', import.meta.url));
export const SAMPLE_EDGE = fileURLToPath(new URL('../../../samples/sample-city/configs/pa-edge.xml', import.meta.url));

/** Every fixture, by file name; the large export and the sample-city device are read too. */
export const FIXTURE_FILES = [
  'pa-dc01.xml',
  'pa-edge.set',
  'pa-shisho.set',
  'pa-honcho-core.xml',
  'pa-truncated.xml',
  'pa-unbalanced.xml',
  'pa-unknown.xml',
  'pa-doctype.xml',
  'pa-invalid.xml',
  'pa-broken.set',
] as const;

export function fixtureText(file: string): string {
  return readFileSync(file === 'sample:pa-edge.xml' ? SAMPLE_EDGE : `${FIXTURES}${file}`, 'utf8');
}

export function parseFixture(file: string): ParsedConfig {
  const name = file.startsWith('sample:') ? file.slice('sample:'.length) : file;
  return parsePanos(fixtureText(file), `configs/${name}`);
}

export function deviceById(parsed: ParsedConfig, id: string): Device {
  const d = parsed.devices.find((x) => x.id === id);
  if (!d) throw new Error(`no device ${id}: ${parsed.devices.map((x) => x.id).join(', ')}`);
  return d;
}

export function securityRule(device: Device, id: string): Rule {
  const stage = device.filters.find((f) => f.name === 'security policy');
  const r = stage?.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/** Whether a term of the rule covering the interface pair matches the packet. */
export function ruleMatches(r: Rule, p: Packet, inIface?: string, outIface?: string): boolean {
  return r.terms.some(
    (t) =>
      (inIface === undefined || t.inInterfaces === undefined || t.inInterfaces.includes(inIface)) &&
      (outIface === undefined || t.outInterfaces === undefined || t.outInterfaces.includes(outIface)) &&
      t.packets.contains(p),
  );
}

