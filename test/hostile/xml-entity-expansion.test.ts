import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MB, auditTimed, goodConfigAudited, hostileSnapshot, inputOf, removeHostileSnapshots } from './hostile-snapshot.js';

afterAll(removeHostileSnapshots);

/**
 * "Billion laughs": ten entities, each ten of the one before, so that &lol9; would expand to
 * 10^9 copies of "lol" (3 GB). The PAN-OS reader blanks the DOCTYPE and runs fast-xml-parser
 * with processEntities off, so the reference must stay a reference.
 */
function billionLaughs(): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let n = 1; n <= 9; n++) entities.push(`<!ENTITY lol${n} "${`&lol${n - 1};`.repeat(10)}">`);
  return [
    '<?xml version="1.0"?>',
    `<!DOCTYPE config [\n${entities.join('\n')}\n]>`,
    '<config version="10.2.0"><devices><entry name="localhost.localdomain">',
    '<deviceconfig><system><hostname>pa-laughs</hostname></system></deviceconfig>',
    '<vsys><entry name="vsys1"><address><entry name="srv">',
    '<description>&lol9;</description><ip-netmask>10.0.0.1/32</ip-netmask>',
    '</entry></address></entry></vsys></entry></devices></config>',
    '',
  ].join('\n');
}

describe('an XML entity-expansion document', () => {
  it('is read without expanding its entities, quickly, and says so', () => {
    const dir = hostileSnapshot();
    writeFileSync(join(dir, 'configs/pa-laughs.xml'), billionLaughs());
    const { result, memoryGrowth } = auditTimed(dir);
    const input = inputOf(result, 'configs/pa-laughs.xml');
    expect(input.format).toBe('paloalto');
    expect(input.devices).toEqual(['pa-laughs']);
    const comments = input.warnings.map((w) => `${w.line} ${w.kind} ${w.comment}`);
    expect(comments).toContain('2 unsupported DOCTYPE declaration ignored: a PAN-OS export has none, and entities it defines are never expanded');
    expect(comments.some((c) => c.startsWith('17 invalid entity reference &lol9; is not expanded'))).toBe(true);
    // Nothing anywhere in the result grew: the whole of it serializes to well under a megabyte
    // of the expanded text (a single level of expansion would already be 30 "lol"s in a row).
    const serialized = JSON.stringify({ inputs: result.inputs, problems: result.problems, findings: result.findings });
    expect(serialized).not.toContain('lol'.repeat(10));
    expect(serialized.length).toBeLessThan(MB);
    expect(goodConfigAudited(result)).toBe(true);
    expect(memoryGrowth).toBeLessThan(256 * MB);
  });
});
