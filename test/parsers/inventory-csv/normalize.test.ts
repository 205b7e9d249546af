import { describe, expect, it } from 'vitest';
import { normalizeClassification, normalizeRole } from '../../../parsers/inventory-csv/normalize.js';

describe('role', () => {
  it.each([
    ['ファイル無害化', 'sanitizer-file'],
    ['無害化(ファイル)', 'sanitizer-file'],
    ['無害化（ファイル）', 'sanitizer-file'],
    ['ファイル無害化サーバー', 'sanitizer-file'],
    ['メール無害化', 'sanitizer-mail'],
    ['メールテキスト化', 'sanitizer-mail'],
    ['画面転送', 'screen-transfer'],
    ['画面転送サーバ', 'screen-transfer'],
    ['メールサーバ', 'mail-server'],
    ['メールサーバー', 'mail-server'],
    ['端末', 'terminal'],
    ['業務端末', 'terminal'],
    ['サーバ', 'server'],
    ['端末管理サーバ', 'server'],
    ['ファイアウォール', 'firewall'],
    ['ファイアウォール(UTM)', 'firewall'],
    ['FW', 'firewall'],
    ['ｆｗ', 'firewall'],
    ['ルーター', 'router'],
    ['L3スイッチ', 'switch'],
    ['sanitizer-file', 'sanitizer-file'],
    ['Screen-Transfer', 'screen-transfer'],
    ['Screen Transfer', 'screen-transfer'],
    ['Proxy', 'proxy'],
    ['複合機', '複合機'],
  ])('%s → %s', (value, role) => {
    expect(normalizeRole(value)).toBe(role);
  });

  it('is undefined for an empty value', () => {
    expect(normalizeRole('  ')).toBeUndefined();
  });
});

describe('classification', () => {
  it.each([
    ['機密性3A', '3A'],
    ['3A', '3A'],
    ['3a', '3A'],
    ['機密性３Ｂ', '3B'],
    ['3C', '3C'],
    ['2', '2'],
    ['機密性２', '2'],
    ['機密性 1', '1'],
    ['レベル1', 'level1'],
    ['レベル１', 'level1'],
    ['セキュリティレベル2', 'level2'],
    ['level1', 'level1'],
    ['Level 2', 'level2'],
  ])('%s → %s', (value, classification) => {
    expect(normalizeClassification(value)).toEqual({ ok: true, value: classification });
  });

  it.each(['機密性3', '3', '4', '極秘', 'レベル3', '3D'])('rejects %s', (value) => {
    expect(normalizeClassification(value).ok).toBe(false);
  });

  it('explains that 機密性3 needs its sub-level', () => {
    expect(normalizeClassification('機密性3')).toEqual({ ok: false, hint: expect.stringContaining('3A, 3B or 3C') });
  });
});
