import { describe, expect, it } from 'vitest';
import { countUnrecognized } from '../../../src/model/parse-result.js';
import { parseIos } from '../../../parsers/ios/index.js';
import { fixtureText, lineOf, parseFixture, sampleCoreSwitchText } from './helpers.js';

/** Warnings alone: which lines, which kind, and what the comment tells the reader. */
describe('warnings: complete configurations', () => {
  it('br-rtr01 is fully recognized; what the model leaves out is "unsupported", one warning per line', () => {
    const text = fixtureText('br-rtr01');
    const parsed = parseFixture('br-rtr01');
    expect(parsed.status).toBe('PASSED');
    expect(parsed.warnings.filter((w) => w.kind !== 'unsupported')).toEqual([]);
    expect(parsed.warnings.map((w) => w.line)).toEqual([
      lineOf(text, 'vrf definition GUEST'),
      lineOf(text, 'vrf definition Mgmt-intf'),
      lineOf(text, 'zone-pair security ZP-IN-SELF'),
      lineOf(text, 'ipv6 traffic-filter V6-IN in'),
      lineOf(text, 'standby 10 ip'),
      lineOf(text, 'ip address dhcp'),
      lineOf(text, 'static tcp 10.21.30.10 80'),
      lineOf(text, 'GigabitEthernet0/0/2 dhcp 200'),
      lineOf(text, 'track 10', 'ip route 10.99'),
      lineOf(text, 'ip route vrf GUEST'),
      lineOf(text, 'ipv6 access-list V6-IN'),
    ]);
    const byLine = (needle: string) => parsed.warnings.find((w) => w.line === lineOf(text, needle))!;
    expect(byLine('vrf definition GUEST').comment).toContain('route leaking between VRFs');
    expect(byLine('ZP-IN-SELF').comment).toContain('lets more through');
    expect(byLine('ip address dhcp')).toMatchObject({ context: 'interface GigabitEthernet0/0/2', text: 'ip address dhcp' });
    expect(byLine('ip route vrf GUEST').comment).toContain('inter-VRF');
  });

  it('the sample-city core switch parses without a single unrecognized line', () => {
    const parsed = parseIos(sampleCoreSwitchText(), 'configs/core-sw.cfg');
    expect(parsed.status).toBe('PASSED');
    expect(parsed.warnings.map((w) => [w.kind, w.text])).toEqual([['unsupported', 'vrf definition Mgmt-vrf']]);
  });
});

describe('warnings: broken configurations', () => {
  it('a file truncated inside an ACL: the broken entry and the missing "end" are reported on its last line', () => {
    const text = fixtureText('trunc-sw03');
    const parsed = parseFixture('trunc-sw03');
    const last = text.split('\n').length;
    expect(parsed.status).toBe('PARTIALLY_UNRECOGNIZED');
    expect(parsed.lines).toBe(last);
    expect(parsed.warnings.map((w) => [w.line, w.kind])).toEqual([
      [last, 'invalid'],
      [last, 'unrecognized'],
    ]);
    expect(parsed.warnings[0]).toMatchObject({ text: 'deny   ip 10.23.10.0 0.0.0.', context: 'ip access-list extended STAFF-IN' });
    expect(parsed.warnings[0]!.comment).toContain('bad wildcard mask');
    expect(parsed.warnings[1]!.comment).toContain('truncated');
    // What was read before the cut still counts: the ACL filters with its three entries.
    expect(parsed.devices[0]!.filters[0]!.rules.map((r) => r.id)).toEqual(['STAFF-IN:10', 'STAFF-IN:20', 'STAFF-IN:30']);
  });

  it('an unterminated banner: reported on its line, and the commands after it are still read', () => {
    const text = fixtureText('banner-rtr04');
    const parsed = parseFixture('banner-rtr04');
    expect(parsed.status).toBe('PARTIALLY_UNRECOGNIZED');
    expect(parsed.warnings.map((w) => [w.line, w.kind, w.text])).toEqual([[lineOf(text, 'banner motd'), 'unrecognized', 'banner motd ^C']]);
    const d = parsed.devices[0]!;
    expect(d.management.map((m) => m.service)).toEqual(['ssh', 'ping']);
    expect(d.filters.map((f) => f.name)).toEqual(['ip access-group LAN-IN in']);
  });

  it('unknown commands, bad values and undefined references: each on its own line, with the right kind', () => {
    const text = fixtureText('broken-rtr05');
    const parsed = parseFixture('broken-rtr05');
    const at = (needle: string, ...after: string[]) => lineOf(text, needle, ...after);
    const got = parsed.warnings.map((w) => [w.line, w.kind]);
    expect(got).toEqual([
      [at('foo-feature enable'), 'unrecognized'],
      [at('foo-option'), 'unrecognized'],
      [at('foobar-secret'), 'unrecognized'],
      [at('PM-MISSING'), 'invalid'],
      [at('source WAN destination DMZ'), 'invalid'],
      [at('gopher-plus'), 'unsupported'],
      [at('CM-NOT-DEFINED'), 'invalid'],
      [at('10.25.11.300'), 'invalid'],
      [at('ip access-group NO-SUCH-ACL in'), 'invalid'],
      [at('frobnicate on'), 'unrecognized'],
      [at('255.0.255.0'), 'invalid'],
      [at('ip access-group 199 out'), 'invalid'],
      [at('zone-member security DMZ'), 'invalid'],
      [at('10.25.10.300'), 'invalid'],
      [at('NO-SUCH-POOL'), 'invalid'],
      [at('10.99.99.99'), 'invalid'],
      [at('GigabitEthernet0/0/9'), 'invalid'],
      [at('ip route 10.30.0.0'), 'unrecognized'],
      [at('0.0.0.256'), 'invalid'],
      [at('10.25.0.0 255.255.0.0'), 'unsupported'],
      [at('OFFICE-HOURS'), 'invalid'],
      [at('eq 137'), 'invalid'],
      [at('NO-SUCH-GROUP'), 'invalid'],
      [at('webby'), 'invalid'],
      [at('dscp ef'), 'unsupported'],
      [at('80 frob'), 'unrecognized'],
      [at('access-list 55 permit tcp'), 'unrecognized'],
      [at('access-list 777'), 'unsupported'],
      [at('NO-SUCH-SNMP-ACL'), 'invalid'],
      [at('binary junk') + 1, 'unrecognized'],
      [at('NO-SUCH-VTY-ACL'), 'invalid'],
      [at('teleport enable'), 'unrecognized'],
    ]);
    expect(countUnrecognized(parsed.warnings)).toBe(9);
    const comment = (needle: string) => parsed.warnings.find((w) => w.line === at(needle))!.comment;
    expect(comment('ip access-group NO-SUCH-ACL in')).toBe(
      'undefined access list "NO-SUCH-ACL" referenced by interface GigabitEthernet0/0/0 ip access-group in; IOS passes every packet, and so does the model',
    );
    expect(comment('10.25.0.0 255.255.0.0')).toContain('netmask written as a wildcard');
    expect(comment('zone-member security DMZ')).toContain('not a zone member');
    expect(comment('eq 137')).toContain('sequence number 40 is already used');
    // The binary line is shown, but printable.
    const junk = parsed.warnings.find((w) => w.line === at('binary junk') + 1)!;
    expect(junk.text).not.toMatch(/[\u0000-\u0008\u007f]/);
  });

  it('masks secrets on the lines it reports', () => {
    const parsed = parseFixture('broken-rtr05');
    const secretLine = parsed.warnings.find((w) => w.text.startsWith('foobar-secret'))!;
    expect(secretLine.text).toBe('foobar-secret password ********');
    const snmp = parsed.warnings.find((w) => w.text.startsWith('snmp-server community'))!;
    expect(snmp.text).toBe('snmp-server community ******** RO NO-SUCH-SNMP-ACL');
  });
});
