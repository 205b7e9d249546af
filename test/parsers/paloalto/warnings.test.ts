import { describe, expect, it } from 'vitest';
import type { ParseWarning } from '../../../src/model/parse-result.js';
import { readPanosConfig } from '../../../parsers/paloalto/index.js';
import { fixtureText, lineOf, parseFixture, toJson } from './helpers.js';

const brief = (ws: readonly ParseWarning[]) => ws.map((w) => [w.line, w.kind]);

describe('warnings: broken XML', () => {
  it('truncated export: one warning at the end, the cut rule left out, the rest read', () => {
    const text = fixtureText('pa-truncated.xml');
    const r = parseFixture('pa-truncated.xml');
    expect(r.status).toBe('PARTIALLY_UNRECOGNIZED');
    const lines = text.split('\n').length;
    const unrecognized = r.warnings.filter((w) => w.kind === 'unrecognized');
    expect(brief(unrecognized)).toEqual([
      [lineOf(text, '<entry name="mail-in"'), 'unrecognized'],
      [lines, 'unrecognized'],
    ]);
    expect(unrecognized[1]!.comment).toContain('truncated');
    expect(unrecognized[0]!.comment).toBe('rule mail-in is cut off by the end of the file; it is left out');
    // The address objects were after the cut: the rules that name them are reported, not guessed.
    expect(r.warnings.filter((w) => w.kind === 'invalid').map((w) => w.comment)).toEqual([
      'undefined address "proxy-server" referenced by security rule proxy-out; it matches nothing',
      'undefined address "mail-gateway" referenced by security rule mail-out; it matches nothing',
      'undefined address "web-public" referenced by security rule web-in; it matches nothing',
    ]);
    expect(r.devices[0]!.filters.at(-1)!.rules.map((x) => x.id)).toEqual(['proxy-out', 'mail-out', 'web-in', 'intrazone-default', 'interzone-default']);
  });

  it('unbalanced tags: the validator line, and the document still read', () => {
    const text = fixtureText('pa-unbalanced.xml');
    const r = parseFixture('pa-unbalanced.xml');
    expect(brief(r.warnings)).toEqual([[lineOf(text, '</ip-netmaks>'), 'unrecognized']]);
    expect(r.warnings[0]!.comment).toMatch(/^XML syntax error: Expected closing tag 'ip-netmask'/);
    expect(r.devices[0]!.destinationNat.map((d) => d.id)).toEqual(['web-dnat', 'mail-dnat']);
  });

  it('unknown elements, inside a rule or anywhere, are unrecognized with every line they span', () => {
    const text = fixtureText('pa-unknown.xml');
    const r = parseFixture('pa-unknown.xml');
    expect(brief(r.warnings)).toEqual([
      [lineOf(text, '<quantum-settings>'), 'unrecognized'],
      [lineOf(text, '<hyper-offload>'), 'unrecognized'],
      [lineOf(text, '<colour>'), 'unrecognized'],
      [lineOf(text, '<magic-match>'), 'unrecognized'],
      [lineOf(text, '<entry name="odd-members">'), 'invalid'],
      [lineOf(text, '<item>inside</item>'), 'unrecognized'],
      [lineOf(text, '<teleport>'), 'unrecognized'],
      [lineOf(text, '<holographic-objects>'), 'unrecognized'],
    ]);
    expect(r.warnings[3]).toMatchObject({ comment: 'unknown element <magic-match>; ignored', context: expect.stringContaining('rules > web-in') });
    const { unrecognizedLines } = readPanosConfig(text);
    const magic = lineOf(text, '<magic-match>');
    expect([magic, magic + 1, magic + 2].every((n) => unrecognizedLines.has(n))).toBe(true);
    // The rule itself is still read.
    expect(r.devices[0]!.filters.at(-1)!.rules.map((x) => x.id)).toContain('web-in');
  });

  it('a DOCTYPE with entities: reported, never expanded, and the document read', () => {
    const text = fixtureText('pa-doctype.xml');
    const r = parseFixture('pa-doctype.xml');
    expect(r.status).toBe('PASSED');
    expect(brief(r.warnings)).toEqual([
      [lineOf(text, '<!DOCTYPE'), 'unsupported'],
      [lineOf(text, '&lol9;'), 'invalid'],
      [lineOf(text, '&xxe;'), 'invalid'],
    ]);
    const d = r.devices[0]!;
    expect(d.interfaces[0]!.description).toBe('&lol9;');
    expect(toJson(r).length).toBeLessThan(100_000);
    // Predefined entities and character references are decoded.
    const { config } = readPanosConfig(text);
    expect(config!.vsys[0]!.objects.addresses[0]!.name).toBe('amp&name');
    expect(config!.vsys[0]!.objects.addresses[0]!.value).toMatchObject({ type: 'ip-netmask', cidr: { prefixLength: 32 } });
  });

  it('bad values and undefined references: invalid, on the line that holds them', () => {
    const text = fixtureText('pa-invalid.xml');
    const r = parseFixture('pa-invalid.xml');
    expect(r.status).toBe('PASSED');
    const at = (needle: string, ...after: string[]) => lineOf(text, needle, ...after);
    const expected: Array<[number, string]> = [
      [at('198.51.100.300/24'), '"198.51.100.300/24" on ethernet1/1 is neither an address with a prefix length nor an address object; ignored'],
      [at('no-such-profile'), 'undefined interface management profile "no-such-profile" on ethernet1/1; the interface answers no management service'],
      [at('<tag>5000</tag>'), 'bad VLAN tag "5000"'],
      [at('10.2.0.0/33'), 'bad permitted-ip "10.2.0.0/33"; it permits nothing'],
      [at('10.300.0.0/16'), 'static route bad-dest: bad destination "10.300.0.0/16"; it is not installed'],
      [at('<nexthop>', 'bad-hop'), 'bad next hop "198.51.100.999"; the route is not installed'],
      [at('<metric>lots'), 'bad metric "lots"; 10 is used'],
      [at('10.2.0.0/40'), 'address bad-mask: bad ip-netmask "10.2.0.0/40"; it matches nothing'],
      [at('10.2.0.256'), 'address bad-octet: bad ip-netmask "10.2.0.256"; it matches nothing'],
      [at('10.2.0.20-10.2.0.10'), 'address backwards: bad ip-range "10.2.0.20-10.2.0.10"; it matches nothing'],
      [at('<port>80,70000'), 'service bad-ports has bad ports "80,70000"; it matches nothing'],
      [at('<destination>', 'to-undefined'), 'undefined address "undefined-server" referenced by security rule to-undefined; it matches nothing'],
      [at('<service>', 'to-undefined'), 'undefined service "no-such-service" referenced by security rule to-undefined; it matches nothing'],
      [at('<entry name="no-action">'), 'rule no-action has no action; it is left out'],
      [at('<action>permit'), 'unknown action "permit"; the rule is left out'],
      [at('<translated-port>99999'), 'bad translated-port "99999"; the port is left unchanged'],
      [at('<action>maybe'), 'unknown action "maybe"; the default deny stays'],
    ];
    for (const [line, comment] of expected) {
      expect(r.warnings.some((w) => w.line === line && w.comment === comment && w.kind === 'invalid'), `${line}: ${comment}`).toBe(true);
    }
    expect(r.warnings.some((w) => w.comment.includes('"ghost-host" referenced by address-group grp-with-ghost'))).toBe(true);
    expect(r.warnings.some((w) => w.comment === 'address group loop-a contains itself; the loop adds nothing')).toBe(true);
    expect(r.warnings.some((w) => w.comment.startsWith('deny rule missing-columns has no <to>, <source>'))).toBe(true);
    expect(r.warnings.some((w) => w.comment.includes('"ethernet1/9" referenced by virtual router default'))).toBe(true);
    expect(r.warnings.some((w) => w.comment.includes('"ethernet1/8" referenced by NAT rule ghost-nat'))).toBe(true);
    // One warning per problem: the undefined zone member is not reported twice.
    expect(r.warnings.filter((w) => w.comment.includes('ethernet1/7'))).toHaveLength(1);
  });
});

describe('warnings: broken set commands', () => {
  it('reports each broken statement once and reads the rest', () => {
    const text = fixtureText('pa-broken.set');
    const r = parseFixture('pa-broken.set');
    const line = (needle: string) => lineOf(text, needle);
    expect(brief(r.warnings)).toEqual([
      [line('layer3 [ ethernet1/2'), 'unrecognized'],
      [line('"quoted name'), 'unrecognized'],
      [line('10.3.0.999'), 'invalid'],
      [line('[ web missing-host ]'), 'invalid'],
      [line('frobnicate'), 'unrecognized'],
      [line('extra-word'), 'unrecognized'],
      [line('teleporter'), 'unrecognized'],
      [line('delete '), 'unrecognized'],
      [line('ethernet1/3 layer3 ip'), 'unrecognized'],
      [line('request system'), 'unrecognized'],
    ]);
    expect(r.warnings[1]!.comment).toBe('broken syntax: a quoted value is never closed; the statement is ignored');
    expect(r.warnings[4]!.comment).toBe('unknown keyword "frobnicate"; the statement is ignored');
    // The zone was given again correctly on the last line.
    expect(r.devices[0]!.zones.find((z) => z.name === 'inside')?.interfaces).toEqual(['ethernet1/2']);
  });
});

describe('warnings: what cannot be modelled (pa-dc01)', () => {
  const text = fixtureText('pa-dc01.xml');
  const r = parseFixture('pa-dc01.xml');
  const comments = r.warnings.map((w) => `${w.line} ${w.kind} ${w.comment}`);
  const has = (line: number, kind: string, start: string) => expect(comments.some((c) => c.startsWith(`${line} ${kind} ${start}`)), start).toBe(true);

  it('says which way the model errs for everything it leaves out', () => {
    expect(r.status).toBe('PASSED');
    has(lineOf(text, '<entry name="ethernet1/7">'), 'invalid', 'ethernet1/7 has an address but no virtual router holds it');
    has(lineOf(text, '<entry name="vr1">'), 'unsupported', 'virtual router vr1 spans vsys vsys1, vsys2');
    has(lineOf(text, '<ospf>'), 'unsupported', 'OSPF is enabled on vr1: the routes it learns are unknown offline');
    has(lineOf(text, '<entry name="to-vr2">'), 'unsupported', 'static route to-vr2 hands traffic to virtual router vr2');
    has(lineOf(text, '<entry name="vw-zone">'), 'unsupported', 'virtual-wire zone vw-zone');
    has(lineOf(text, '<fqdn>'), 'unsupported', 'FQDN address fqdn-upd (updates.example.jp) is resolved by DNS at run time, unknown offline: it matches nothing here');
    has(lineOf(text, '<filter>'), 'unsupported', 'dynamic address group dyn-quarantine');
    has(lineOf(text, '<application>', 'deny-p2p'), 'unsupported', 'deny rule limited to applications bittorrent');
    has(lineOf(text, '<application>', 'allow-mystery'), 'unsupported', 'application-default ports of mystery-app, filt-risky are unknown to sansou');
    has(lineOf(text, '<entry name="allow-staff">'), 'unsupported', 'source-user example\\staff cannot be evaluated offline: treated as absent, so the rule matches more');
    has(lineOf(text, '<entry name="deny-adult">'), 'unsupported', 'URL category adult cannot be evaluated offline: this deny rule matches nothing here');
    has(lineOf(text, '<entry name="even-ssh">'), 'unsupported', 'schedule office-hours cannot be evaluated offline: treated as absent');
    has(lineOf(text, '<entry name="v6-to-v4">'), 'unsupported', 'nat64 NAT rule v6-to-v4 is not modelled: treated as absent');
    has(lineOf(text, '<entry name="pbf-isp2">'), 'unsupported', '1 policy-based forwarding rule(s)');
    has(lineOf(text, '<entry name="to-vsys1">'), 'unsupported', 'external zone to-vsys1');
    has(lineOf(text, '<member>dmz-old</member>'), 'invalid', 'undefined zone "dmz-old" referenced by security rule ghost-zone');
    has(lineOf(text, '<dynamic-destination-translation>'), 'unsupported', 'dynamic destination translation (round-robin)');
  });

  it('warns once for a fact, even when two vsys meet it', () => {
    const counts = new Map<string, number>();
    for (const w of r.warnings) counts.set(`${w.line}|${w.comment}`, (counts.get(`${w.line}|${w.comment}`) ?? 0) + 1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('every warning line is the line the problem is written on, trimmed, and warnings are in line order', () => {
    const lines = text.split('\n');
    for (const w of r.warnings) expect(w.text).toBe(lines[w.line - 1]!.trim());
    expect(r.warnings.map((w) => w.line)).toEqual([...r.warnings.map((w) => w.line)].sort((a, b) => a - b));
  });
});
