import { describe, expect, it } from 'vitest';
import { countUnrecognized } from '../../../src/model/parse-result.js';
import { decide, device, fixtureText, lineOf, parseFixture, pkt, rule, stage } from './helpers.js';

describe('warnings: a truncated brace export', () => {
  const text = fixtureText('srx-trunc');
  const parsed = parseFixture('srx-trunc');

  it('says where the unbalanced braces start, once, as unrecognized', () => {
    expect(parsed.status).toBe('PARTIALLY_UNRECOGNIZED');
    const unrecognized = parsed.warnings.filter((w) => w.kind === 'unrecognized');
    expect(unrecognized).toHaveLength(1);
    const match = lineOf(text, 'match {', 'policy lan-to-srv-ssh');
    expect(unrecognized[0]).toMatchObject({ line: match, text: 'match {' });
    expect(unrecognized[0]!.comment).toContain(`opened at line ${match} and the outermost at line ${lineOf(text, 'security {')}`);
    expect(unrecognized[0]!.comment).toContain('truncated');
  });

  it('keeps everything read before the cut, and disables the policy the file ends in', () => {
    const d = device(parsed);
    const s = stage(d, 'security policies');
    expect(s.rules.map((r) => [r.id, r.enabled])).toEqual([
      ['trust>dmz/lan-to-srv', true],
      ['trust>dmz/lan-to-srv-ssh', false],
    ]);
    expect(rule(s, 'trust>dmz/lan-to-srv').terms[0]!.packets.contains(pkt('192.168.1.5', '192.168.2.10', 'tcp', 443))).toBe(true);
    expect(parsed.warnings.find((w) => w.comment.includes('no then action'))?.line).toBe(lineOf(text, 'policy lan-to-srv-ssh {'));
    // The zones were never reached: the policies name zones the file does not define.
    expect(d.references.filter((r) => !r.resolved).map((r) => r.name)).toEqual(['trust', 'dmz', 'trust', 'dmz']);
  });
});

describe('warnings: a set export with broken lines', () => {
  const text = fixtureText('srx-broken');
  const parsed = parseFixture('srx-broken');
  const unrecognized = parsed.warnings.filter((w) => w.kind === 'unrecognized');

  it('reports each line it cannot read, and only those', () => {
    expect(unrecognized.map((w) => w.line)).toEqual([
      lineOf(text, 'set securty zones'),
      lineOf(text, 'set security frobnicate'),
      lineOf(text, 'policy odd then teleport'),
      lineOf(text, 'unit 0 frobnicate'),
      lineOf(text, 'user oops'),
      lineOf(text, 'application [ broken'),
      lineOf(text, 'then explode'),
      lineOf(text, 'delete security'),
      lineOf(text, 'this line is not junos'),
      lineOf(text, 'set\n'.trim(), 'this line is not junos'),
      lineOf(text, 'ge-0/0/2 { unit 0 }'),
      lineOf(text, 'garbage-bytes'),
    ]);
    expect(countUnrecognized(parsed.warnings)).toBe(12);
    expect(unrecognized[0]!.comment).toBe('unknown top-level hierarchy "securty"; ignored');
    expect(unrecognized.at(-1)!.text).not.toMatch(/[\u0000-\u0008\u007f]/);
  });

  it('reports wrong values and undefined names as invalid, on their own lines, saying what the model does', () => {
    const invalid = (needle: string) => parsed.warnings.find((w) => w.kind === 'invalid' && w.line === lineOf(text, needle));
    expect(invalid('address bad-net 192.168.300.0/24')?.comment).toContain('matches nothing');
    expect(invalid('address bad-len 10.0.0.0/33')?.comment).toContain('not valid');
    expect(invalid('destination-address undefined-host')?.comment).toBe('undefined address "undefined-host" referenced by security policy trust>untrust/out destination-address; it matches nothing');
    expect(invalid('application no-such-app')?.comment).toContain('undefined application "no-such-app"');
    expect(invalid('to-zone nowhere policy lost match source-address')?.comment).toContain('undefined zone "nowhere"');
    expect(invalid('pool missing-pool')?.comment).toContain('undefined NAT pool "missing-pool"');
    expect(invalid('NO-SUCH-FILTER')?.comment).toContain('nothing is filtered there');
    expect(invalid('192.168.1.999/24')?.comment).toContain('the address is ignored');
    expect(invalid('family inet6 address 10.1.1.1/24')).toBeDefined();
    expect(invalid('next-hop 999.1.1.1')).toBeDefined();
    expect(invalid('172.16.0.0/40')?.comment).toBe('route prefix "172.16.0.0/40" is not a valid IPv4 prefix for inet.0; the route is ignored');
    expect(invalid('destination-port 70000')?.comment).toContain('matches nothing');
    expect(invalid('destination-port not-a-port')?.comment).toContain('the term matches nothing');
    expect(invalid('interfaces ge-0/0/9.0')?.comment).toContain('undefined interface "ge-0/0/9.0"');
  });

  it('keeps going: what was valid is modelled, what was not matches nothing', () => {
    const d = device(parsed);
    expect(d.id).toBe('srx-broken');
    expect(d.interfaces.map((i) => [i.name, i.addresses.length])).toEqual([
      ['ge-0/0/0.0', 1],
      ['ge-0/0/1.0', 1],
    ]);
    const s = stage(d, 'security policies');
    // `out` names an undefined destination: it matches nothing, so https falls to the default.
    expect(decide(s, 'ge-0/0/1.0', 'ge-0/0/0.0', pkt('192.168.1.5', '8.8.8.8', 'tcp', 443)).id).toBe('default-deny');
    expect(rule(s, 'trust>untrust/half').enabled).toBe(false);
    expect(d.filters.map((f) => f.name)).toEqual(['security policies']);
    expect(d.sourceNat).toEqual([]);
    expect(d.routes.map((r) => r.id)).toEqual(['0.0.0.0/0 next-hop 203.0.113.14']);
  });

  it('never shows a secret, even on a line it could not read', () => {
    const oops = unrecognized.find((w) => w.line === lineOf(text, 'user oops'))!;
    expect(oops.text).toBe('set system login user oops authentication encrypted-password ********');
  });
});

describe('warnings: unsupported features say which way the model errs', () => {
  it('on the large export, warns about each unmodelled feature once', () => {
    const parsed = parseFixture('srx-hq-dc1');
    const unsupported = parsed.warnings.filter((w) => w.kind === 'unsupported');
    for (const w of unsupported) expect(w.comment, w.comment).toMatch(/matches (more|less|nothing)|may be broader|less reachability|node0|separate device|routed normally|not modelled/);
    const comments = unsupported.map((w) => w.comment);
    expect(comments.filter((c) => c.includes('dynamic routing (ospf)'))).toHaveLength(1);
    expect(comments.some((c) => c.includes('"${node}"'))).toBe(true);
    expect(comments.some((c) => c.includes('RPC ALG'))).toBe(false);
  });
});
