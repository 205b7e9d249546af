import { describe, expect, it } from 'vitest';
import { parseInventory } from '../../../parsers/inventory-csv/index.js';
import { asset, readFixture, readText } from './fixture.js';

describe('malformed CSV', () => {
  it('skips a line with an unbalanced quote and reads the rows after it', () => {
    const result = readFixture('unbalanced-quote.csv');
    expect(result.assets.map((a) => [a.hostname, a.line])).toEqual([
      ['good-1', 2],
      ['good-2', 5],
      ['good-3', 6],
      ['good-4', 7],
      ['junk-after-quote', 8],
      ['good-5', 9],
    ]);
    expect(result.warnings.filter((w) => w.line === 4)).toEqual([
      {
        line: 4,
        text: 'broken,"10.0.0.2,lgwan,quote never closed',
        context: 'row 3',
        comment: expect.stringContaining('quoted cell opened on this line is not closed properly'),
        kind: 'unrecognized',
      },
    ]);
    expect(result.status).toBe('PARTIALLY_UNRECOGNIZED');
  });

  it('keeps a row with text after a closing quote, reporting it and the value it garbled', () => {
    const result = readFixture('unbalanced-quote.csv');
    expect(asset(result, 'junk-after-quote').addresses).toEqual([]);
    expect(asset(result, 'junk-after-quote').notes).toBe('closing quote followed by text');
    expect(result.warnings.filter((w) => w.line === 8).map((w) => [w.kind, w.comment])).toEqual([
      ['unrecognized', expect.stringContaining('read with its quotes kept as text')],
      ['invalid', expect.stringMatching(/ip column "ip": ".*10\.0\.0\.6.*x" is not a valid/)],
      ['invalid', expect.stringContaining('holds no valid address')],
    ]);
    expect(result.warnings.map((w) => w.line)).toEqual([4, 8, 8, 8]);
  });

  it('reads doubled quotes and a quote inside an unquoted cell literally', () => {
    const result = readFixture('unbalanced-quote.csv');
    expect(asset(result, 'good-2').notes).toBe('a "quoted" note');
    expect(asset(result, 'good-3').notes).toBe('monitor 27" wide');
  });

  it('recovers from a quote that is never closed before the end of the file', () => {
    const result = readFixture('unclosed-quote-at-end.csv');
    expect(result.assets.map((a) => [a.hostname, a.line])).toEqual([
      ['a', 2],
      ['c', 4],
      ['d', 5],
    ]);
    expect(result.warnings.map((w) => [w.line, w.kind])).toEqual([[3, 'unrecognized']]);
  });

  it('recovers from several bad lines in a row', () => {
    const result = readText('hostname,ip\nx,"1\ny,"2\nz,"3\nok,10.0.0.1\n');
    expect(result.assets.map((a) => [a.hostname, a.line])).toEqual([['ok', 5]]);
    expect(result.warnings.map((w) => w.line)).toEqual([2, 3, 4]);
  });

  it('counts lines the same for CRLF, LF and CR, mixed in one file', () => {
    const result = readText('hostname,ip,notes\r\na,10.0.0.1,"x\ny"\r\nb,10.0.0.2,\nc,10.0.0.3,\rd,10.0.0.4,\r\n');
    expect(result.assets.map((a) => [a.hostname, a.line])).toEqual([
      ['a', 2],
      ['b', 4],
      ['c', 5],
      ['d', 6],
    ]);
    expect(result.lines).toBe(6);
  });

  it('gives warnings the physical line of rows after multi-line cells, in CRLF files', () => {
    const result = readText('hostname,ip,notes\r\na,10.0.0.1,"1\n2\n3"\r\nb,bad,"4\n5"\r\nc,bad,\r\n');
    expect(result.warnings.filter((w) => w.comment.includes('"bad"')).map((w) => [w.line, w.context])).toEqual([
      [5, 'row 3'],
      [7, 'row 4'],
    ]);
  });

  it('counts a last line without a terminator', () => {
    expect(readText('hostname,ip\na,10.0.0.1').lines).toBe(2);
    expect(readText('hostname,ip\na,10.0.0.1\n').lines).toBe(2);
    expect(readText('').lines).toBe(0);
  });
});

describe('never throws', () => {
  it('fails an empty file cleanly', () => {
    const result = readText('');
    expect(result.status).toBe('FAILED');
    expect(result.warnings).toHaveLength(1);
  });

  it('survives random bytes', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['"', ',', '\n', '\r', 'a', '1', '.', ' ', 'ホ', '\uFFFD'];
    for (let round = 0; round < 100; round++) {
      const body = Array.from({ length: 200 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const result = parseInventory(new TextEncoder().encode(`hostname,ip\n${body}`), 'random.csv');
      expect(['PASSED', 'PARTIALLY_UNRECOGNIZED']).toContain(result.status);
      for (const w of result.warnings) expect(w.line).toBeLessThanOrEqual(result.lines);
    }
  });
});

// Speed is measured by the benchmark (npm run bench), never asserted here; these check that
// large and hostile inputs are read completely, with the right line numbers.
describe('scale', () => {
  it('reads 50,000 rows, each with its line number', () => {
    const rows = ['hostname,ip,segment,role,classification,notes'];
    for (let i = 0; i < 50_000; i++) rows.push(`pc-${i},10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255},lgwan,端末,2,"備考 ${i}"`);
    const result = parseInventory(new TextEncoder().encode(rows.join('\n')), 'big.csv');
    expect(result.assets).toHaveLength(50_000);
    expect(result.assets[49_999]?.line).toBe(50_001);
    expect(result.assets[49_999]?.notes).toBe('備考 49999');
  });

  it('recovers from every other line opening a quote it never closes', () => {
    const rows = ['hostname,ip'];
    for (let i = 0; i < 5_000; i++) rows.push(`bad-${i},"10.0.0.1`, `ok-${i},10.0.0.2`);
    const result = parseInventory(new TextEncoder().encode(rows.join('\n')), 'quotes.csv');
    expect(result.assets).toHaveLength(5_000);
    expect(result.warnings.filter((w) => w.kind === 'unrecognized')).toHaveLength(5_000);
  });
});
