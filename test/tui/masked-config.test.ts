import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../src/report/config-excerpt.js';
import { maskConfigLines } from '../../src/report/masked-config.js';

describe('masking a config for excerpts', () => {
  it('masks secrets line by line and keeps the line count', () => {
    const text = 'config system admin\n    edit "admin"\n        set password ENC SH2Qp8rV1mX6cZ3nB9w=\n    next\nend\n';
    const lines = maskConfigLines(text);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toBe('        set password ********');
    expect(lines.join('\n')).not.toContain('SH2Qp8');
  });

  it('masks every line of a private key, and of a quoted secret that spans lines', () => {
    const text = [
      'config vpn certificate local',
      '    edit "srv"',
      '        set private-key "-----BEGIN ENCRYPTED PRIVATE KEY-----',
      'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI',
      'ZmFrZWtleWZha2VrZXk=',
      '-----END ENCRYPTED PRIVATE KEY-----"',
      '        set certificate "-----BEGIN CERTIFICATE-----',
      'MIIDpublic',
      '-----END CERTIFICATE-----"',
      '-----BEGIN RSA PRIVATE KEY-----',
      'c2VjcmV0',
      '-----END RSA PRIVATE KEY-----',
      'after',
    ].join('\r\n');
    const lines = maskConfigLines(text);
    expect(lines).toHaveLength(13);
    const shown = lines.join('\n');
    for (const secret of ['MIIFHDBO', 'ZmFrZWtl', 'c2VjcmV0', 'BEGIN ENCRYPTED']) expect(shown).not.toContain(secret);
    expect(lines[7]).toBe('MIIDpublic');
    expect(lines[12]).toBe('after');
  });

  it('takes ±3 lines around a line, clipped to the file', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `l${i + 1}`);
    expect(excerptAround(lines, 5)).toEqual({ first: 2, focus: 5, lines: ['l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8'] });
    expect(excerptAround(lines, 1)?.lines).toEqual(['l1', 'l2', 'l3', 'l4']);
    expect(excerptAround(lines, 10)?.first).toBe(7);
    expect(excerptAround(lines, 11)).toBeUndefined();
  });
});
