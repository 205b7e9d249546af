import { describe, expect, it } from 'vitest';
import { splitStatements, tokenize } from '../../../parsers/paloalto/set-tokens.js';
import { decodeXmlText } from '../../../parsers/paloalto/xml-entities.js';
import { blankDoctype } from '../../../parsers/paloalto/xml-reader.js';
import { parseHostPrefix, parseIpRange, parseIpWildcard, parseNetmask, parsePortList } from '../../../parsers/paloalto/values.js';
import { wildcardSpace } from '../../../parsers/paloalto/resolve-addresses.js';
import { readPanosConfig } from '../../../parsers/paloalto/index.js';
import { maskPanosLine } from '../../../parsers/paloalto/mask-panos.js';
import { v4 } from './helpers.js';

describe('set-format words', () => {
  it('groups double-quoted words, keeps brackets as words, and unescapes \\"', () => {
    expect(tokenize('set address "file server" ip-netmask 10.0.0.1').words.map((w) => w.text)).toEqual(['set', 'address', 'file server', 'ip-netmask', '10.0.0.1']);
    expect(tokenize('set x members [ a "b c" ]').words.map((w) => [w.text, w.quoted])).toEqual([
      ['set', false],
      ['x', false],
      ['members', false],
      ['[', false],
      ['a', false],
      ['b c', true],
      [']', false],
    ]);
    expect(tokenize('set d "say \\"hi\\" \\\\ ok"').words[2]!.text).toBe('say "hi" \\\\ ok');
    expect(tokenize('set a "open').openQuote).toBe(true);
  });

  it('lets a quoted value run over lines, but never past the next statement', () => {
    const text = 'set shared certificate c private-key "-----BEGIN\nbody\n-----END"\nset address a ip-netmask 10.0.0.1\nset b "never closed\nset c d\n';
    const st = splitStatements(text);
    expect(st.map((s) => [s.line, s.endLine, s.error ?? ''])).toEqual([
      [1, 3, ''],
      [4, 4, ''],
      [5, 5, 'a quoted value is never closed'],
      [6, 6, ''],
    ]);
    expect(st[0]!.words[5]!.text).toBe('-----BEGIN\nbody\n-----END');
  });
});

describe('XML text', () => {
  it('decodes the predefined entities and character references, and nothing else', () => {
    expect(decodeXmlText('a &amp; b &lt;c&gt; &quot;&apos; &#65;&#x42;')).toEqual({ text: 'a & b <c> "\' AB', unknown: [] });
    expect(decodeXmlText('&lol9;&lol9;')).toEqual({ text: '&lol9;&lol9;', unknown: ['lol9', 'lol9'] });
    expect(decodeXmlText('&#0; &#xD800;').text).toBe('&#0; &#xD800;');
  });

  it('blanks a DOCTYPE with its internal subset, keeping every line break', () => {
    const doc = '<?xml version="1.0"?>\n<!DOCTYPE c [\n<!ENTITY a "x>y">\n]>\n<config/>';
    const out = blankDoctype(doc);
    expect(out.split('\n')).toHaveLength(doc.split('\n').length);
    expect(out).not.toContain('ENTITY');
    expect(out.endsWith('<config/>')).toBe(true);
  });

  it('never expands a billion-laughs DOCTYPE: the text stays the size it was', () => {
    const laughs = ['<?xml version="1.0"?>', '<!DOCTYPE config [', '<!ENTITY a "aaaaaaaaaa">'];
    for (let k = 1; k <= 12; k++) laughs.push(`<!ENTITY a${k} "${`&a${k === 1 ? '' : k - 1};`.repeat(10)}">`);
    laughs.push(']>', '<config version="10.2.0"><devices><entry name="localhost.localdomain"><deviceconfig><system><hostname>&a12;</hostname></system></deviceconfig></entry></devices></config>');
    const { config, warnings } = readPanosConfig(laughs.join('\n'));
    expect(config?.hostname?.value).toBe('&a12;');
    expect(warnings.some((w) => w.comment.includes('not expanded'))).toBe(true);
  });
});

describe('PAN-OS values', () => {
  it('reads ip-netmask with or without a length, clearing host bits for matching', () => {
    expect(parseNetmask('10.1.1.5/24')).toEqual({ family: 4, address: v4('10.1.1.0'), prefixLength: 24 });
    expect(parseNetmask('10.1.1.5')).toEqual({ family: 4, address: v4('10.1.1.5'), prefixLength: 32 });
    expect(parseHostPrefix('10.1.1.5/24')?.address).toEqual({ family: 4, value: v4('10.1.1.5') });
    expect(parseNetmask('2001:db8::/32')?.family).toBe(6);
    for (const bad of ['10.1.1.300/24', '10.1.1.0/33', '10.1.1.0/255.255.255.0', '10.1.1', 'web']) expect(parseNetmask(bad), bad).toBeUndefined();
  });

  it('reads ranges, wildcards and port lists strictly', () => {
    expect(parseIpRange('10.0.0.1-10.0.0.9')).toEqual({ first: { family: 4, value: v4('10.0.0.1') }, last: { family: 4, value: v4('10.0.0.9') } });
    expect(parseIpRange('10.0.0.9-10.0.0.1')).toBeUndefined();
    expect(parseIpRange('10.0.0.1-2001:db8::1')).toBeUndefined();
    expect(parseIpWildcard('10.0.1.7/0.0.254.0')).toEqual({ base: v4('10.0.1.7'), mask: v4('0.0.254.0') });
    expect(parsePortList('80,8080,8000-8010')).toEqual([
      { lo: 80, hi: 80 },
      { lo: 8080, hi: 8080 },
      { lo: 8000, hi: 8010 },
    ]);
    for (const bad of ['80,', '70000', '10-5', 'http', '']) expect(parsePortList(bad), bad).toBeUndefined();
  });

  it('expands a wildcard into exactly the addresses it matches', () => {
    const even = wildcardSpace(v4('10.10.0.0'), v4('0.0.0.254'))!;
    expect(even.contains({ family: 4, value: v4('10.10.0.2') })).toBe(true);
    expect(even.contains({ family: 4, value: v4('10.10.0.254') })).toBe(true);
    expect(even.contains({ family: 4, value: v4('10.10.0.3') })).toBe(false);
    expect(even.contains({ family: 4, value: v4('10.10.1.2') })).toBe(false);
    // Too many disjoint ranges to model.
    expect(wildcardSpace(0, v4('255.255.255.254'))).toBeUndefined();
  });
});

describe('masking of PAN-OS secret syntax', () => {
  it('masks what the shared masker misses', () => {
    for (const [line, secret] of [
      ['set mgt-config users admin phash $5$abc$def', '$5$abc$def'],
      ['set network ike gateway g authentication pre-shared-key key -AQ==zzz', '-AQ==zzz'],
      ['<snmp-community-string>PublicXyz</snmp-community-string>', 'PublicXyz'],
      ['<authpwd>-AQ==auth</authpwd>', '-AQ==auth'],
      ['<bind-password>-AQ==bind</bind-password>', '-AQ==bind'],
      ['set deviceconfig system snmp-setting access-setting version v2c snmp-community-string PublicXyz', 'PublicXyz'],
    ] as const) {
      const masked = maskPanosLine(line);
      expect(masked, line).not.toContain(secret);
      expect(masked).toContain('********');
    }
    expect(maskPanosLine('set address web ip-netmask 10.0.0.1/32')).toBe('set address web ip-netmask 10.0.0.1/32');
  });
});
