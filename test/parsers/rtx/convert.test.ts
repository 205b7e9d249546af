import { describe, expect, it } from 'vitest';
import type { Device } from '../../../src/model/device.js';
import { applyToPacket } from '../../../src/space/transform.js';
import { parseRtx } from '../../../parsers/rtx/index.js';
import { fixtureText, lineOf, onlyDevice, parseFixture, pkt, rule, ruleMatches, stage, v4, verdict } from './helpers.js';

const HEADER = '# RTX1220 Rev.15.04.04 (Mon Jan 15 11:29:42 2024)';
function device(...lines: string[]): Device {
  return onlyDevice(parseRtx(`${[HEADER, ...lines].join('\n')}\n`, 'configs/rtx-test.config'));
}
const prov = (line: number) => ({ file: 'configs/rtx-test.config', line });

describe('conversion: device and interfaces', () => {
  const text = fixtureText('rtx830-shisho');
  const d = onlyDevice(parseFixture('rtx830-shisho'));
  const byName = new Map(d.interfaces.map((i) => [i.name, i]));

  it('is one rtx device named after the file: RTX has no hostname', () => {
    expect(d).toMatchObject({ id: 'rtx830-shisho', hostname: 'rtx830-shisho', vendor: 'rtx', zones: [], provenance: { file: 'configs/rtx830-shisho.config', line: 1 } });
    expect(d.context).toBeUndefined();
  });

  it('gives addresses primary first, descriptions, roles and the enable state of pp and tunnel interfaces', () => {
    expect(byName.get('lan1')!.addresses.map((a) => [a.address.value, a.prefixLength])).toEqual([
      [v4('192.168.10.1'), 24],
      [v4('192.168.11.1'), 24],
    ]);
    // An interface is where it is first mentioned: here its description.
    expect(byName.get('lan1')).toMatchObject({ description: '支所 庁内LAN', enabled: true, provenance: { line: lineOf(text, 'description lan1 ') } });
    expect(byName.get('pp1')).toMatchObject({ enabled: true, role: 'wan', addresses: [] });
    expect(byName.get('pp2')).toMatchObject({ enabled: false, role: 'wan' });
    expect(byName.get('tunnel1')).toMatchObject({ enabled: true, role: 'vpn', description: '本庁 IPsec 主回線' });
    expect(byName.get('lan1/1')?.description).toBe('来庁者Wi-Fi');
  });

  it('takes a LAN interface down with `lan shutdown`, and pp/tunnel interfaces only up with `enable`', () => {
    const x = device('ip lan1 address 10.0.0.1/24', 'ip lan2 address 10.0.1.1/24', 'lan shutdown lan2', 'lan shutdown lan1 3', 'tunnel select 1', ' ip tunnel address 10.9.0.1/30', 'tunnel select none', 'tunnel select 2', ' ip tunnel address 10.9.0.5/30', 'tunnel select none', 'tunnel enable all');
    expect(x.interfaces.map((i) => [i.name, i.enabled])).toEqual([
      ['lan1', true],
      ['lan2', false],
      ['tunnel1', true],
      ['tunnel2', true],
    ]);
  });
});

describe('conversion: secure filter stages', () => {
  it('makes one translated-header stage per bound direction, statics then dynamics, discarding what nothing matched', () => {
    const text = fixtureText('rtx830-shisho');
    const d = onlyDevice(parseFixture('rtx830-shisho'));
    const s = stage(d, 'lan1 secure filter in');
    expect(s).toMatchObject({ inInterfaces: ['lan1'], header: 'translated', defaultAction: 'deny', defaultProvenance: { file: 'configs/rtx830-shisho.config', line: lineOf(text, 'ip lan1 secure filter in') } });
    expect(s.outInterfaces).toBeUndefined();
    expect(s.rules.map((r) => r.id)).toEqual(['1020', '1030', '1031', '1032', '2000', 'dynamic 100', 'dynamic 101', 'dynamic 102', 'dynamic 103', 'dynamic 104', 'dynamic 105', 'dynamic 110']);
    expect(rule(s, '1030')).toMatchObject({ action: 'permit', log: false, implicit: false, provenance: { line: lineOf(text, 'ip filter 1030 ') } });
    expect(rule(s, '1030').display).toEqual({ inInterfaces: ['lan1'], outInterfaces: [], sources: ['192.168.10.0/24,192.168.11.0/24'], destinations: ['*'], services: ['tcp * www,https,smtp,submission,pop3'] });
    expect(rule(s, '2000')).toMatchObject({ action: 'deny', log: true });
    expect(rule(s, 'dynamic 101')).toMatchObject({ action: 'permit', provenance: { line: lineOf(text, 'ip filter dynamic 101 ') } });
    expect(stage(d, 'lan1 secure filter out')).toMatchObject({ outInterfaces: ['lan1'], header: 'translated' });
    // The stages of one device: masquerade refusals, IN lists, rebound, OUT lists.
    expect(d.filters.map((x) => x.name)).toEqual([
      'lan1 secure filter in',
      'lan1/1 secure filter in',
      'pp1 secure filter in',
      'pp2 secure filter in',
      'tunnel1 secure filter in',
      'lan1/1 rebound off',
      'pp1 rebound off',
      'pp2 rebound off',
      'pp-anonymous rebound off',
      'lan1 secure filter out',
      'pp1 secure filter out',
    ]);
  });

  it('filters nothing where no list is bound: an RTX interface passes everything by default', () => {
    const d = device('ip lan1 address 10.0.0.1/24', 'ip lan2 address 10.0.1.1/24', 'ip lan2 secure filter in 1', 'ip filter 1 pass * *');
    expect(d.filters.map((s) => s.name)).toEqual(['lan2 secure filter in']);
  });

  it('decides first match in list order, whatever the numbers; no match is discarded', () => {
    const d = device('ip lan1 address 10.0.0.1/24', 'ip lan1 secure filter in 20 10', 'ip filter 10 pass 10.0.0.0/24 *', 'ip filter 20 reject 10.0.0.5 *');
    const s = stage(d, 'lan1 secure filter in');
    expect(verdict(s, pkt('10.0.0.5', '8.8.8.8', 'udp', 53))).toBe('deny 20');
    expect(verdict(s, pkt('10.0.0.6', '8.8.8.8', 'udp', 53))).toBe('permit 10');
    expect(verdict(s, pkt('10.9.0.6', '8.8.8.8', 'udp', 53))).toBe('default deny');
  });

  it('applies port columns to TCP and UDP only: other protocols of `*` match whatever the ports say', () => {
    const d = device('ip lan1 address 10.0.0.1/24', 'ip lan1 secure filter in 1 2 3 4', 'ip filter 1 reject * * * * 135', 'ip filter 2 reject * * udp,tcp 137-139 *', 'ip filter 3 pass * * tcp * www', 'ip filter 4 pass * * icmp,tcp * 443');
    const s = stage(d, 'lan1 secure filter in');
    expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'tcp', 135))).toBe('deny 1');
    expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'udp', 135))).toBe('deny 1');
    expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'icmp', 8))).toBe('deny 1');
    expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'gre'))).toBe('deny 1');
    expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'tcp', 80, 138))).toBe('deny 2');
    expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'tcp', 80, 40000))).toBe('permit 3');
    expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'tcp', 8080))).toBe('default deny');
    expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'tcp', 443))).toBe('permit 4');
  });

  it('reads the port columns of `icmp` alone as ICMP type and code; icmp-error and icmp-info are type groups', () => {
    const d = device('ip lan1 address 10.0.0.1/24', 'ip lan1 secure filter in 1 2 3', 'ip filter 1 pass * * icmp 8 0', 'ip filter 2 reject * * icmp-error', 'ip filter 3 pass * * icmp-info');
    const s = stage(d, 'lan1 secure filter in');
    // pkt(…, 'icmp', type, code)
    expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'icmp', 8, 0))).toBe('permit 1');
    expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'icmp', 8, 1))).toBe('permit 3');
    for (const t of [3, 4, 5, 11, 12, 31, 32]) expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'icmp', t, 0)), `type ${t}`).toBe('deny 2');
    for (const t of [0, 9, 10, 13, 18, 30, 33, 36]) expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'icmp', t, 0)), `type ${t}`).toBe('permit 3');
    expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'icmp', 40, 0))).toBe('default deny');
  });

  it('matches what can open a flow: established, tcpfin and tcprst never do, tcpsyn and SYN-alone flag forms always do', () => {
    const d = device('ip lan1 address 10.0.0.1/24', 'ip lan1 secure filter in 1 2 3 4 5 6 7', 'ip filter 1 reject * * established', 'ip filter 2 reject * * tcpfin', 'ip filter 3 reject * * tcprst', 'ip filter 4 reject * * tcpflag=0x0010/0x0010', 'ip filter 5 pass * * tcpflag!=0x0002/0x0012 * 25', 'ip filter 6 pass * * tcpflag=0x0002/0x0012 * 22', 'ip filter 7 pass * * tcpsyn * 80');
    const s = stage(d, 'lan1 secure filter in');
    expect(['1', '2', '3', '4', '5'].map((id) => rule(s, id).terms.length === 0 || !ruleMatches(rule(s, id), pkt('10.0.0.5', '10.1.0.1', 'tcp', 25)))).toEqual([true, true, true, true, true]);
    expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'tcp', 22))).toBe('permit 6');
    expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'tcp', 80))).toBe('permit 7');
    expect(verdict(s, pkt('10.0.0.5', '10.1.0.1', 'tcp', 25))).toBe('default deny');
  });

  it('matches every address form exactly: patterns, open ranges, lists; protocols by number', () => {
    const d = device('ip lan1 address 10.0.0.1/24', 'ip lan1 secure filter in 1 2 3 4', 'ip filter 1 pass 10.1.*.10 * 47', 'ip filter 2 pass -10.0.0.9 * 50', 'ip filter 3 pass 10.0.0.200- * 51', 'ip filter 4 pass 10.0.0.20,10.0.0.30-10.0.0.31 * gre');
    const s = stage(d, 'lan1 secure filter in');
    expect(verdict(s, pkt('10.1.77.10', '8.8.8.8', 'gre'))).toBe('permit 1');
    expect(verdict(s, pkt('10.1.77.11', '8.8.8.8', 'gre'))).toBe('default deny');
    expect(verdict(s, pkt('10.0.0.9', '8.8.8.8', 'esp'))).toBe('permit 2');
    expect(verdict(s, pkt('10.0.0.10', '8.8.8.8', 'esp'))).toBe('default deny');
    expect(verdict(s, pkt('10.0.0.200', '8.8.8.8', 'ah'))).toBe('permit 3');
    expect(verdict(s, pkt('10.0.0.31', '8.8.8.8', 'gre'))).toBe('permit 4');
    expect(verdict(s, pkt('10.0.0.32', '8.8.8.8', 'gre'))).toBe('default deny');
  });

  it('treats restrict as pass, FQDNs as every address in a pass and none in a reject, and skips unknown or unreadable filters', () => {
    const d = device('ip lan1 address 10.0.0.1/24', 'ip lan1 secure filter in 9 1 2 3 4', 'ip filter 1 restrict * * udp * ntp', 'ip filter 2 reject * ads.example.com', 'ip filter 3 pass * update.example.jp tcp * https', 'ip filter 4 pass 10.0.0.300 *');
    const s = stage(d, 'lan1 secure filter in');
    expect(rule(s, '9')).toMatchObject({ terms: [], comment: 'undefined filter: matches nothing' });
    expect(rule(s, '4').terms).toEqual([]);
    expect(verdict(s, pkt('10.0.0.5', '1.1.1.1', 'udp', 123))).toBe('permit 1');
    expect(verdict(s, pkt('10.0.0.5', '1.1.1.1', 'tcp', 443))).toBe('permit 3');
    expect(verdict(s, pkt('10.0.0.5', '1.1.1.1', 'tcp', 80))).toBe('default deny');
  });

  it('lets dynamic filters permit only what no static filter decided; `www` opens 80 and 443; `filter N` takes N\'s services, not its addresses', () => {
    const d = device(
      'ip lan1 address 10.0.0.1/24',
      'ip lan1 secure filter out 10 dynamic 100 101 102',
      'ip filter 10 reject * * tcp * 445',
      'ip filter 20 pass 192.0.2.1 192.0.2.2 udp * 1812',
      'ip filter dynamic 100 * * www',
      'ip filter dynamic 101 10.0.0.0/8 * filter 20',
      'ip filter dynamic 102 * * ping',
    );
    const s = stage(d, 'lan1 secure filter out');
    expect(verdict(s, pkt('10.9.0.5', '1.1.1.1', 'tcp', 445))).toBe('deny 10');
    expect(verdict(s, pkt('10.9.0.5', '1.1.1.1', 'tcp', 80))).toBe('permit dynamic 100');
    expect(verdict(s, pkt('10.9.0.5', '1.1.1.1', 'tcp', 443))).toBe('permit dynamic 100');
    expect(verdict(s, pkt('10.9.0.5', '1.1.1.1', 'udp', 1812))).toBe('permit dynamic 101');
    expect(verdict(s, pkt('172.16.0.5', '1.1.1.1', 'udp', 1812))).toBe('default deny');
    expect(verdict(s, pkt('10.9.0.5', '1.1.1.1', 'icmp', 8, 0))).toBe('permit dynamic 102');
    expect(verdict(s, pkt('10.9.0.5', '1.1.1.1', 'tcp', 22))).toBe('default deny');
  });

  it('binds a filter set by name per direction; an undefined set filters nothing', () => {
    const d = device('ip lan1 address 10.0.0.1/24', 'ip lan2 address 10.0.1.1/24', 'ip filter set guard in 1', 'ip filter 1 pass * * tcp * 22', 'ip lan1 secure filter name guard', 'ip lan2 secure filter name nothing');
    expect(d.filters.map((s) => [s.name, s.rules.map((r) => r.id)])).toEqual([['lan1 secure filter in', ['1']]]);
  });

  it('discards packets sent back out a pp interface (rebound is off there by default) and where `rebound off` says so', () => {
    const d = device('ip lan1 address 10.0.0.1/24', 'ip lan1 rebound off', 'ip lan2 address 10.0.1.1/24', 'ip lan2 rebound on', 'pp select 1', ' ip pp address 10.0.2.1/30', ' pp enable 1', 'pp select none', 'ip routing off');
    expect(d.filters.map((s) => [s.name, s.inInterfaces, s.outInterfaces, s.defaultAction])).toEqual([
      ['ip routing off', undefined, undefined, 'deny'],
      ['lan1 rebound off', ['lan1'], ['lan1'], 'deny'],
      ['pp1 rebound off', ['pp1'], ['pp1'], 'deny'],
    ]);
  });
});

describe('conversion: NAT descriptors', () => {
  const nat = device(
    'ip lan1 address 10.0.0.1/24',
    'ip lan2 address 203.0.113.2/29',
    'ip lan2 nat descriptor 1',
    'nat descriptor type 1 masquerade',
    'nat descriptor address outer 1 primary',
    'nat descriptor address inner 1 10.0.0.0-10.0.0.127',
    'nat descriptor static 1 1 203.0.113.4=10.0.0.40 2',
    'nat descriptor masquerade static 1 1 10.0.0.25 tcp smtp',
    'nat descriptor masquerade static 1 2 10.0.0.26 tcp 8443=443',
    'nat descriptor masquerade static 1 3 10.0.0.1 esp',
  );

  it('maps the outer side back on entering the interface: static NAT by offset, static masquerade to host and port', () => {
    expect(nat.destinationNat.map((n) => [n.id, n.inInterfaces, n.provenance.line])).toEqual([
      ['nat 1 static 1', ['lan2'], 8],
      ['nat 1 masquerade static 1', ['lan2'], 9],
      ['nat 1 masquerade static 2', ['lan2'], 10],
      ['nat 1 masquerade static 3', ['lan2'], 11],
    ]);
    const [st, smtp, https, esp] = nat.destinationNat;
    const through = (n: typeof st, p: ReturnType<typeof pkt>) => (n!.match.contains(p) ? applyToPacket(n!.translate, p) : undefined);
    expect(through(st, pkt('8.8.8.8', '203.0.113.5', 'udp', 53))?.dst.value).toBe(v4('10.0.0.41'));
    expect(through(st, pkt('8.8.8.8', '203.0.113.6', 'udp', 53))).toBeUndefined();
    expect(through(smtp, pkt('8.8.8.8', '203.0.113.2', 'tcp', 25))?.dst.value).toBe(v4('10.0.0.25'));
    expect(through(smtp, pkt('8.8.8.8', '203.0.113.2', 'tcp', 26))).toBeUndefined();
    expect(through(https, pkt('8.8.8.8', '203.0.113.2', 'tcp', 8443))).toMatchObject({ dst: { value: v4('10.0.0.26') }, dstPort: 443 });
    expect(through(https, pkt('8.8.8.8', '203.0.113.2', 'tcp', 443))).toBeUndefined();
    expect(through(esp, pkt('8.8.8.8', '203.0.113.2', 'esp'))?.dst.value).toBe(v4('10.0.0.1'));
  });

  it('refuses from outside what reaches the masquerade address without an entry (incoming reject, the default)', () => {
    const s = stage(nat, 'nat descriptor 1 incoming reject on lan2');
    expect(s).toMatchObject({ inInterfaces: ['lan2'], header: 'original', defaultAction: 'permit' });
    const r = rule(s, 'nat 1 incoming reject');
    expect(r).toMatchObject({ action: 'deny', implicit: true, provenance: prov(5) });
    expect(r.terms[0]!.dnat).toBe('untranslated');
    expect(r.terms[0]!.packets.contains(pkt('8.8.8.8', '203.0.113.2', 'tcp', 22))).toBe(true);
    expect(r.terms[0]!.packets.contains(pkt('8.8.8.8', '203.0.113.3', 'tcp', 22))).toBe(false);
  });

  it('translates sources leaving the interface: static NAT, static masquerade, then masquerade of the inner space', () => {
    expect(nat.sourceNat.map((n) => [n.id, n.outInterfaces, n.pool?.toString()])).toEqual([
      ['nat 1 static 1', ['lan2'], '203.0.113.4/31'],
      ['nat 1 masquerade static 1', ['lan2'], '203.0.113.2'],
      ['nat 1 masquerade static 2', ['lan2'], '203.0.113.2'],
      ['nat 1 masquerade static 3', ['lan2'], '203.0.113.2'],
      ['nat 1 masquerade', ['lan2'], '203.0.113.2'],
    ]);
    const masq = nat.sourceNat[4]!;
    expect(masq.match.contains(pkt('10.0.0.100', '8.8.8.8', 'tcp', 443))).toBe(true);
    expect(masq.match.contains(pkt('10.0.0.200', '8.8.8.8', 'tcp', 443))).toBe(false);
  });

  it('passes unmatched packets with `through` except TCP to ports 0-1023, and sends them to a host with `forward`', () => {
    const through = device('ip lan2 address 203.0.113.2/29', 'ip lan2 nat descriptor 1', 'nat descriptor type 1 masquerade', 'nat descriptor address outer 1 primary', 'nat descriptor masquerade incoming 1 through');
    const r = rule(stage(through, 'nat descriptor 1 incoming through on lan2'), 'nat 1 incoming through');
    expect(ruleMatches(r, pkt('8.8.8.8', '203.0.113.2', 'tcp', 1023))).toBe(true);
    expect(ruleMatches(r, pkt('8.8.8.8', '203.0.113.2', 'tcp', 1024))).toBe(false);
    expect(ruleMatches(r, pkt('8.8.8.8', '203.0.113.2', 'udp', 53))).toBe(false);
    const forward = device('ip lan2 address 203.0.113.2/29', 'ip lan2 nat descriptor 1', 'nat descriptor type 1 masquerade', 'nat descriptor address outer 1 203.0.113.3', 'nat descriptor masquerade incoming 1 forward 10.0.0.9');
    expect(forward.filters).toEqual([]);
    expect(forward.destinationNat.map((n) => n.id)).toEqual(['nat 1 incoming forward']);
    expect(applyToPacket(forward.destinationNat[0]!.translate, pkt('8.8.8.8', '203.0.113.3', 'tcp', 80)).dst.value).toBe(v4('10.0.0.9'));
  });

  it('uses the outer range for dynamic NAT, nothing for type none, and the pp address for ipcp', () => {
    const d = device(
      'ip lan1 address 203.0.113.2/29',
      'ip lan1 nat descriptor 1 2',
      'nat descriptor type 1 nat',
      'nat descriptor address outer 1 203.0.113.3-203.0.113.6',
      'nat descriptor type 2 none',
      'pp select 1',
      ' ip pp address 198.51.100.7/32',
      ' ip pp nat descriptor 3',
      ' pp enable 1',
      'pp select none',
      'nat descriptor type 3 masquerade',
    );
    expect(d.sourceNat.map((n) => [n.id, n.pool?.toString()])).toEqual([
      ['nat 1 nat', '203.0.113.3-203.0.113.6'],
      ['nat 3 masquerade', '198.51.100.7'],
    ]);
    expect(d.filters.map((s) => s.name)).toEqual(['nat descriptor 3 incoming reject on pp1', 'pp1 rebound off']);
  });
});

describe('conversion: routes', () => {
  const text = fixtureText('rtx830-shisho');
  const d = onlyDevice(parseFixture('rtx830-shisho'));

  it('gives one route per gateway: addresses, interfaces, discard; equal cost among gateways', () => {
    expect(d.routes.map((r) => [r.id, r.gateway?.value, r.interface, r.discard, r.distance, r.priority, r.enabled])).toEqual([
      ['0.0.0.0/0', undefined, 'pp1', false, 1, 0, true],
      ['10.0.0.0/8', undefined, 'tunnel1', false, 1, 0, true],
      ['10.0.0.0/8 gateway 2', undefined, 'tunnel2', false, 1, 0, true],
      ['10.200.0.0/16', undefined, 'tunnel1', false, 1, 0, true],
      ['10.200.0.0/16 gateway 2', undefined, 'tunnel2', false, 1, 0, true],
      ['172.31.0.0/16', undefined, undefined, true, 1, 0, true],
      ['192.168.77.0/24', v4('192.168.10.254'), undefined, false, 1, 0, true],
      ['192.168.78.0/24', undefined, 'pp2', false, 1, 0, true],
    ]);
    expect(d.routes[0]!.provenance.line).toBe(lineOf(text, 'ip route default'));
  });

  it('keeps a replaced route disabled, and routes `dhcp IF` out of IF without a gateway', () => {
    const x = device('ip lan2 address dhcp', 'ip route default gateway dhcp lan2', 'ip route 10.0.0.0/8 gateway 192.0.2.1', 'ip route 10.0.0.0/8 gateway 192.0.2.2');
    expect(x.routes.map((r) => [r.id, r.interface, r.gateway?.value, r.enabled])).toEqual([
      ['0.0.0.0/0', 'lan2', undefined, true],
      ['10.0.0.0/8 (line 4)', undefined, v4('192.0.2.1'), false],
      ['10.0.0.0/8', undefined, v4('192.0.2.2'), true],
    ]);
  });
});

describe('conversion: management plane and accounts', () => {
  it('applies the defaults: TELNET from anywhere, HTTP from the LAN side, no SSH, ping answered', () => {
    const d = device('ip lan1 address 10.0.0.1/24', 'ip lan2 address 203.0.113.2/29', 'pp select 1', ' ip pp address 198.51.100.7/32', 'pp select none');
    expect(d.management.map((m) => [m.service, m.secure, m.sources?.toString() ?? 'any', m.interface])).toEqual([
      ['telnet', false, 'any', undefined],
      ['http', false, '10.0.0.1-10.0.0.254, 203.0.113.1-203.0.113.6', undefined],
      ['ping', true, 'any', undefined],
    ]);
    expect(d.management[0]!.packets.toString()).toBe('tcp/23');
    expect(d.management[2]!.packets.toString()).toBe('icmp/8');
  });

  it('follows service switches, listen ports and host lists: addresses, ranges, interfaces (their hosts), lan, none', () => {
    const d = device(
      'ip lan1 address 10.0.0.1/24',
      'ip lan2 address 10.0.1.1/30',
      'telnetd service off',
      'httpd host none',
      'httpd listen 8080',
      'sshd service on',
      'sshd listen 10022',
      'sshd host lan2 192.168.5.5 192.168.6.1-192.168.6.9',
      'tftp host lan',
      'snmp host 10.0.0.20 community1',
      'snmpv3 host any user 1',
      'ip icmp echo-reply send off',
    );
    expect(d.management.map((m) => [m.service, m.packets.toString(), m.secure, m.sources?.toString() ?? 'any'])).toEqual([
      ['ssh', 'tcp/10022', true, '10.0.1.1-10.0.1.2, 192.168.5.5, 192.168.6.1-192.168.6.9'],
      ['tftp', 'udp/69', false, '10.0.0.1-10.0.0.254, 10.0.1.1-10.0.1.2'],
      ['snmp', 'udp/161', false, '10.0.0.20'],
      ['snmpv3', 'udp/161', true, 'any'],
    ]);
  });

  it('keeps login users with the hosts their attributes allow, and never a password', () => {
    const d = onlyDevice(parseFixture('rtx830-shisho'));
    expect(d.admins.map((a) => [a.name, a.trustedHosts?.toString()])).toEqual([
      ['shisho-admin', '192.168.10.0/24'],
      ['helpdesk', '192.168.10.1-192.168.10.254, 192.168.11.1-192.168.11.254'],
    ]);
  });
});

describe('conversion: objects and references', () => {
  it('defines every filter, dynamic filter, set, descriptor and pp/tunnel interface, and records each use', () => {
    const d = onlyDevice(parseFixture('rtx3500-honcho'));
    const kinds = (k: string) => d.objects.filter((o) => o.kind === k).length;
    expect(kinds('acl')).toBeGreaterThan(300);
    expect(d.objects.filter((o) => o.kind === 'ip-pool').map((o) => o.name)).toEqual(['nat descriptor 1000']);
    expect(kinds('interface')).toBe(61);
    expect(d.references.filter((r) => !r.resolved)).toEqual([]);
    expect(d.references.some((r) => r.name === 'ip filter set servers' && r.usedBy === 'lan4 secure filter name')).toBe(true);
    expect(d.references.some((r) => r.name === 'tunnel60' && r.kind === 'interface')).toBe(true);
  });
});
