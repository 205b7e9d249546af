import { describe, expect, it } from 'vitest';
import { decodeConfig } from '../../../src/snapshot/decode-config.js';
import { parseRtx } from '../../../parsers/rtx/index.js';
import { fixtureBytes } from './helpers.js';

describe('Shift_JIS (CP932) exports', () => {
  const decoded = decodeConfig(fixtureBytes('rtx-lgwan-cp932'));

  it('are decoded as CP932 by the snapshot loader', () => {
    expect('encoding' in decoded && decoded.encoding).toBe('cp932');
  });

  it('give Japanese interface descriptions intact, and the same device as the UTF-8 file', () => {
    if (!('text' in decoded)) throw new Error('not text');
    const parsed = parseRtx(decoded.text, 'configs/rtx-lgwan-cp932.config');
    expect(parsed.status).toBe('PASSED');
    const d = parsed.devices[0]!;
    expect(d.interfaces.map((i) => [i.name, i.description])).toEqual([
      ['lan1', 'LGWAN接続系 コアスイッチ向け'],
      ['lan2', 'J-LIS 総合行政ネットワーク接続'],
    ]);
    expect(d.filters.map((s) => s.name)).toEqual(['nat descriptor 1 incoming reject on lan2', 'lan1 secure filter in', 'lan2 secure filter in', 'lan2 secure filter out']);
  });
});
