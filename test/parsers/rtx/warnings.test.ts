import { describe, expect, it } from 'vitest';
import type { ParseWarning } from '../../../src/model/parse-result.js';
import { parseRtx } from '../../../parsers/rtx/index.js';
import { fixtureText, lineOf, parseFixture } from './helpers.js';

const at = (warnings: readonly ParseWarning[], line: number) => warnings.filter((w) => w.line === line).map((w) => [w.kind, w.comment]);

describe('warnings: broken export (RTX1210)', () => {
  const text = fixtureText('rtx1210-broken');
  const parsed = parseFixture('rtx1210-broken');
  const w = parsed.warnings;
  const line = (needle: string) => lineOf(text, needle);

  it('is PARTIALLY_UNRECOGNIZED and still yields the device', () => {
    expect(parsed.status).toBe('PARTIALLY_UNRECOGNIZED');
    expect(parsed.devices).toHaveLength(1);
    expect(parsed.devices[0]!.id).toBe('rtx1210-broken');
  });

  it('reports unknown commands and broken syntax as unrecognized, line by line', () => {
    const unrecognized = w.filter((x) => x.kind === 'unrecognized').map((x) => x.line);
    expect(unrecognized).toEqual([
      line('ip route 10.7.0.0/16 gateway pp 3 metric'),
      line('secure filter in 40 41 dynamic 50 frog'),
      line('ip lan1 foobar on'),
      line('description lan1 "unterminated'),
      line('ip filter 30 pazz'),
      line('frobnicate the router'),
      line('no ip filter 10'),
      line('! interface'),
      line('sshd service maybe'),
      line('garbage'),
    ]);
    expect(at(w, line('frobnicate'))).toEqual([['unrecognized', 'unknown command "frobnicate"; it is ignored']]);
    expect(at(w, line('ip filter 30 pazz'))[0]![1]).toMatch(/matches nothing/);
    expect(at(w, line('description lan1 "unterminated'))[0]![1]).toMatch(/quote opens and never closes/);
  });

  it('reports bad values as invalid, saying what the model does instead', () => {
    expect(at(w, line('ip route 10.8.0.0/33'))).toEqual([['invalid', 'bad route destination "10.8.0.0/33"; the route is ignored']]);
    expect(at(w, line('203.0.113.300/29'))).toEqual([['invalid', 'bad interface address "203.0.113.300/29"; lan2 is left without it']]);
    expect(at(w, line('ip filter 20 '))).toEqual([['invalid', 'filter 20: "10.0.0.256" is not an IPv4 address; the filter matches nothing']]);
    expect(at(w, line('ip filter 40 '))[0]).toEqual(['invalid', 'filter 40: "httpx" is not a port number or a known port name; the filter matches nothing']);
    expect(at(w, line('ip filter 41 '))[0]![0]).toBe('invalid');
    expect(at(w, line('ip filter 42 '))[0]![1]).toMatch(/end comes before its start/);
    expect(at(w, line('gopherx'))[0]![1]).toMatch(/not a dynamic filter protocol/);
    expect(at(w, line('dhcpc'))[0]![1]).toMatch(/does not work as a dynamic filter/);
    expect(at(w, line('192.168.1.500'))[0]![1]).toMatch(/bad inner address/);
    expect(at(w, line('ip pp address 10.0.0.1/30'))[0]![1]).toMatch(/none is selected/);
    expect(at(w, line('telnetd host'))[0]![1]).toMatch(/left out of the host list/);
  });

  it('reports undefined references as invalid: filters, dynamic filters, sets, NAT descriptors, tunnels', () => {
    const list = line('ip lan1 secure filter in');
    expect(at(w, list).filter(([k]) => k === 'invalid')).toEqual([
      ['invalid', 'ip filter 999 is not defined but lan1 secure filter in uses it; the router skips it, so it matches nothing'],
      ['invalid', 'ip filter dynamic 51 is not defined but lan1 secure filter in uses it; the router skips it, so it permits nothing'],
    ]);
    expect(at(w, line('ip lan2 nat descriptor 7 1'))).toEqual([
      ['unsupported', 'the router applies several NAT descriptors of one interface one after the other; the model applies the first entry that matches, so a packet translated twice on the router is translated once here'],
      ['invalid', 'nat descriptor 7 is not defined but lan2 nat descriptor uses it; the router translates nothing for it'],
    ]);
    expect(at(w, line('secure filter name nosuchset'))[0]![1]).toMatch(/ip filter set nosuchset is not defined/);
    expect(at(w, line('gateway tunnel 9'))[0]![1]).toMatch(/tunnel9 is not defined .* the route is not installed/);
    const refs = parsed.devices[0]!.references.filter((r) => !r.resolved).map((r) => `${r.kind} ${r.name}`);
    expect(refs).toEqual(expect.arrayContaining(['acl ip filter 999', 'acl ip filter dynamic 51', 'ip-pool nat descriptor 7', 'acl ip filter set nosuchset', 'interface tunnel9']));
  });

  it('joins the word-wrapped list and resolves the number on the continuation', () => {
    const out = line('ip lan1 secure filter out');
    expect(at(w, out + 1)).toEqual([]);
    expect(parsed.devices[0]!.references.some((r) => r.name === 'ip filter 40' && r.provenance.line === out && r.resolved)).toBe(true);
  });

  it('says that a route replaced by a later line is not used', () => {
    expect(at(w, line('gateway 192.168.1.253'))).toEqual([['invalid', 'the route to 10.6.0.0/16 is set again on line ' + line('gateway 192.168.1.252') + ', which replaces this one']]);
  });

  it('shows each warning line as written, trimmed, with control characters replaced', () => {
    const g = w.find((x) => x.line === line('garbage'))!;
    expect(g.text).toBe('garbage\uFFFD\uFFFDline with control characters');
    expect(g.comment).not.toMatch(/[\u0000-\u0008]/);
    for (const x of w) expect(x.text).toBe(x.text.trim());
  });

  it('gives warnings in line order with their pp/tunnel context', () => {
    const lines = w.map((x) => x.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });
});

describe('warnings: truncated export', () => {
  it('flags the cut last line as unrecognized, besides its bad value', () => {
    const text = fixtureText('rtx1220-truncated');
    const parsed = parseFixture('rtx1220-truncated');
    const last = text.split('\n').length;
    expect(parsed.status).toBe('PARTIALLY_UNRECOGNIZED');
    expect(at(parsed.warnings, last)).toEqual([
      ['invalid', 'filter 200100: "10.120.1." is not an IPv4 address; the filter matches nothing'],
      ['unrecognized', 'the file ends in the middle of this line (no final line break): the export looks truncated, and what followed is missing'],
    ]);
    // The lists written before the cut name filters and a descriptor that never came.
    expect(parsed.devices[0]!.references.filter((r) => !r.resolved).map((r) => r.name)).toEqual(['nat descriptor 1', 'ip filter 200199', 'ip filter dynamic 200080', 'ip filter dynamic 200081']);
  });

  it('does not call a file truncated only because it lacks a final newline', () => {
    const parsed = parseRtx('# RTX830 Rev.15.02.24 (x)\nip lan1 address 192.168.0.1/24', 'configs/a.config');
    expect(parsed.status).toBe('PASSED');
  });
});

describe('warnings: clean exports', () => {
  it('the wrapped capture, the branch and the city hall exports have no unrecognized line but the unknown commands', () => {
    expect(parseFixture('rtx810-kominkan').status).toBe('PASSED');
    expect(parseFixture('rtx830-shisho').status).toBe('PASSED');
    const honcho = parseFixture('rtx3500-honcho');
    expect(honcho.warnings.filter((x) => x.kind === 'unrecognized').map((x) => x.text)).toEqual([
      'l2ms service on',
      'l2ms role controller',
      'ip lan1 traffic-shaping rate 100m',
      'fancontrol mode auto',
      'nvr-agent use off',
    ]);
  });

  it('explains each approximation once, as unsupported, on the line that causes it', () => {
    const text = fixtureText('rtx830-shisho');
    const w = parseFixture('rtx830-shisho').warnings;
    expect(at(w, lineOf(text, 'ip filter 200026 '))).toEqual([['unsupported', 'filter 200026 is `restrict`: it passes only while the line is connected, and is modelled as pass (the model permits more when the line is down)']]);
    expect(at(w, lineOf(text, 'filter 2500 gateway'))[0]![1]).toMatch(/filter-type routing/);
    expect(at(w, lineOf(text, 'gateway tunnel 2 weight 0'))[0]![1]).toMatch(/backup/);
    expect(at(w, lineOf(text, 'pp select anonymous'))[0]![1]).toMatch(/remote-access peers/);
    expect(at(w, lineOf(text, 'update.example.jp'))).toEqual([['unsupported', 'filter 500007: update.example.jp cannot be resolved offline; treated as every address, so the filter matches more']]);
    expect(at(w, lineOf(text, '*.ads.example.com'))).toEqual([['unsupported', 'filter 500008: *.ads.example.com cannot be resolved offline; treated as no address, so the filter matches less']]);
    expect(at(w, lineOf(text, 'nat descriptor address outer 1000 ipcp'))[0]![1]).toMatch(/IPCP assigns to pp1 is not in the config/);
    const kominkan = fixtureText('rtx810-kominkan');
    const kw = parseFixture('rtx810-kominkan').warnings;
    expect(at(kw, lineOf(kominkan, 'ip lan2 address dhcp'))[0]![1]).toMatch(/DHCP at run time/);
    expect(at(kw, lineOf(kominkan, 'gateway dhcp lan2'))[0]![1]).toMatch(/learned by DHCP on lan2/);
    const honcho = fixtureText('rtx3500-honcho');
    const hw = parseFixture('rtx3500-honcho').warnings;
    expect(at(hw, lineOf(honcho, 'ipv6 pp secure filter in'))[0]![1]).toMatch(/IPv6 is not modelled/);
    expect(at(hw, lineOf(honcho, 'ipv6 filter 101000'))).toEqual([]);
  });
});
