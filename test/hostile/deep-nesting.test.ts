import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BRACE_DEPTH } from '../../parsers/junos/read-brace.js';
import { MAX_XML_DEPTH } from '../../parsers/paloalto/xml-reader.js';
import { MB, auditTimed, goodConfigAudited, hostileSnapshot, inputOf, removeHostileSnapshots } from './hostile-snapshot.js';

afterAll(removeHostileSnapshots);

/** Deep enough to overflow any recursive reader and, for a reader that copies paths, quadratic memory. */
const DEPTH = 100_000;

describe(`blocks nested ${DEPTH} deep`, () => {
  it('Junos: blocks past the depth limit are skipped with one warning', () => {
    const dir = hostileSnapshot();
    const text = `system {\n    host-name j-deep;\n}\ninterfaces {\n${'a {\n'.repeat(DEPTH)}${'}\n'.repeat(DEPTH)}}\n`;
    writeFileSync(join(dir, 'configs/j-deep.conf'), text);
    const { result, memoryGrowth } = auditTimed(dir);
    const input = inputOf(result, 'configs/j-deep.conf');
    expect(input.format).toBe('junos');
    expect(input.devices).toEqual(['j-deep']);
    // `interfaces` is depth 1, so the block that opens one level too deep is on line 4 + MAX.
    const deep = input.warnings.filter((w) => w.comment.includes('nest deeper'));
    expect(deep.map((w) => [w.line, w.kind, w.comment])).toEqual([
      [4 + MAX_BRACE_DEPTH, 'unrecognized', `blocks nest deeper than ${MAX_BRACE_DEPTH} levels; this block and everything inside it are skipped`],
    ]);
    // No warning about unbalanced braces: the skipped blocks were closed where they end.
    expect(input.warnings.some((w) => w.comment.includes('unbalanced'))).toBe(false);
    expect(goodConfigAudited(result)).toBe(true);
    expect(memoryGrowth).toBeLessThan(512 * MB);
  });

  it('FortiGate: nested config blocks are read without recursion', () => {
    const dir = hostileSnapshot();
    const text = `config system global\n    set hostname "fgt-deep"\nend\n${'config system interface\n'.repeat(DEPTH)}${'end\n'.repeat(DEPTH)}`;
    writeFileSync(join(dir, 'configs/fgt-deep.conf'), text);
    const { result } = auditTimed(dir);
    const input = inputOf(result, 'configs/fgt-deep.conf');
    expect(input.format).toBe('fortigate');
    expect(input.devices).toEqual(['fgt-deep']);
    expect(input.lines).toBe(3 + 2 * DEPTH);
    expect(goodConfigAudited(result)).toBe(true);
  });

  it(`PAN-OS XML: nesting past ${MAX_XML_DEPTH} levels is refused with the parser's reason`, () => {
    const dir = hostileSnapshot();
    const text = `<?xml version="1.0"?>\n<config version="10.2.0"><mgt-config>${'<a>'.repeat(DEPTH)}${'</a>'.repeat(DEPTH)}</mgt-config></config>\n`;
    writeFileSync(join(dir, 'configs/pa-deep.xml'), text);
    const { result } = auditTimed(dir);
    const input = inputOf(result, 'configs/pa-deep.xml');
    expect(input.format).toBe('paloalto');
    expect(input.status).toBe('FAILED');
    // fast-xml-parser refuses elements nested deeper than MAX_XML_DEPTH, and says so.
    const message = 'the XML parser gave up on the whole document: Maximum nested tags exceeded';
    expect(input.warnings.map((w) => [w.line, w.comment])).toEqual([
      [0, `nothing usable was read: ${message}`],
      [1, message],
    ]);
    expect(goodConfigAudited(result)).toBe(true);
  });

  for (const [name, text] of [
    ['n-deep.json', `{"sansou-device": 1, "hostname": "n-deep", "x": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}\n`],
    ['n-deep.yaml', `sansou-device: 1\nhostname: n-deep\nx: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`],
  ] as const) {
    it(`neutral device file ${name}: refused before the YAML reader recurses, at its line`, () => {
      const dir = hostileSnapshot();
      writeFileSync(join(dir, `configs/${name}`), text);
      const { result } = auditTimed(dir);
      const input = inputOf(result, `configs/${name}`);
      expect(input.format).toBe('neutral');
      expect(input.status).toBe('FAILED');
      const distinct = new Set(input.warnings.map((w) => `${w.line} ${w.comment}`));
      expect([...distinct]).toEqual([`${name.endsWith('json') ? 1 : 3} the document is nested more than 64 levels deep; not read`]);
      expect(goodConfigAudited(result)).toBe(true);
    });
  }
});
