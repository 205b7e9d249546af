import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { parseInventory } from '../../parsers/inventory-csv/index.js';
import { toJson } from '../helpers/config-tests.js';
import { seedBytes, seedName } from './config-fuzz.js';
import { itFuzzesSeeds } from './fuzz-config.js';
import { applyMutations, mutations } from './mutations.js';
import { expectWarningsWellFormed } from './result-checks.js';
import { inventorySeeds } from './seeds.js';

/**
 * Physical lines as the inventory counts them, computed independently here: CRLF, a lone LF
 * and a lone CR each end a line (Excel and old Mac exports), a final terminator opens none,
 * and a UTF-8 byte-order mark is not content.
 */
function physicalLines(bytes: Uint8Array): number {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.length === 0) return 0;
  const parts = Buffer.from(body).toString('latin1').split(/\r\n|\r|\n/);
  return parts[parts.length - 1] === '' ? parts.length - 1 : parts.length;
}

/** The inventory's internal-error path words its comment differently from the config parsers'. */
const INTERNAL_ERROR = /internal error/;

describe('fuzz: inventory CSV', () => {
  const seeds = inventorySeeds();

  itFuzzesSeeds(seeds, 'seeds', 'mutated inventories never throw, report no internal error and give well-formed, deterministic results', () =>
    fc.property(seedName(seeds), mutations(), (name, list) => {
      const bytes = applyMutations(seedBytes(seeds, name), list);
      const result = parseInventory(bytes, 'inventory.csv');
      expect(result.warnings.filter((w) => INTERNAL_ERROR.test(w.comment))).toEqual([]);
      expect(['PASSED', 'PARTIALLY_UNRECOGNIZED', 'FAILED']).toContain(result.status);
      expect(result.lines).toBe(physicalLines(bytes));
      expectWarningsWellFormed(result.warnings, [{ lines: result.lines }]);
      // Every asset names the line of its row.
      expect(result.assets.filter((a) => !Number.isInteger(a.line) || a.line < 1 || a.line > result.lines)).toEqual([]);
      expect(toJson(parseInventory(bytes, 'inventory.csv'))).toBe(toJson(result));
    }),
  );
});
