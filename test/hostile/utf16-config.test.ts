import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditTimed, goodConfigAudited, hostileSnapshot, inputOf, removeHostileSnapshots } from './hostile-snapshot.js';

afterAll(removeHostileSnapshots);

const CORE = readFileSync(new URL('../fixtures/fortigate/fgt-core-sample.conf', import.meta.url), 'utf8');

/** The FortiGate export as Windows tools save UTF-16: a byte-order mark, then the code units. */
function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  return order === 'le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
}

describe('a config saved as UTF-16 with a BOM', () => {
  // Read on its own, the same export in UTF-8 is the reference the UTF-16 copies must equal.
  const reference = (() => {
    const dir = hostileSnapshot();
    writeFileSync(join(dir, 'configs/core.conf'), CORE);
    return inputOf(auditTimed(dir).result, 'configs/core.conf');
  })();

  for (const order of ['le', 'be'] as const) {
    it(`is decoded and parsed like its UTF-8 original (${order.toUpperCase()})`, () => {
      const dir = hostileSnapshot();
      writeFileSync(join(dir, 'configs/core.conf'), utf16(CORE, order));
      const { result } = auditTimed(dir);
      const input = inputOf(result, 'configs/core.conf');
      expect(reference.status).toBe('PASSED');
      expect(input.format).toBe('fortigate');
      expect(input.status).toBe(reference.status);
      expect(input.lines).toBe(reference.lines);
      expect(input.devices).toEqual(['fgt-core-sample/root', 'fgt-core-sample/MN']);
      expect(input.warnings).toEqual(reference.warnings);
      expect(goodConfigAudited(result)).toBe(true);
    });
  }
});
