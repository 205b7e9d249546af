import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../src/tui/layout/fit-columns.js';
import { fitLine, lineWidth } from '../../src/tui/layout/span.js';
import { terminalText } from '../../src/tui/layout/terminal-text.js';
import { fitToWidth, truncateToWidth } from '../../src/tui/layout/truncate.js';
import { wrapToWidth } from '../../src/tui/layout/wrap.js';

describe('truncating to a width', () => {
  it('counts Japanese characters as two columns and never splits one', () => {
    expect(truncateToWidth('マイナンバー利用事務系', 7)).toBe('マイナ…');
    expect(stringWidth(truncateToWidth('マイナンバー利用事務系', 8))).toBeLessThanOrEqual(8);
    expect(truncateToWidth('LGWAN接続系', 20)).toBe('LGWAN接続系');
    expect(truncateToWidth('abc', 0)).toBe('');
  });

  it('pads cells by display width, so columns line up', () => {
    expect(stringWidth(fitToWidth('接続系', 10))).toBe(10);
    expect(stringWidth(fitToWidth('lgwan', 10))).toBe(10);
    expect(stringWidth(fitToWidth('インターネット接続系', 9))).toBe(9);
  });
});

describe('wrapping', () => {
  it('breaks English at spaces', () => {
    expect(wrapToWidth('allow only its host and service', 12)).toEqual(['allow only', 'its host and', 'service']);
  });

  it('breaks Japanese anywhere, within the width', () => {
    const text = 'マイナンバー利用事務系と他の領域を通信できないようにしなければならない。';
    const lines = wrapToWidth(text, 20);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(20);
  });

  it('never starts a line with a closing mark nor ends one with an opening mark (禁則)', () => {
    for (let width = 6; width <= 30; width++) {
      const lines = wrapToWidth('画面転送サーバも）を経ていません。なお、「無害化通信」を図らなければならない。', width);
      for (const line of lines.slice(1)) expect(line[0], `width ${width}: ${lines.join(' / ')}`).not.toMatch(/[、。）」]/);
      for (const line of lines.slice(0, -1)) expect(line.at(-1)).not.toMatch(/[（「]/);
    }
  });

  it('cuts a word longer than the line, and keeps line breaks', () => {
    expect(wrapToWidth('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapToWidth('a\n\nb', 10)).toEqual(['a', '', 'b']);
  });
});

describe('fitting a styled line', () => {
  it('cuts across runs and keeps their styles', () => {
    const line = fitLine([{ text: 'abc', bold: true }, { text: '接続系です', color: 'red' }], 8);
    expect(lineWidth(line)).toBeLessThanOrEqual(8);
    expect(line).toEqual([{ text: 'abc', bold: true }, { text: '接続', color: 'red' }, { text: '…', color: 'red' }]);
  });

  it('makes control characters and tabs harmless', () => {
    expect(terminalText('a\tb\u001B[31mc\r')).toBe('a  b�[31mc�');
    expect(fitLine([{ text: '\u001B]0;title\u0007' }], 80)[0]!.text).not.toContain('\u001B');
  });
});

describe('fitting columns', () => {
  it('shrinks columns in the given order, each to its minimum', () => {
    expect(fitColumns([20, 25, 6], 50, [{ column: 1, min: 10 }, { column: 0, min: 8 }])).toEqual([20, 20, 6]);
    expect(fitColumns([20, 25, 6], 30, [{ column: 1, min: 10 }, { column: 0, min: 8 }])).toEqual([10, 10, 6]);
    expect(fitColumns([5, 5], 80, [{ column: 0, min: 1 }])).toEqual([5, 5]);
  });
});
