import { describe, expect, it } from 'vitest';
import { readAsaConfig } from '../../../parsers/asa/index.js';
import type { AsaAce, AsaObjectNat, AsaTwiceNat } from '../../../parsers/asa/vendor-config.js';
import { fixtureText, lineOf, v4 } from './helpers.js';

/** Extraction alone: the typed ASA configuration, before any conversion. */
describe('extraction: branch firewall', () => {
  const text = fixtureText('asa-branch-fw');
  const { config } = readAsaConfig(text);
  const ace = (acl: string, position: number) => config.accessLists.find((a) => a.name === acl)!.entries.find((e) => e.position === position) as AsaAce;

  it('reads the header, names and completeness', () => {
    expect(config.header).toEqual({ line: lineOf(text, 'ASA Version'), version: '9.12(4)56' });
    expect(config.hostname).toEqual({ name: 'asa-branch-fw', line: lineOf(text, 'hostname ') });
    expect(config.domainName?.name).toBe('branch.example-city.lg.jp');
    expect(config.complete).toBe(true);
    expect(config.names.map((n) => [n.name, n.address.value])).toEqual([
      ['mail-relay', v4('10.50.10.25')],
      ['web-portal', v4('10.50.10.80')],
    ]);
    expect(config.enablePassword).toBe(lineOf(text, 'enable password'));
  });

  it('reads interfaces with nameif, level, addresses, VLAN, parent, state and roles', () => {
    const byHw = new Map(config.interfaces.map((i) => [i.hardware, i]));
    const outside = byHw.get('GigabitEthernet0/0')!;
    expect(outside.nameif?.name).toBe('outside');
    expect(outside.securityLevel).toEqual({ level: 0, line: lineOf(text, 'security-level 0') });
    expect(outside.addresses.map((a) => [a.address.family, a.prefixLength, a.standby !== undefined])).toEqual([
      [4, 29, true],
      [6, 64, false],
    ]);
    expect(outside.addresses[0]!.standby?.value).toBe(v4('203.0.113.3'));
    const inside = byHw.get('GigabitEthernet0/1.110')!;
    expect(inside).toMatchObject({ vlan: 110, parent: 'GigabitEthernet0/1', description: '庁内LAN' });
    expect(byHw.get('GigabitEthernet0/4')!.shutdown).toBe(lineOf(text, 'shutdown', 'interface GigabitEthernet0/4'));
    expect(byHw.get('Management0/0')!.managementOnly).toBe(lineOf(text, 'management-only'));
    expect(byHw.get('Port-channel1')!.nameif?.name).toBe('dmz');
    // Port-channel members and the failover link carry no nameif.
    expect(byHw.get('GigabitEthernet0/2')!.nameif).toBeUndefined();
    expect(byHw.get('GigabitEthernet0/7')!.nameif).toBeUndefined();
  });

  it('reads network and service objects, merging a block reopened for object NAT', () => {
    const obj = new Map(config.networkObjects.map((o) => [o.name, o]));
    expect(obj.get('obj-web-dmz')).toMatchObject({ value: { kind: 'host' }, description: '公開Webサーバー', line: lineOf(text, 'object network obj-web-dmz') });
    expect(obj.get('obj-inside-lan')!.value).toEqual({ kind: 'subnet', cidr: { family: 4, address: v4('10.50.1.0'), prefixLength: 24 } });
    expect(obj.get('obj-pool-public')!.value).toMatchObject({ kind: 'range', first: { value: v4('203.0.113.5') }, last: { value: v4('203.0.113.6') } });
    expect(obj.get('obj-update-server')!.value).toEqual({ kind: 'fqdn', fqdn: 'update.vendor.example.com' });
    expect(config.serviceObjects.find((s) => s.name === 'svc-https')!.service).toEqual({ protocol: 6, destination: { op: 'eq', ports: [443] } });
    expect(config.serviceObjects.find((s) => s.name === 'svc-ntp')!.service).toEqual({ protocol: 17, destination: { op: 'eq', ports: [123] } });
  });

  it('reads object-groups of every type, keeping nesting as names', () => {
    const net = config.networkGroups.find((g) => g.name === 'grp-internal')!;
    expect(net.members.map((m) => m.kind)).toEqual(['group', 'prefix', 'prefix']);
    expect(net.members[2]).toMatchObject({ kind: 'prefix', cidr: { family: 6, prefixLength: 48 } });
    const web = config.serviceGroups.find((g) => g.name === 'grp-web-ports')!;
    expect(web.portProtocol).toBe('tcp');
    expect(web.members).toEqual([
      { kind: 'port', match: { op: 'eq', ports: [80] }, line: lineOf(text, 'port-object eq www') },
      { kind: 'port', match: { op: 'eq', ports: [443] }, line: lineOf(text, 'port-object eq https') },
    ]);
    const dns = config.serviceGroups.find((g) => g.name === 'grp-dns')!;
    expect(dns.portProtocol).toBeUndefined();
    expect(dns.members[0]).toMatchObject({ kind: 'service', service: { protocol: 'tcp-udp', destination: { op: 'eq', ports: [53] } } });
    const infra = config.serviceGroups.find((g) => g.name === 'grp-infra-svc')!;
    expect(infra.members.map((m) => m.kind)).toEqual(['group', 'object', 'service']);
    expect(infra.members[2]).toMatchObject({ service: { protocol: 1, icmpType: 8 } });
    expect(config.protocolGroups[0]!.members.map((m) => m.protocol)).toEqual([50, 51]);
    expect(config.icmpGroups[0]!.members.map((m) => m.type)).toEqual([8, 0]);
    expect(config.timeRanges.map((t) => t.name)).toEqual(['tr-maintenance']);
  });

  it('numbers ACL entries as show access-list does (remarks count) and reads every operand', () => {
    const outsideIn = config.accessLists.find((a) => a.name === 'OUTSIDE_IN')!;
    expect(outsideIn.entries.map((e) => `${e.position}:${e.kind}`)).toEqual(['1:remark', '2:extended', '3:remark', '4:extended', '5:extended', '6:extended', '7:extended', '8:extended', '9:extended']);
    expect(ace('OUTSIDE_IN', 2)).toMatchObject({
      action: 'permit',
      protocol: { kind: 'protocol', protocol: 6 },
      source: { kind: 'any' },
      destination: { kind: 'object', name: 'obj-web-dmz' },
      destinationPort: { kind: 'group', name: 'grp-web-ports' },
      remarks: ['公開Web (DMZ)'],
      log: false,
      inactive: false,
    });
    expect(ace('OUTSIDE_IN', 4)).toMatchObject({ protocol: { kind: 'group', name: 'grp-mail-svc' }, destination: { kind: 'host', address: { value: v4('192.168.50.25') } } });
    // `host web-portal` is a name alias for 10.50.10.80.
    expect(ace('OUTSIDE_IN', 5).destination).toEqual({ kind: 'host', address: { family: 4, value: v4('10.50.10.80') } });
    expect(ace('OUTSIDE_IN', 6)).toMatchObject({ protocol: { kind: 'protocol', protocol: 1 }, icmp: { kind: 'group', name: 'grp-ping' } });
    expect(ace('OUTSIDE_IN', 8)).toMatchObject({ source: { kind: 'any', family: 6 }, destination: { kind: 'prefix', cidr: { family: 6, prefixLength: 48 } } });
    expect(ace('OUTSIDE_IN', 7).destination).toEqual({ kind: 'interface', name: 'outside' });
    expect(ace('DMZ_IN', 4).destinationPort).toEqual({ kind: 'ports', match: { op: 'lt', ports: [1024] } });
    expect(ace('DMZ_IN', 5)).toMatchObject({ sourcePort: { kind: 'ports', match: { op: 'gt', ports: [1023] } }, destinationPort: { kind: 'ports', match: { op: 'neq', ports: [53] } } });
    expect(ace('OUTSIDE_IN', 9)).toMatchObject({ action: 'deny', protocol: { kind: 'protocol', protocol: undefined }, log: true });
    expect(ace('INSIDE_IN', 3)).toMatchObject({ timeRange: 'tr-maintenance', destinationPort: { kind: 'ports', match: { op: 'eq', ports: [22] } } });
    expect(ace('INSIDE_IN', 6)).toMatchObject({ source: { kind: 'any', family: 4 }, inactive: true, log: true });
    expect(ace('OUTSIDE_OUT', 3).destinationPort).toEqual({ kind: 'ports', match: { op: 'range', ports: [135, 139] } });
    expect(config.accessLists.find((a) => a.name === 'SPLIT-TUNNEL')!.entries[0]).toMatchObject({ kind: 'standard', action: 'permit', address: { kind: 'prefix' } });
  });

  it('reads access-groups and same-security-traffic', () => {
    expect(config.accessGroups.map((g) => [g.acl, g.direction, g.interface])).toEqual([
      ['OUTSIDE_IN', 'in', 'outside'],
      ['OUTSIDE_OUT', 'out', 'outside'],
      ['INSIDE_IN', 'in', 'inside'],
      ['GUEST_IN', 'in', 'guest'],
      ['DMZ_IN', 'in', 'dmz'],
    ]);
    expect(config.sameSecurity).toEqual({ inter: lineOf(text, 'same-security-traffic permit inter-interface') });
  });

  it('reads twice NAT and object NAT with their sections, options and services', () => {
    const twice = config.nats.filter((n): n is AsaTwiceNat => n.kind === 'twice');
    expect(twice.map((n) => [n.section, n.realInterface, n.mappedInterface, n.type])).toEqual([
      [1, 'inside', 'outside', 'static'],
      [1, 'servers', 'outside', 'static'],
      [1, 'inside', 'outside', 'static'],
      [3, 'any', 'outside', 'dynamic'],
    ]);
    expect(twice[0]).toMatchObject({
      realSource: { kind: 'object', name: 'obj-inside-lan' },
      mappedSource: { kind: 'object', name: 'obj-inside-lan' },
      destination: { mapped: { kind: 'object', name: 'obj-vpn-remote' }, real: { kind: 'object', name: 'obj-vpn-remote' } },
      options: ['no-proxy-arp', 'route-lookup'],
    });
    expect(twice[3]).toMatchObject({ realSource: { kind: 'any' }, mappedSource: { kind: 'interface' } });
    const objectNat = new Map(config.nats.filter((n): n is AsaObjectNat => n.kind === 'object').map((n) => [n.object, n]));
    expect(objectNat.get('obj-web-dmz')).toMatchObject({ type: 'static', mapped: { kind: 'object', name: 'obj-web-public' }, realInterface: 'dmz', mappedInterface: 'outside' });
    expect(objectNat.get('obj-mail-dmz')).toMatchObject({ mapped: { kind: 'interface' }, service: { protocol: 'tcp', realPort: 25, mappedPort: 25 } });
    expect(objectNat.get('obj-web-portal')!.service).toEqual({ protocol: 'tcp', realPort: 443, mappedPort: 8443 });
    expect(objectNat.get('obj-guest-lan')).toMatchObject({ type: 'dynamic', mapped: { kind: 'object', name: 'obj-pool-public' }, interfaceFallback: true });
    expect(objectNat.get('obj-inside-lan')).toMatchObject({ type: 'dynamic', mapped: { kind: 'interface' }, line: lineOf(text, 'nat (inside,outside) dynamic interface') });
  });

  it('reads routes with ASA default distance 1, management access, ICMP rules and users', () => {
    expect(config.routes.map((r) => [r.interface, r.prefix.prefixLength, r.distance, r.prefix.family])).toEqual([
      ['outside', 0, 1, 6],
      ['outside', 0, 1, 4],
      ['inside', 16, 1, 4],
      ['inside', 16, 10, 4],
      ['outside', 16, 1, 4],
    ]);
    expect(config.httpServer).toEqual({ line: lineOf(text, 'http server enable'), port: 8443 });
    expect(config.managementHosts.map((h) => [h.service, h.interface, h.source.prefixLength])).toEqual([
      ['http', 'management', 24],
      ['http', 'inside', 24],
      ['telnet', 'inside', 32],
      ['ssh', 'inside', 24],
      ['ssh', 'management', 24],
    ]);
    expect(config.icmpRules.map((r) => [r.action, r.source?.prefixLength, r.icmpType, r.interface])).toEqual([
      ['permit', 32, 8, 'outside'],
      ['deny', undefined, 8, 'outside'],
      ['permit', undefined, undefined, 'outside'],
    ]);
    expect(config.users.map((u) => [u.name, u.privilege])).toEqual([
      ['admin', 15],
      ['helpdesk', 5],
      ['vpnuser', 0],
    ]);
  });
});

describe('extraction: security context with a global ACL', () => {
  const text = fixtureText('asa-dmz-ctx');
  const { config } = readAsaConfig(text);

  it('reads the context header and the global binding', () => {
    expect(config.header).toMatchObject({ version: '9.8(4)24', context: 'context' });
    expect(config.accessGroups.find((g) => g.direction === 'global')).toMatchObject({ acl: 'GLOBAL_POLICY', line: lineOf(text, 'access-group GLOBAL_POLICY global') });
    expect(config.sameSecurity).toEqual({ intra: lineOf(text, 'same-security-traffic permit intra-interface') });
  });

  it('keeps identity conditions, log options and ethertype entries', () => {
    const global = config.accessLists.find((a) => a.name === 'GLOBAL_POLICY')!.entries as AsaAce[];
    expect(global.find((e) => e.position === 7)!.identity).toEqual([{ keyword: 'object-group-user', value: 'ADMINS' }]);
    expect(global.find((e) => e.position === 8)).toMatchObject({ action: 'deny', identity: [{ keyword: 'user', value: 'CITY\\\\contractors' }] });
    expect(global.find((e) => e.position === 9)).toMatchObject({ log: true, destination: { kind: 'host' } });
    expect(global.find((e) => e.position === 3)).toMatchObject({ protocol: { kind: 'group', name: 'TCPUDP' }, destinationPort: { kind: 'ports', match: { op: 'eq', ports: [53] } } });
    expect(config.accessLists.find((a) => a.name === 'ETH-FILTER')!.entries[0]!.kind).toBe('ethertype');
  });

  it('reads pat-pool and twice NAT services', () => {
    expect(config.nats[0]).toMatchObject({ kind: 'twice', type: 'dynamic', patPool: 'obj-pat-pool' });
    expect(config.nats[1]).toMatchObject({ kind: 'twice', type: 'static', service: { real: 'svc-ssh-22', mapped: 'svc-ssh-2222' } });
    expect(config.routes[1]).toMatchObject({ distance: 5, track: 1 });
  });
});

describe('extraction: the large export', () => {
  const { config } = readAsaConfig(fixtureText('asa-honcho-fw'));

  it('inserts a twice NAT rule written with a line number at that line of section 1', () => {
    const twice = config.nats.filter((n) => n.kind === 'twice');
    expect(twice.at(-2)).toMatchObject({ position: 1, realInterface: 'servers', realSource: { kind: 'any' } });
  });

  it('holds hundreds of objects and entries', () => {
    expect(config.networkObjects.length).toBeGreaterThan(250);
    expect(config.networkGroups.length).toBeGreaterThan(40);
    const entries = config.accessLists.flatMap((a) => a.entries).filter((e) => e.kind === 'extended');
    expect(entries.length).toBeGreaterThan(400);
    expect(config.nats.length).toBeGreaterThan(40);
    expect(config.interfaces.filter((i) => i.nameif).length).toBe(17);
  });
});
