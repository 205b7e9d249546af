import { describe, expect, it } from 'vitest';
import { countUnrecognized } from '../../../src/model/parse-result.js';
import { parseAsa } from '../../../parsers/asa/index.js';
import { fixtureText, lineOf, onlyDevice, parseFixture, pkt, rule, ruleMatches, stage } from './helpers.js';

describe('warnings: truncated export', () => {
  const text = fixtureText('asa-truncated');
  const parsed = parseFixture('asa-truncated');

  it('flags the cut line and the missing `: end`, on the last line', () => {
    expect(parsed.status).toBe('PARTIALLY_UNRECOGNIZED');
    const last = parsed.lines;
    expect(parsed.warnings.map((w) => [w.kind, w.line])).toEqual([
      ['unrecognized', last],
      ['unrecognized', last],
    ]);
    expect(parsed.warnings[0]!.text).toBe('network-object 10.80.2.');
    expect(parsed.warnings.some((w) => w.comment.includes('truncated'))).toBe(true);
    expect(parsed.warnings[0]!.context + parsed.warnings[1]!.context).toContain('object-group network grp-servers');
  });

  it('keeps everything read before the cut, including the open group', () => {
    const d = onlyDevice(parsed);
    expect(d.interfaces.map((i) => i.name)).toEqual(['outside', 'inside', 'servers']);
    expect(d.objects.find((o) => o.name === 'grp-servers')).toMatchObject({ kind: 'address-group', provenance: { line: lineOf(text, 'object-group network grp-servers') } });
  });
});

describe('warnings: broken export', () => {
  const text = fixtureText('asa-broken');
  const parsed = parseFixture('asa-broken');
  const at = (needle: string, ...after: string[]) => lineOf(text, needle, ...after);
  const kindsAt = (line: number) => parsed.warnings.filter((w) => w.line === line).map((w) => w.kind);

  it('reports every line it cannot read as unrecognized, and only those', () => {
    const unrecognized = [...new Set(parsed.warnings.filter((w) => w.kind === 'unrecognized').map((w) => w.line))];
    expect(unrecognized).toEqual([
      at('stray-indented-line'),
      at('ip adress'),
      at(' nameif', 'interface GigabitEthernet0/4'),
      at('frobnicate enable'),
      at('frobnicate password'),
      at('this is not an asa command'),
      at('and neither is its indented line'),
      at('colour blue'),
      at('port-object range 9000 8000'),
      at('port-object eq notaport'),
      at('object-group widget'),
      at('widget-object'),
      at('eq 80 frobnicate'),
      at('eq 99999'),
      at('extended allow'),
      at('access-group DMZ_IN sideways'),
      at('source frobnicate'),
      at('username', 'http 10.90.0.0'),
      at('garbage-bytes'),
    ]);
    expect(countUnrecognized(parsed.warnings)).toBe(19);
    expect(parsed.status).toBe('PARTIALLY_UNRECOGNIZED');
  });

  it('reports wrong values as invalid: bad masks, bad addresses, out-of-range numbers', () => {
    for (const needle of [
      'name 10.90.1.999',
      'security-level 150',
      'ip address 10.90.4.1 255.0.255.0',
      'subnet 10.90.5.0 255.0.255.0',
      'host 10.90.1.300',
      'range 10.90.1.50 10.90.1.40',
      'network-object 10.90.7.0 255.255.0.255',
      'host 10.90.1.300 eq 80',
      'ip 10.90.0.0 255.0.255.0 any',
      'route outside 10.0.0.0 255.255.0.255',
      'not-an-address',
      'http 10.90.0.0 255.0.0.255',
      'privilege 99',
    ]) {
      expect(kindsAt(at(needle)), needle).toContain('invalid');
    }
    expect(parsed.warnings.find((w) => w.line === at('subnet 10.90.5.0'))!.comment).toContain('not contiguous');
  });

  it('reports undefined references where they are named, as invalid', () => {
    const undefinedRefs = parsed.warnings.filter((w) => w.kind === 'invalid' && w.comment.startsWith('undefined'));
    expect(undefinedRefs.map((w) => [w.line, w.comment.slice(0, w.comment.indexOf(' referenced'))])).toEqual([
      [at('object obj-missing-member'), 'undefined network object "obj-missing-member"'],
      [at('object-group grp-nope'), 'undefined network object-group "grp-nope"'],
      [at('object obj-nope'), 'undefined network object "obj-nope"'],
      [at('access-group NO_SUCH_ACL'), 'undefined access-list "NO_SUCH_ACL"'],
      [at('access-group BROKEN_IN in interface nowhere'), 'undefined interface "nowhere"'],
      [at('source static obj-missing'), 'undefined network object "obj-missing"'],
      [at('source static obj-missing'), 'undefined network object "obj-missing-pub"'],
      [at('nat (inside,nowhere)'), 'undefined interface "nowhere"'],
      [at('static obj-undefined-mapped'), 'undefined network object "obj-undefined-mapped"'],
      [at('ssh 10.90.0.0 255.255.255.0 nowhere'), 'undefined interface "nowhere"'],
    ]);
    const d = onlyDevice(parsed);
    expect(d.references.filter((r) => !r.resolved).map((r) => r.name)).toEqual(
      expect.arrayContaining(['NO_SUCH_ACL', 'grp-nope', 'obj-nope', 'obj-missing', 'obj-undefined-mapped', 'nowhere']),
    );
  });

  it('reports a nameif used twice, a name reused across kinds and a cycle of groups', () => {
    expect(parsed.warnings.find((w) => w.line === at('nameif dmz', 'interface GigabitEthernet0/3'))!.comment).toContain('already used');
    expect(parsed.warnings.find((w) => w.line === at('object-group network obj-web'))!.comment).toContain('already defined as a network object');
    expect(parsed.warnings.find((w) => w.comment.includes('cycle'))).toMatchObject({ kind: 'invalid', line: at('group-object grp-a') });
  });

  it('goes on after each bad line and models what is left, conservatively', () => {
    const d = onlyDevice(parsed);
    expect(d.id).toBe('asa-broken');
    expect(d.interfaces.map((i) => i.name)).toEqual(['outside', 'inside', 'dmz']);
    // security-level 150 is refused: "inside" keeps ASA's default for its name, 100.
    expect(d.filters.some((s) => s.name === 'security-level 100 on inside (no access-group)')).toBe(true);
    // The access-group naming an undefined ACL is left out: dmz keeps its security-level default.
    expect(stage(d, 'security-level 50 on dmz (no access-group)').inInterfaces).toEqual(['dmz']);
    // Unreadable entries are left out but keep ASA's numbering for the next ones.
    const outsideIn = stage(d, 'access-group BROKEN_IN in interface outside');
    expect(outsideIn.rules.map((r) => r.id)).toEqual(['BROKEN_IN:4', 'BROKEN_IN:5', 'BROKEN_IN:6', 'BROKEN_IN:7', 'BROKEN_IN:10']);
    expect(rule(d, 'BROKEN_IN:4').terms).toEqual([]);
    expect(ruleMatches(rule(d, 'BROKEN_IN:6'), pkt('1.2.3.4', '10.90.1.30', 'tcp', 22))).toBe(true);
    expect(ruleMatches(rule(d, 'BROKEN_IN:7'), pkt('1.2.3.4', '10.90.1.10', 'tcp', 445))).toBe(true);
    // NAT rules ASA would refuse are left out entirely.
    expect(d.destinationNat).toEqual([]);
    expect(d.sourceNat).toEqual([]);
    expect(d.routes.map((r) => r.id)).toEqual(['outside 0.0.0.0/0 10.255.90.2']);
    expect(d.admins.map((a) => [a.name, a.profile])).toEqual([['operator', 'privilege 2']]);
  });

  it('never shows a secret in a warning, even on an unknown line', () => {
    const w = parsed.warnings.find((x) => x.line === at('frobnicate password'))!;
    expect(w.text).toBe('frobnicate password ********');
    expect(JSON.stringify(parsed.warnings)).not.toContain('S3cr3tFrobValue');
    expect(parsed.warnings.find((x) => x.line === at('garbage-bytes'))!.text).not.toMatch(/[\u0000-\u0008\u007f]/);
  });
});

describe('warnings: what is understood but not modelled', () => {
  it('says which way the model errs for each unsupported construct', () => {
    const parsed = parseFixture('asa-dmz-ctx');
    const text = fixtureText('asa-dmz-ctx');
    const unsupported = parsed.warnings.filter((w) => w.kind === 'unsupported');
    expect(unsupported.map((w) => w.line)).toEqual([lineOf(text, 'object-group user ADMINS'), lineOf(text, 'object-group-user ADMINS'), lineOf(text, 'user CITY'), lineOf(text, 'track 1')]);
    expect(unsupported[1]!.comment).toContain('treated as absent, so the rule matches more');
    expect(unsupported[2]!.comment).toContain('matches nothing');
    expect(parsed.status).toBe('PASSED');
  });

  it('warns for fqdn objects, time ranges, VPN, dynamic routing, transparent mode and static range NAT', () => {
    const text = [
      'ASA Version 9.16(4)57',
      'hostname u',
      'firewall transparent',
      'interface GigabitEthernet0/0',
      ' nameif outside',
      ' security-level 0',
      ' ip address 10.0.0.1 255.255.255.0',
      'interface GigabitEthernet0/1',
      ' nameif inside',
      ' security-level 100',
      ' ip address dhcp setroute',
      'object network web',
      ' fqdn www.example.com',
      'object network lan',
      ' subnet 10.1.0.0 255.255.255.0',
      'object network pub',
      ' subnet 10.2.0.0 255.255.255.0',
      'object network lan',
      ' nat (inside,outside) static pub',
      'access-list A extended permit tcp any object web eq https time-range never',
      'access-group A in interface inside',
      'router ospf 1',
      ' network 10.0.0.0 255.0.0.0 area 0',
      'crypto map M interface outside',
      ': end',
    ].join('\n');
    const parsed = parseAsa(text, 'u.cfg');
    const byLine = (n: number) => parsed.warnings.filter((w) => w.line === n).map((w) => `${w.kind}: ${w.comment}`).join(' | ');
    expect(byLine(3)).toContain('transparent');
    expect(byLine(11)).toContain('learned at run time');
    expect(byLine(13)).toContain('matches nothing');
    expect(byLine(19)).toContain('the model matches more');
    expect(byLine(20)).toContain('undefined time-range "never"');
    expect(byLine(22)).toContain('dynamic routing');
    expect(byLine(24)).toContain('VPN');
    expect(parsed.warnings.some((w) => w.kind === 'unrecognized')).toBe(false);
  });
});
