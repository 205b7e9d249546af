import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadWaivers } from '../../src/waivers/load-waivers.js';
import type { WaiversFileError, WaiversFileResult } from '../../src/waivers/waiver-types.js';

const FILE = 'waivers.yaml';
const FP = '269810963d1f841c89dadf5d1a686cfd';

/** 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`test text has no line containing ${needle}`);
  return index + 1;
}

function load(text: string): WaiversFileResult {
  return loadWaivers(text, FILE);
}

/** The one error whose key is `key`. */
function errorAt(result: WaiversFileResult, key: string): WaiversFileError {
  const found = result.errors.filter((e) => e.key === key);
  expect(found.map((e) => e.message), `errors at ${key}; all: ${JSON.stringify(result.errors)}`).toHaveLength(1);
  return found[0]!;
}

const VALID = `# 例外措置
waivers:
  - id: W-2026-003
    fingerprint: ${FP}
    reason: 中間サーバー移行期間中の暫定措置
    approver: 情報セキュリティ管理者 山田
    expires: 2026-12-31
  - check: RULE-SHADOWED
    match: { device: fw-*, from: lgwan, to: internet, port: 445 }
    reason: 旧ルール整理まで
    approver: CISO 佐藤
    expires: "2027-03-31"
  - id: W-2026-010
    check: MGMT-EXPOSED
    reason: 保守期間中
    approver: 情報システム管理者
    expires: 2026-06-30
`;

describe('loadWaivers: a valid file', () => {
  const result = load(VALID);

  it('reads every waiver with no error', () => {
    expect(result.errors).toEqual([]);
    expect(result.usable).toBe(true);
    expect(result.waivers).toHaveLength(3);
  });

  it('keeps the fields, the file and the line of each entry', () => {
    expect(result.waivers[0]).toEqual({
      id: 'W-2026-003',
      selector: { kind: 'fingerprint', fingerprint: FP },
      reason: '中間サーバー移行期間中の暫定措置',
      approver: '情報セキュリティ管理者 山田',
      expires: '2026-12-31',
      file: FILE,
      line: lineOf(VALID, 'id: W-2026-003'),
    });
  });

  it('names a waiver without an id by its position, and reads match values as text', () => {
    expect(result.waivers[1]).toMatchObject({
      id: 'waiver #2',
      selector: { kind: 'check', check: 'RULE-SHADOWED', match: { device: 'fw-*', from: 'lgwan', to: 'internet', port: '445' } },
      expires: '2027-03-31',
      line: lineOf(VALID, 'check: RULE-SHADOWED'),
    });
  });

  it('takes a check without match as every finding of the check', () => {
    expect(result.waivers[2]!.selector).toEqual({ kind: 'check', check: 'MGMT-EXPOSED', match: {} });
  });

  it('accepts an empty file and an empty list: nothing to waive, nothing wrong', () => {
    for (const text of ['', '# nothing yet\n', 'waivers:\n', 'waivers: []\n']) {
      expect(load(text)).toEqual({ waivers: [], usable: true, errors: [] });
    }
  });

  it('agrees with schemas/waivers.schema.json, which is valid in strict mode', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/waivers.schema.json', 'utf8')) as object);
    expect(validate(parse(VALID))).toBe(true);
  });
});

describe('loadWaivers: every error names the file, line and key', () => {
  it('a YAML syntax error makes the file unusable', () => {
    const text = 'waivers:\n  - id: [W-1\n    reason: x\n';
    const result = load(text);
    expect(result.usable).toBe(false);
    expect(result.waivers).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: FILE, key: '' });
    expect(result.errors[0]!.line).toBeGreaterThanOrEqual(2);
    expect(result.errors[0]!.message).toMatch(/^YAML syntax error/);
  });

  const BROKEN = `waivers:
  - id: W-1
    check: mynumber-lgwan
    aprover: 山田
    reason: r
    expires: 2026-12-31
  - id: W-2
    check: MYNUMBER-LGWAN
    reason: 5
    approver: "  "
    expires: 2026-12-31
  - id: W-3
    check: MYNUMBER-LGWAN
    match: { from: [a, b], "to x": lgwan }
    reason: r
    approver: a
    expires: 2026-12-31
  - id: W-4
    fingerprint: 3f2a
    reason: r
    approver: a
  - just text
`;
  const result = load(BROKEN);

  it('a wrong check id, with the likely meaning', () => {
    const e = errorAt(result, 'waivers[0].check');
    expect(e).toMatchObject({ file: FILE, line: lineOf(BROKEN, 'mynumber-lgwan') });
    expect(e.message).toContain("did you mean 'MYNUMBER-LGWAN'?");
    expect(e.message).toContain('(the waiver is rejected)');
  });

  it('an unknown key, with the likely meaning, and no second error for the missing key', () => {
    const e = errorAt(result, 'waivers[0].aprover');
    expect(e).toMatchObject({ file: FILE, line: lineOf(BROKEN, 'aprover:') });
    expect(e.message).toContain("unknown key 'aprover' in waiver 'W-1' — did you mean 'approver'?");
    expect(result.errors.filter((x) => x.key === 'waivers[0].approver')).toEqual([]);
  });

  it('a value of the wrong type, and a blank one', () => {
    expect(errorAt(result, 'waivers[1].reason')).toMatchObject({ line: lineOf(BROKEN, 'reason: 5') });
    expect(errorAt(result, 'waivers[1].reason').message).toContain("found the number 5 — quote it: '5'");
    expect(errorAt(result, 'waivers[1].approver')).toMatchObject({ line: lineOf(BROKEN, 'approver: "  "') });
    expect(errorAt(result, 'waivers[1].approver').message).toContain('must not be blank');
  });

  it('a match value that is not text, and a match key that is not a field name', () => {
    const line = lineOf(BROKEN, 'match: { from: [a, b]');
    expect(errorAt(result, 'waivers[2].match.from')).toMatchObject({ file: FILE, line });
    expect(errorAt(result, 'waivers[2].match["to x"]')).toMatchObject({ file: FILE, line });
  });

  it('a fingerprint that is not one, and a missing expiry on the entry line', () => {
    expect(errorAt(result, 'waivers[3].fingerprint')).toMatchObject({ line: lineOf(BROKEN, 'fingerprint: 3f2a') });
    const e = errorAt(result, 'waivers[3].expires');
    expect(e).toMatchObject({ file: FILE, line: lineOf(BROKEN, 'id: W-4') });
    expect(e.message).toContain("waiver 'W-4' has no 'expires', which is required");
  });

  it('an entry that is not a map', () => {
    expect(errorAt(result, 'waivers[4]')).toMatchObject({ file: FILE, line: lineOf(BROKEN, 'just text') });
  });

  it('rejects every broken entry and sorts the errors by line', () => {
    expect(result.usable).toBe(true);
    expect(result.waivers).toEqual([]);
    const lines = result.errors.map((e) => e.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('an unknown top-level key is ignored; a misspelt waivers: leaves nothing to waive', () => {
    const extra = load(`waivers: []\nnotes: 1\n`);
    expect(extra.usable).toBe(true);
    expect(errorAt(extra, 'notes')).toMatchObject({ line: 2 });
    expect(errorAt(extra, 'notes').message).toContain('(ignored)');

    const misspelt = load(`waiver:\n  - id: W-1\n`);
    expect(misspelt.usable).toBe(false);
    expect(errorAt(misspelt, 'waiver')).toMatchObject({ file: FILE, line: 1 });
    expect(errorAt(misspelt, 'waiver').message).toContain("did you mean 'waivers'? (nothing is waived)");
  });

  it('a document that is a list, or a waivers: that is not a list, is unusable', () => {
    const list = load(`- id: W-1\n  reason: r\n`);
    expect(list.usable).toBe(false);
    expect(errorAt(list, '')).toMatchObject({ line: 1 });
    const map = load(`waivers:\n  id: W-1\n`);
    expect(map.usable).toBe(false);
    expect(errorAt(map, 'waivers').message).toContain('expected a list of waivers');
  });
});

describe('loadWaivers: a broken entry does not stop the others', () => {
  const text = `waivers:
  - id: W-1
    fingerprint: ${FP}
    reason: ok
    approver: A
    expires: 2026-12-31
  - id: W-2
    fingerprint: ${FP}
    reason: no approver
    expires: 2026-12-31
  - id: W-1
    check: MYNUMBER-LGWAN
    reason: duplicate id
    approver: A
    expires: 2026-12-31
  - id: W-3
    check: MYNUMBER-LGWAN
    reason: twice
    reason: again
    approver: A
    expires: 2026-12-31
  - id: W-4
    check: MYNUMBER-LGWAN
    reason: fine
    approver: B
    expires: 2027-01-31
`;
  const result = load(text);

  it('loads the valid entries, in file order', () => {
    expect(result.waivers.map((w) => [w.id, w.line])).toEqual([
      ['W-1', lineOf(text, 'id: W-1')],
      ['W-4', lineOf(text, 'id: W-4')],
    ]);
  });

  it('rejects each broken one with its line', () => {
    expect(errorAt(result, 'waivers[1].approver')).toMatchObject({ line: lineOf(text, 'id: W-2') });
    const dup = errorAt(result, 'waivers[2].id');
    expect(dup.line).toBe(lineOf(text, 'reason: duplicate id') - 2);
    expect(dup.message).toContain(`duplicate waiver id 'W-1' (first at line ${lineOf(text, 'id: W-1')})`);
    expect(errorAt(result, 'waivers[3].reason')).toMatchObject({ line: lineOf(text, 'reason: again') });
  });
});

describe('loadWaivers: selectors', () => {
  const base = 'reason: r\n    approver: a\n    expires: 2026-12-31';

  it('both fingerprint and check is an error', () => {
    const text = `waivers:\n  - id: W-1\n    fingerprint: ${FP}\n    check: MYNUMBER-LGWAN\n    ${base}\n`;
    const result = load(text);
    expect(result.waivers).toEqual([]);
    const e = errorAt(result, 'waivers[0]');
    expect(e).toMatchObject({ file: FILE, line: 2 });
    expect(e.message).toContain("waiver 'W-1' has both fingerprint: and check:");
  });

  it('neither is an error', () => {
    const result = load(`waivers:\n  - id: W-1\n    ${base}\n`);
    expect(result.waivers).toEqual([]);
    expect(errorAt(result, 'waivers[0]').message).toContain('has no selector');
  });

  it('a key given twice in match rejects the waiver', () => {
    const text = `waivers:\n  - check: MYNUMBER-LGWAN\n    match: { from: mynumber, from: lgwan }\n    ${base}\n`;
    const result = load(text);
    expect(result.waivers).toEqual([]);
    expect(errorAt(result, 'waivers[0].match.from')).toMatchObject({ file: FILE, line: 3 });
    expect(errorAt(result, 'waivers[0].match.from').message).toContain('(the waiver is rejected)');
  });

  it('match beside a fingerprint is an error', () => {
    const text = `waivers:\n  - fingerprint: ${FP}\n    match: { from: lgwan }\n    ${base}\n`;
    const result = load(text);
    expect(result.waivers).toEqual([]);
    expect(errorAt(result, 'waivers[0].match')).toMatchObject({ line: 3 });
    expect(errorAt(result, 'waivers[0].match').message).toContain('waiver #1');
  });
});

describe('loadWaivers: dates', () => {
  const entry = (expires: string) => `waivers:\n  - id: W-1\n    check: MYNUMBER-LGWAN\n    reason: r\n    approver: a\n    expires: ${expires}\n`;

  it('accepts a real date, quoted or not, including 29 February of a leap year', () => {
    for (const date of ['2026-12-31', '"2026-12-31"', '2028-02-29']) {
      const result = load(entry(date));
      expect(result.errors).toEqual([]);
      expect(result.waivers[0]!.expires).toBe(date.replace(/"/g, ''));
    }
  });

  it('rejects another form with its line and key', () => {
    for (const date of ['2026/12/31', '令和8年12月31日', '2026-1-5', '20261231', 'tomorrow']) {
      const result = load(entry(date));
      expect(result.waivers).toEqual([]);
      const e = errorAt(result, 'waivers[0].expires');
      expect(e).toMatchObject({ file: FILE, line: 6 });
      expect(e.message).toContain('expected a date as YYYY-MM-DD');
    }
  });

  it('rejects a day that is not on the calendar', () => {
    for (const date of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-00-10']) {
      const result = load(entry(date));
      expect(result.waivers).toEqual([]);
      expect(errorAt(result, 'waivers[0].expires').message).toContain(`${date} is not a calendar date`);
    }
  });
});
