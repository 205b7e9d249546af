import { describe, expect, it } from 'vitest';
import { parseAddressAndMask, parseIpRange, parsePortRange } from '../../../parsers/fortigate/fortios-values.js';
import { predefinedServiceNames } from '../../../parsers/fortigate/predefined-services.js';
import { ServiceResolver } from '../../../parsers/fortigate/resolve-services.js';
import { SourceText } from '../../../parsers/common/source-text.js';
import type { FgVdom } from '../../../parsers/fortigate/vendor-config.js';
import { WarningSink } from '../../../parsers/fortigate/warnings.js';
import { expandWildcard } from '../../../parsers/fortigate/wildcard.js';
import { PacketSet } from '../../../src/space/packet-set.js';
import { AddressSpace } from '../../../src/space/address-space.js';
import { pkt, v4 } from './helpers.js';

describe('FortiOS value forms', () => {
  it('reads address/mask in the three IPv4 spellings and IPv6 prefixes', () => {
    const expected = { address: { family: 4, value: v4('10.20.255.1') }, prefixLength: 24 };
    expect(parseAddressAndMask(['10.20.255.1', '255.255.255.0'])).toEqual(expected);
    expect(parseAddressAndMask(['10.20.255.1/24'])).toEqual(expected);
    expect(parseAddressAndMask(['10.20.255.1/255.255.255.0'])).toEqual(expected);
    expect(parseAddressAndMask(['2001:db8::1/64'])).toEqual({ address: { family: 6, value: 0x20010db8000000000000000000000001n }, prefixLength: 64 });
  });

  it('refuses non-contiguous masks, bad octets, extra words and oversize prefixes', () => {
    expect(parseAddressAndMask(['10.0.0.1', '255.0.255.0'])).toBeUndefined();
    expect(parseAddressAndMask(['10.0.0.256', '255.255.255.0'])).toBeUndefined();
    expect(parseAddressAndMask(['10.0.0.1', '255.255.255.0', 'x'])).toBeUndefined();
    expect(parseAddressAndMask(['10.0.0.1/33'])).toBeUndefined();
    expect(parseAddressAndMask(['010.0.0.1/8'])).toBeUndefined();
  });

  it('reads ranges, single addresses and subnets as inclusive ranges', () => {
    expect(parseIpRange('203.0.113.4-203.0.113.5')).toEqual({ start: { family: 4, value: v4('203.0.113.4') }, end: { family: 4, value: v4('203.0.113.5') } });
    expect(parseIpRange('10.0.0.7')).toEqual({ start: { family: 4, value: v4('10.0.0.7') }, end: { family: 4, value: v4('10.0.0.7') } });
    expect(parseIpRange('10.0.0.0/30')).toEqual({ start: { family: 4, value: v4('10.0.0.0') }, end: { family: 4, value: v4('10.0.0.3') } });
    expect(parseIpRange('10.0.0.9-10.0.0.1')).toBeUndefined();
  });

  it('reads port ranges within bounds', () => {
    expect(parsePortRange('8000-8010')).toEqual([8000, 8010]);
    expect(parsePortRange('80')).toEqual([80, 80]);
    expect(parsePortRange('90-80')).toBeUndefined();
    expect(parsePortRange('65536')).toBeUndefined();
    expect(parsePortRange('3', 255)).toEqual([3, 3]);
    expect(parsePortRange('1e3')).toBeUndefined();
  });
});

describe('wildcard addresses', () => {
  const contains = (set: ReturnType<typeof expandWildcard>['set'], ip: string) => set.contains(v4(ip));

  it('matches exactly the addresses equal to the base on the mask bits', () => {
    const w = expandWildcard(v4('192.168.0.56'), v4('255.255.0.255'));
    expect(w.widened).toBe(false);
    expect(w.set.rangeCount).toBe(256);
    expect(contains(w.set, '192.168.77.56')).toBe(true);
    expect(contains(w.set, '192.168.77.57')).toBe(false);
    expect(contains(w.set, '192.169.77.56')).toBe(false);
  });

  it('keeps trailing don\'t-care bits as blocks and handles odd masks', () => {
    const odd = expandWildcard(v4('10.1.1.1'), v4('255.255.255.1'));
    expect(odd.set.rangeCount).toBe(128);
    expect(contains(odd.set, '10.1.1.255')).toBe(true);
    expect(contains(odd.set, '10.1.1.254')).toBe(false);
    const contiguous = expandWildcard(v4('10.1.0.0'), v4('255.255.0.0'));
    expect(contiguous.set.rangeCount).toBe(1);
    expect(contiguous.set.bounds).toEqual([v4('10.1.0.0'), v4('10.2.0.0')]);
  });

  it('widens beyond 65536 ranges to a superset', () => {
    const w = expandWildcard(v4('10.0.0.1'), v4('255.0.0.1'));
    expect(w.widened).toBe(true);
    expect(w.exactRanges).toBe(2 ** 23);
    expect(w.set.rangeCount).toBeLessThanOrEqual(65536);
    for (const ip of ['10.0.0.1', '10.255.255.255', '10.77.3.9']) expect(contains(w.set, ip), ip).toBe(true);
    expect(contains(w.set, '11.0.0.1')).toBe(false);
  });
});

describe('FortiOS predefined services', () => {
  const emptyVdom = {
    name: 'root', line: 1, context: '', zones: [], sdwanZones: [], addresses: [], addressGroups: [], services: [], serviceGroups: [], policies: [],
    vips: [], vipGroups: [], otherVips: [], ipPools: [], routes: [], schedules: [], externalResources: [], tunnels: [], centralNat: false,
  } satisfies FgVdom;
  const resolver = new ServiceResolver(emptyVdom, new WarningSink(new SourceText('')));
  const matches = (name: string, protocol: string, port: number, srcPort = 49152) =>
    PacketSet.of(AddressSpace.ANY_V4, AddressSpace.ANY_V4, resolver.services(name)).contains(pkt('10.0.0.1', '10.0.0.2', protocol, port, srcPort));

  it('has every service the brief names', () => {
    const names = new Set(predefinedServiceNames());
    for (const n of ['ALL', 'ALL_TCP', 'ALL_UDP', 'ALL_ICMP', 'ALL_ICMP6', 'HTTP', 'HTTPS', 'SSH', 'TELNET', 'FTP', 'SMTP', 'SMTPS', 'POP3', 'POP3S', 'IMAP', 'IMAPS', 'DNS', 'NTP', 'SNMP', 'SYSLOG', 'SAMBA', 'SMB', 'RDP', 'LDAP', 'LDAP_UDP', 'KERBEROS', 'PING', 'PING6', 'TRACEROUTE', 'MS-SQL', 'MYSQL', 'NFS', 'SIP', 'BGP']) {
      expect(names.has(n), n).toBe(true);
    }
  });

  it('uses the real FortiOS ports', () => {
    expect(matches('ALL', 'gre', 0)).toBe(true);
    expect(matches('ALL_TCP', 'tcp', 1)).toBe(true);
    expect(matches('ALL_TCP', 'tcp', 0)).toBe(false);
    expect(matches('SAMBA', 'tcp', 139)).toBe(true);
    expect(matches('SAMBA', 'tcp', 445)).toBe(false);
    expect(matches('SMB', 'tcp', 445)).toBe(true);
    expect(matches('KERBEROS', 'udp', 464)).toBe(true);
    expect(matches('MS-SQL', 'tcp', 1434)).toBe(true);
    expect(matches('SYSLOG', 'udp', 514)).toBe(true);
    expect(matches('SYSLOG', 'tcp', 514)).toBe(false);
    expect(matches('TRACEROUTE', 'udp', 33500)).toBe(true);
    expect(matches('PING', 'icmp', 8)).toBe(true);
    expect(matches('PING', 'icmp', 0)).toBe(false);
    expect(matches('RLOGIN', 'tcp', 513, 1000)).toBe(true);
    expect(matches('RLOGIN', 'tcp', 513, 2000)).toBe(false);
    expect(matches('Windows AD', 'udp', 389)).toBe(true);
    expect(matches('NO-SUCH', 'tcp', 80)).toBe(false);
  });
});
