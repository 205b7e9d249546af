import { describe, expect, it } from 'vitest';
import { addressesOf, asset, fixtureBytes, readFixture } from './fixture.js';

describe('encoding detection', () => {
  it('reads plain UTF-8 as utf-8', () => {
    const result = readFixture('sample-town-utf8.csv');
    expect(result.encoding).toBe('utf-8');
    expect(result.status).toBe('PASSED');
    expect(asset(result, 'mn-term-001').segment).toBe('マイナンバー利用事務系');
  });

  it('reads UTF-8 with a BOM as utf-8-bom and keeps the BOM out of the first header', () => {
    const bytes = fixtureBytes('sample-town-bom.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const result = readFixture('sample-town-bom.csv');
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.columns.hostname).toBe('Hostname');
    expect(result.columns.ip).toBe('IP Address');
    expect(result.assets.map((a) => a.hostname)).toEqual(['mn-term-001', 'lg-mail-sanitizer', 'inet-proxy']);
    expect(result.warnings).toEqual([]);
  });

  describe('CP932 written by Excel', () => {
    const result = readFixture('sample-town-cp932.csv');

    it('is detected as cp932', () => {
      expect(result.encoding).toBe('cp932');
      expect(result.status).toBe('PASSED');
    });

    it('reads NEC special characters and full-width letters exactly', () => {
      const a = asset(result, '住基端末①');
      expect(a.notes).toBe('ＮＥＣ製 ①② ㈱さんそう商会 保守Ⅱ期');
      expect(a.location).toBe('本庁舎２Ｆ 住民課');
      expect(a.segment).toBe('マイナンバー利用事務系');
      expect(a.classification).toBe('3A');
    });

    it('reads NEC-selected and IBM extensions, half-width kana and the CP932 tilde', () => {
      expect(asset(result, 'ＬＧ端末０１').notes).toBe('纊 ⅱ ｶﾅ 9:00\uFF5E17:00');
      // 0xFBFC is 髙 in the IBM extension area, the code Windows writes.
      expect(asset(result, 'ネット端末').notes).toBe('IBM拡張: 髙');
    });

    it('leaves no replacement character anywhere', () => {
      const everything = JSON.stringify(result.assets) + JSON.stringify(result.columns);
      expect(everything).not.toContain('\uFFFD');
    });

    it('finds the header below the title rows and reads full-width header names', () => {
      expect(result.columns).toEqual({
        hostname: '機器名',
        ip: 'ＩＰアドレス',
        segment: 'ネットワーク区分',
        role: '用途',
        classification: '重要度',
        location: '場所',
        owner: '所管',
        notes: 'メモ',
      });
      expect(result.assets.map((a) => a.line)).toEqual([5, 6, 7, 9]);
      expect(result.lines).toBe(9);
    });

    it('keeps a multi-line cell and splits on a full-width semicolon', () => {
      expect(asset(result, '無害化サーバ').notes).toBe('複数行の\nメモ, カンマ付き');
      expect(addressesOf(asset(result, 'ＬＧ端末０１'))).toEqual(['10.20.1.31', '10.20.1.32']);
    });
  });

  it('reports undecodable CP932 bytes on their line and reads the other lines exactly', () => {
    const result = readFixture('cp932-damaged-bytes.csv');
    expect(result.encoding).toBe('cp932');
    expect(result.status).toBe('PARTIALLY_UNRECOGNIZED');
    const encodingWarnings = result.warnings.filter((w) => w.context === 'encoding');
    expect(encodingWarnings.map((w) => w.line)).toEqual([3]);
    expect(encodingWarnings[0]?.kind).toBe('unrecognized');
    expect(asset(result, '端末1').notes).toBe('正常');
    expect(asset(result, '端末3').notes).toBe('正常');
    expect(asset(result, '端末2').notes).toBe('\uFFFD壊れた文字');
  });

  it('reads UTF-8 with a damaged byte as UTF-8 instead of garbling it as CP932', () => {
    const result = readFixture('utf8-damaged-bytes.csv');
    expect(result.encoding).toBe('utf-8');
    expect(result.columns.hostname).toBe('ホスト名');
    expect(asset(result, '端末3').notes).toBe('日本語の備考');
    expect(result.warnings.filter((w) => w.context === 'encoding').map((w) => w.line)).toEqual([3]);
  });

  it.each(['utf16le-bom.csv', 'utf16be-bom.csv', 'utf16le-no-bom.csv'])('rejects UTF-16 (%s) with a clear message', (name) => {
    const result = readFixture(name);
    expect(result.status).toBe('FAILED');
    expect(result.assets).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.comment).toContain('UTF-16 is not supported; save as UTF-8 or CSV (Shift_JIS)');
  });

  it('rejects binary content', () => {
    const result = readFixture('binary-garbage.csv');
    expect(result.status).toBe('FAILED');
    expect(result.warnings[0]?.comment).toMatch(/NUL bytes .* binary/);
  });

  it('names an Excel workbook saved under a .csv name', () => {
    const result = readFixture('xlsx-renamed.csv');
    expect(result.status).toBe('FAILED');
    expect(result.warnings[0]?.comment).toContain('Excel workbook (.xlsx)');
  });
});
