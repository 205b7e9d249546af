import { describe, expect, it } from 'vitest';
import { columnOfHeader, headerKey } from '../../../parsers/inventory-csv/headers.js';
import { readFixture, readText } from './fixture.js';

describe('header names', () => {
  it.each([
    ['ホスト名', 'hostname'],
    ['機器名', 'hostname'],
    ['資産名', 'hostname'],
    ['Host Name', 'hostname'],
    ['ＩＰ　アドレス', 'ip'],
    ['IP Address', 'ip'],
    ['ip_address', 'ip'],
    ['アドレス', 'ip'],
    ['MACアドレス', 'mac'],
    ['ＭＡＣ', 'mac'],
    ['ネットワーク区分', 'segment'],
    ['Zone', 'segment'],
    ['種別', 'role'],
    ['セキュリティレベル', 'classification'],
    ['設置場所', 'location'],
    ['所管', 'owner'],
    ['備考', 'notes'],
    ['"Comment"', 'notes'],
    ['\uFEFFhostname', 'hostname'],
  ])('%s names the %s column', (cell, column) => {
    expect(columnOfHeader(cell)).toBe(column);
  });

  it('matches whole cells only', () => {
    expect(columnOfHeader('IPアドレス一覧')).toBeUndefined();
    expect(columnOfHeader('管理番号')).toBeUndefined();
    expect(headerKey('　ＩＰ　Ａｄｄｒｅｓｓ　')).toBe('ipaddress');
  });
});

describe('finding the header', () => {
  it('skips title and blank rows above the header', () => {
    const result = readText('情報資産台帳 令和7年4月1日\n\n作成: 総務課,,\nホスト名,IPアドレス,備考\npc-1,10.0.0.1,x\n');
    expect(result.status).toBe('PASSED');
    expect(result.columns).toEqual({ hostname: 'ホスト名', ip: 'IPアドレス', notes: '備考' });
    expect(result.assets.map((a) => [a.hostname, a.line])).toEqual([['pc-1', 5]]);
  });

  it('gives up after the first 10 rows', () => {
    const result = readFixture('header-after-row-10.csv');
    expect(result.status).toBe('FAILED');
    expect(result.assets).toEqual([]);
    expect(result.warnings[0]?.comment).toContain('first 10 rows');
  });

  it('fails without hostname and ip columns, naming what it found and what it accepts', () => {
    const result = readFixture('missing-columns.csv');
    expect(result.status).toBe('FAILED');
    expect(result.lines).toBe(3);
    const comment = result.warnings[0]?.comment ?? '';
    expect(comment).toContain('"名前", "場所", "備考"');
    expect(comment).toContain('ホスト名');
    expect(comment).toContain('IPアドレス');
  });

  it('fails with a hint when the file is tab-separated', () => {
    const result = readText('ホスト名\tIPアドレス\npc-1\t10.0.0.1\n');
    expect(result.status).toBe('FAILED');
    expect(result.warnings[0]?.comment).toContain('tabs');
  });

  it('reports unknown columns once, on the header line, and keeps them out of the model', () => {
    const result = readText('title\nホスト名,IPアドレス,管理番号,購入日\npc-1,10.0.0.1,00017,2024/04/01\n');
    const unsupported = result.warnings.filter((w) => w.kind === 'unsupported');
    expect(unsupported).toHaveLength(1);
    expect(unsupported[0]).toMatchObject({ line: 2, context: 'header' });
    expect(unsupported[0]?.comment).toContain('"管理番号", "購入日"');
    expect(Object.keys(result.assets[0] ?? {})).not.toContain('管理番号');
    expect(result.status).toBe('PASSED');
  });

  it('reads the first of two columns with the same meaning and says so', () => {
    const result = readText('ホスト名,IPアドレス,アドレス\npc-1,10.0.0.1,10.9.9.9\n');
    expect(result.columns.ip).toBe('IPアドレス');
    expect(result.assets[0]?.addresses).toHaveLength(1);
    expect(result.warnings.map((w) => w.comment)).toEqual([expect.stringContaining('"アドレス" is another ip column')]);
  });
});
