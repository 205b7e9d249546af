import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INVENTORY_BYTES, MAX_YAML_BYTES } from '../../src/snapshot/side-file-limits.js';
import { auditTimed, goodConfigAudited, hostileSnapshot, inputOf, removeHostileSnapshots } from './hostile-snapshot.js';

afterAll(removeHostileSnapshots);

/**
 * The side files have limits of their own, far below the configs' 512 MiB. Each file here is
 * sparse, one byte above its limit: the test proves it is refused by its size, unread (its
 * content would otherwise be parsed and reported), while the configs are still audited.
 */
describe('side files above their size limits', () => {
  const cases = [
    { file: 'sansou.yaml', limit: MAX_YAML_BYTES },
    { file: 'waivers.yaml', limit: MAX_YAML_BYTES },
    { file: 'inventory.csv', limit: MAX_INVENTORY_BYTES },
  ];
  for (const { file, limit } of cases) {
    it(`${file} of ${limit + 1} bytes is refused with its size and the limit, and the rest is audited`, () => {
      const dir = hostileSnapshot();
      writeFileSync(join(dir, file), '');
      truncateSync(join(dir, file), limit + 1);
      const { result } = auditTimed(dir);
      const message = `file is ${limit + 1} bytes, above the ${limit}-byte limit; not read`;
      const input = inputOf(result, file);
      expect(input.status).toBe('FAILED');
      // Unread: no checksum names bytes that were never judged.
      expect(input.sha256).toBeUndefined();
      const said = [...input.warnings.map((w) => w.comment), ...result.problems.filter((p) => p.file === file).map((p) => p.message)];
      expect(said.some((m) => m.includes(message))).toBe(true);
      expect(goodConfigAudited(result)).toBe(true);
    });
  }
});
