import { describe, expect, it } from 'vitest';
import { quoteStateAfter, tokenize } from '../../../parsers/fortigate/tokenize.js';

describe('tokenize', () => {
  it('splits bare words on spaces and tabs', () => {
    expect(tokenize('set ip 10.0.0.1 255.255.255.0').words).toEqual(['set', 'ip', '10.0.0.1', '255.255.255.0']);
    expect(tokenize('\tset  allowaccess\tping   https  ').words).toEqual(['set', 'allowaccess', 'ping', 'https']);
  });

  it('keeps quoted words whole, spaces and Japanese included', () => {
    expect(tokenize('set comments "LGWAN系 から DMZ へ"').words).toEqual(['set', 'comments', 'LGWAN系 から DMZ へ']);
    expect(tokenize('set member "LGWAN-業務端末" "LGWAN-サーバ"').words).toEqual(['set', 'member', 'LGWAN-業務端末', 'LGWAN-サーバ']);
  });

  it('unescapes backslash escapes inside and outside quotes', () => {
    expect(tokenize(String.raw`set comments "say \"hi\" C:\\temp"`).words).toEqual(['set', 'comments', 'say "hi" C:\\temp']);
    expect(tokenize(String.raw`edit dns\ server`).words).toEqual(['edit', 'dns server']);
  });

  it('accepts single quotes and joins adjacent quoted and bare parts', () => {
    expect(tokenize("set name 'a b'").words).toEqual(['set', 'name', 'a b']);
    expect(tokenize('set name pre"mid dle"post').words).toEqual(['set', 'name', 'premid dlepost']);
    expect(tokenize('set comments ""').words).toEqual(['set', 'comments', '']);
  });

  it('reports a quote left open and the words read so far', () => {
    const t = tokenize('set comments "not closed');
    expect(t.openQuote).toBe('"');
    expect(t.words).toEqual(['set', 'comments', 'not closed']);
    expect(tokenize('set comments "closed"').openQuote).toBeUndefined();
  });

  it('keeps newlines of a multi-line value and drops carriage returns', () => {
    const text = 'set buffer "line one\r\nline two"';
    expect(tokenize(text).words).toEqual(['set', 'buffer', 'line one\nline two']);
  });

  it('tokenizes only the given range', () => {
    const text = 'xxx set hostname "fw" yyy';
    expect(tokenize(text, 4, 21).words).toEqual(['set', 'hostname', 'fw']);
  });

  it('follows quote state across lines without tokenizing', () => {
    expect(quoteStateAfter('abc"def', 0, 7, undefined)).toBe('"');
    expect(quoteStateAfter('still open', 0, 10, '"')).toBe('"');
    expect(quoteStateAfter('closes here" then "reopens', 0, 26, '"')).toBe('"');
    expect(quoteStateAfter('escaped \\" is not a close', 0, 25, '"')).toBe('"');
    expect(quoteStateAfter('-----END KEY-----"', 0, 18, '"')).toBeUndefined();
  });
});
