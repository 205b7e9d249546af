import { describe, expect, it } from 'vitest';
import { addressesOf, asset, readFixture, readText } from './fixture.js';

describe('a well-formed inventory', () => {
  const result = readFixture('sample-town-utf8.csv');

  it('reads every row with its true line, also after multi-line cells', () => {
    expect(result.assets.map((a) => [a.hostname, a.line])).toEqual([
      ['mn-term-001', 2],
      ['mn-fw', 3],
      ['lg-term-014', 4],
      ['lg-sanitizer', 6],
      ['lg-screen', 9],
      ['007-net', 10],
      ['net-mail', 11],
    ]);
    expect(result.lines).toBe(11);
    expect(result.status).toBe('PASSED');
  });

  it('keeps leading zeros, since every value is text', () => {
    expect(asset(result, '007-net').owner).toBe('0007');
    expect(asset(result, 'mn-term-001').owner).toBe('0042');
  });

  it('splits several addresses in one cell on any separator', () => {
    expect(addressesOf(asset(result, 'mn-fw'))).toEqual(['10.10.0.1', '10.20.0.1']);
    expect(addressesOf(asset(result, 'lg-sanitizer'))).toEqual(['10.20.0.50', '10.30.0.50']);
    expect(addressesOf(asset(result, 'lg-screen'))).toEqual(['10.20.0.60', '10.30.0.60']);
    expect(addressesOf(asset(result, '007-net'))).toEqual(['10.30.1.7', '10.30.1.8', '10.30.1.9']);
    expect(addressesOf(asset(result, 'net-mail'))).toEqual(['10.30.0.25', '2001:db8::25']);
  });

  it('normalizes role, classification and mac, and keeps names and notes as written', () => {
    expect(asset(result, 'mn-term-001')).toMatchObject({ role: 'terminal', classification: '3A', mac: '00:1A:2B:3C:4D:01' });
    expect(asset(result, 'lg-term-014')).toMatchObject({ classification: '2', mac: 'AA:BB:CC:00:00:01', notes: '貸出用\n予備機' });
    expect(asset(result, 'lg-sanitizer')).toMatchObject({ role: 'sanitizer-file', classification: '3B', notes: '無害化後のファイルのみ\nLGWAN接続系へ渡す' });
    expect(asset(result, 'lg-screen')).toMatchObject({ role: 'screen-transfer', classification: 'level1' });
    expect(asset(result, 'net-mail')).toMatchObject({ role: 'mail-server', classification: '1', notes: '英数字の備考 "quoted"' });
    expect(asset(result, 'mn-fw').segment).toBe('マイナンバー利用事務系');
  });

  it('leaves empty optional cells out of the asset', () => {
    const fw = asset(result, 'mn-fw');
    expect('mac' in fw).toBe(false);
    expect('notes' in fw).toBe(false);
  });
});

describe('rows with problems', () => {
  const result = readFixture('malformed-rows.csv');
  const at = (line: number) => result.warnings.filter((w) => w.line === line);

  it('keeps the valid addresses of a cell and reports the invalid one with line, column and value', () => {
    expect(addressesOf(asset(result, 'bad-ip'))).toEqual(['10.0.0.2']);
    expect(at(5)).toEqual([
      {
        line: 5,
        text: 'bad-ip,10.0.0.300;10.0.0.2,lgwan,terminal,2,',
        context: 'row 3',
        comment: expect.stringMatching(/ip column "ip": "10\.0\.0\.300" is not a valid/),
        kind: 'invalid',
      },
    ]);
  });

  it('keeps an asset without any valid address, with a warning', () => {
    expect(asset(result, 'prefix').addresses).toEqual([]);
    expect(at(6).map((w) => w.comment)).toEqual([expect.stringContaining('prefix length'), expect.stringContaining('no valid address')]);
    expect(asset(result, 'no-ip').addresses).toEqual([]);
    expect(at(8).map((w) => w.comment)).toEqual([expect.stringContaining('is empty')]);
    expect(at(9)[0]?.comment).toContain('leading zero');
  });

  it('skips a row without hostname, with a warning', () => {
    expect(result.assets.some((a) => a.addresses.some((ip) => ip.value === 0x0a000009))).toBe(false);
    expect(at(7)).toEqual([expect.objectContaining({ kind: 'invalid', comment: expect.stringContaining('hostname column "hostname" is empty') })]);
  });

  it('keeps both rows of a duplicate hostname, comparing case-insensitively', () => {
    expect(result.assets.filter((a) => a.hostname.toLowerCase() === 'ok-1').map((a) => a.line)).toEqual([2, 10]);
    expect(at(10).map((w) => w.comment)).toContainEqual(expect.stringContaining('"OK-1" also appears on line 2'));
  });

  it('leaves an unknown classification unset, with a warning', () => {
    expect(asset(result, 'OK-1').classification).toBeUndefined();
    expect(at(10).map((w) => w.comment)).toContainEqual(expect.stringContaining('"機密性3" is not a known classification'));
  });

  it('skips an empty row silently', () => {
    expect(at(11)).toEqual([]);
  });

  it('reads a short row with empty cells and a long row by position, with warnings', () => {
    expect(asset(result, 'short').addresses).toHaveLength(1);
    expect(at(12)).toEqual([expect.objectContaining({ kind: 'invalid', comment: expect.stringContaining('2 cells but the header has 6') })]);
    expect(asset(result, 'long').notes).toBe('note');
    expect(at(13)).toEqual([expect.objectContaining({ kind: 'unrecognized', comment: expect.stringContaining('"extra value"') })]);
  });

  it('still reads the last row, and the status counts only the long row as unrecognized', () => {
    expect(asset(result, 'last').line).toBe(14);
    expect(result.status).toBe('PARTIALLY_UNRECOGNIZED');
    expect(result.warnings.filter((w) => w.kind === 'unrecognized').map((w) => w.line)).toEqual([13]);
  });

  it('lists warnings in line order', () => {
    const lines = result.warnings.map((w) => w.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});

describe('row details', () => {
  it('cuts a long row text to 200 characters in warnings', () => {
    const notes = 'あ'.repeat(500);
    const result = readText(`hostname,ip,notes\npc-1,999.0.0.1,${notes}\n`);
    expect(result.warnings[0]?.text).toHaveLength(200);
    expect(asset(result, 'pc-1').notes).toBe(notes);
  });

  it('does not treat trailing empty cells as extra values', () => {
    const result = readText('hostname,ip\npc-1,10.0.0.1,,,\n');
    expect(result.warnings).toEqual([]);
  });

  it('accepts full-width digits in addresses and IPv6', () => {
    const result = readText('hostname,ip\npc-1,"１０．０．０．１　2001:DB8::1"\n');
    expect(addressesOf(asset(result, 'pc-1'))).toEqual(['10.0.0.1', '2001:db8::1']);
  });

  it('trims values but keeps hostnames as written', () => {
    const result = readText('hostname,ip,segment\n  ＰＣ－０１　, 10.0.0.1 ,  LGWAN接続系  \n');
    expect(asset(result, 'ＰＣ－０１')).toMatchObject({ segment: 'LGWAN接続系' });
  });
});
