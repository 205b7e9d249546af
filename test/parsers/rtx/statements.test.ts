import { describe, expect, it } from 'vitest';
import { readRtxConfig } from '../../../parsers/rtx/index.js';
import { SourceText } from '../../../parsers/common/source-text.js';
import { splitStatements } from '../../../parsers/rtx/statements.js';
import { tokenize, unquote } from '../../../parsers/rtx/tokenize.js';
import { fixtureText, lineOf } from './helpers.js';

const split = (text: string) => splitStatements(new SourceText(text)).map((s) => [s.line, s.lastLine, s.text]);
const eighty = 'ip lan2 secure filter in 200020 200021 200022 200023 200024 200025 200103 200100';

describe('statements: lines, indentation and 80-column wrapping', () => {
  it('keeps one statement per line, without indentation, blank lines or CRLF endings', () => {
    expect(split('pp select 1\r\n ip pp address 10.0.0.1/30\r\n\r\n  ipsec ike local address 1 10.0.0.1\r\npp select none')).toEqual([
      [1, 1, 'pp select 1'],
      [2, 2, 'ip pp address 10.0.0.1/30'],
      [4, 4, 'ipsec ike local address 1 10.0.0.1'],
      [5, 5, 'pp select none'],
    ]);
  });

  it('joins a line broken at column 80 before a blank, keeping the first line number', () => {
    expect(eighty).toHaveLength(80);
    expect(split(`${eighty}\n 200102 200104 200099\nip lan2 nat descriptor 1\n`)).toEqual([
      [1, 2, `${eighty} 200102 200104 200099`],
      [3, 3, 'ip lan2 nat descriptor 1'],
    ]);
  });

  it('joins a line broken at column 80 inside a number, without adding a blank', () => {
    const first = 'ip lan2 secure filter in 45 50 55 60 65 70 75 80 dynamic 1 6 11 16 21 26 31 10 1';
    expect(first).toHaveLength(80);
    expect(split(`${first}\n05\n`)).toEqual([[1, 2, `${first.slice(0, -2)} 105`]]);
  });

  it('joins more than two pieces of one very long line', () => {
    const long = `ip filter 1 pass ${Array.from({ length: 30 }, (_, i) => `10.0.${i}.0/24`).join(',')} * tcp * www`;
    const pieces = long.match(/.{1,80}/g)!;
    expect(pieces.length).toBeGreaterThan(3);
    expect(split(pieces.join('\n'))).toEqual([[1, pieces.length, long]]);
  });

  it('does not join an 80-column line with a following command, indented or not', () => {
    const exact = 'ip filter 300001 pass 192.168.30.0/24 10.1.0.0/16,10.50.0.0/16 tcp 1024-65535 22';
    expect(exact).toHaveLength(80);
    expect(split(`${exact}\nip filter dynamic 1 * * www\n`)).toHaveLength(2);
    expect(split(`tunnel select 1\n ip tunnel secure filter in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22\n ip tunnel nat descriptor 1\n`)).toHaveLength(3);
  });

  it('wraps by terminal columns: a kanji that would straddle column 80 starts the next line', () => {
    const text = fixtureText('rtx810-kominkan');
    const { config } = readRtxConfig(text);
    expect(config.interfaces.find((i) => i.name === 'lan1')?.description).toEqual({
      text: '公民館 事務室ネットワーク (利用者用 Wi-Fi とは分離、2階会議室と図書コーナーを含む)',
      line: lineOf(text, 'description lan1'),
    });
  });

  it('joins an indented continuation that starts with a filter number or `dynamic` (word-wrapping tools)', () => {
    expect(split('ip lan1 secure filter out 10 11 12\n   13 14\n dynamic 50\nip lan1 nat descriptor 1')).toEqual([
      [1, 3, 'ip lan1 secure filter out 10 11 12 13 14 dynamic 50'],
      [4, 4, 'ip lan1 nat descriptor 1'],
    ]);
  });

  it('reads the wrapped capture exactly as the unwrapped lines: lists, routes, header comments', () => {
    const text = fixtureText('rtx810-kominkan');
    const { config } = readRtxConfig(text);
    const lan1 = config.interfaces.find((i) => i.name === 'lan1')!;
    expect(lan1.secureFilterIn).toEqual({
      kind: 'list',
      line: lineOf(text, 'ip lan1 secure filter in'),
      staticFilters: [100020, 100021, 100022, 100023, 100024, 100025, 100103, 100100, 100102, 100104, 100101, 100105, 100099],
      dynamicFilters: [],
    });
    expect(lan1.secureFilterOut).toMatchObject({ staticFilters: [100020, 100021, 100022, 100023, 100024, 100025, 100026, 100027, 100099], dynamicFilters: [100080, 100081, 100082, 100083, 100084, 100085] });
    expect(config.routes.find((r) => r.destinationText === '10.1.0.0/16')?.gateways.map((g) => [g.text, g.metric, g.hide])).toEqual([
      ['192.168.30.254', 2, true],
      ['192.168.30.253', 2, true],
    ]);
    expect(config.staticFilters.get(100100)?.destinationPorts.text).toBe('www,https,3389,8080');
    expect(config.header).toEqual({ line: 2, model: 'RTX810', revision: '11.01.34' });
  });
});

describe('tokenize', () => {
  it('splits on blanks and keeps quoted words whole', () => {
    expect(tokenize('description lan1 "LGWAN 接続系 (本庁)"  x').words).toEqual(['description', 'lan1', '"LGWAN 接続系 (本庁)"', 'x']);
    expect(tokenize("snmp syslocation 'RT room'").words).toEqual(['snmp', 'syslocation', "'RT room'"]);
    expect(tokenize('\tip\tlan1  address 10.0.0.1/24 ').words).toEqual(['ip', 'lan1', 'address', '10.0.0.1/24']);
  });

  it('flags a quote that never closes', () => {
    expect(tokenize('description lan1 "truncated').unclosedQuote).toBe(true);
    expect(tokenize('description lan1 "ok"').unclosedQuote).toBe(false);
  });

  it('unquotes values', () => {
    expect(unquote('"a b"')).toBe('a b');
    expect(unquote("'x'")).toBe('x');
    expect(unquote('plain')).toBe('plain');
  });
});
