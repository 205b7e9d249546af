import { describe, expect, it } from 'vitest';
import { readExtendedEntry, readStandardEntry } from '../../../parsers/ios/acl-entry.js';
import { v4 } from './helpers.js';

const ext = (line: string) => readExtendedEntry({ words: line.split(' '), start: 0, seq: 10, line: 1, remarks: [] });
const std = (line: string) => readStandardEntry({ words: line.split(' '), start: 0, seq: 10, line: 1, remarks: [] });
const entry = (r: ReturnType<typeof ext>) => {
  if ('error' in r) throw new Error(r.error);
  return r.entry;
};

describe('ACL entry syntax', () => {
  it('reads standard entries: any, host, a bare address, address and wildcard, log', () => {
    expect(entry(std('permit any')).source).toEqual({ kind: 'any' });
    expect(entry(std('deny host 10.1.1.1 log'))).toMatchObject({ action: 'deny', source: { kind: 'host', address: { value: v4('10.1.1.1') } }, log: true });
    expect(entry(std('permit 10.1.1.1')).source).toEqual({ kind: 'host', address: { family: 4, value: v4('10.1.1.1') } });
    expect(entry(std('permit 10.1.0.0 0.0.255.255')).source).toEqual({ kind: 'wildcard', base: v4('10.1.0.0'), wildcard: v4('0.0.255.255') });
  });

  it('reads port operators with numbers and IOS names, per protocol', () => {
    expect(entry(ext('permit tcp any any eq www 443 ftp')).destinationPorts).toEqual({ op: 'eq', ports: [80, 443, 21] });
    expect(entry(ext('permit udp any any eq domain snmp ntp tftp')).destinationPorts).toEqual({ op: 'eq', ports: [53, 161, 123, 69] });
    expect(entry(ext('permit tcp any eq bgp any')).sourcePorts).toEqual({ op: 'eq', ports: [179] });
    expect(entry(ext('permit tcp any any neq telnet')).destinationPorts).toEqual({ op: 'neq', ports: [23] });
    expect(entry(ext('permit tcp any any lt 1024')).destinationPorts).toEqual({ op: 'lt', ports: [1024] });
    expect(entry(ext('permit udp any any gt 1023')).destinationPorts).toEqual({ op: 'gt', ports: [1023] });
    expect(entry(ext('permit tcp any any range ftp-data ftp')).destinationPorts).toEqual({ op: 'range', ports: [20, 21] });
    // "snmp" is a UDP name only; "www" a TCP name only.
    expect('error' in ext('permit tcp any any eq snmp')).toBe(true);
    expect('error' in ext('permit udp any any eq www')).toBe(true);
    expect(ext('permit tcp any any range 200 100')).toMatchObject({ kind: 'invalid' });
  });

  it('reads ICMP types and codes by number and by name', () => {
    expect(entry(ext('permit icmp any any echo')).icmp).toEqual({ type: 8 });
    expect(entry(ext('permit icmp any any port-unreachable')).icmp).toEqual({ type: 3, code: 3 });
    expect(entry(ext('permit icmp any any 3 4')).icmp).toEqual({ type: 3, code: 4 });
    expect(entry(ext('permit icmp any any 11 log')).icmp).toEqual({ type: 11 });
    expect(entry(ext('permit icmp any any')).icmp).toBeUndefined();
  });

  it('reads protocols by keyword, by number and as a service object-group', () => {
    expect(entry(ext('permit gre host 1.1.1.1 host 2.2.2.2')).protocol).toEqual({ kind: 'number', protocol: 47, keyword: 'gre' });
    expect(entry(ext('permit ahp any any')).protocol).toMatchObject({ protocol: 51 });
    expect(entry(ext('permit 112 any any')).protocol).toMatchObject({ protocol: 112 });
    expect(entry(ext('permit object-group SVC object-group SRC any')).protocol).toEqual({ kind: 'group', name: 'SVC' });
    expect(entry(ext('permit object-group SVC object-group SRC any')).source).toEqual({ kind: 'group', name: 'SRC' });
  });

  it('reads options: established, fragments, log cookies, time ranges and unmodelled qualifiers', () => {
    expect(entry(ext('permit tcp any any established'))).toMatchObject({ established: true, log: false });
    expect(entry(ext('permit tcp any any ack'))).toMatchObject({ established: true });
    expect(entry(ext('deny ip any any fragments'))).toMatchObject({ fragments: true });
    expect(entry(ext('deny ip any any log-input'))).toMatchObject({ log: true });
    expect(entry(ext('deny ip any any log DENY-COOKIE'))).toMatchObject({ log: true, unmodelled: [] });
    expect(entry(ext('permit tcp any any eq 22 time-range WORK'))).toMatchObject({ timeRange: 'WORK' });
    expect(entry(ext('permit ip any any dscp ef precedence 5')).unmodelled).toEqual(['dscp ef', 'precedence 5']);
    expect(entry(ext('permit tcp any any match-all +syn -ack')).unmodelled).toEqual(['match-all +syn -ack']);
  });

  it('keeps the columns as written for display', () => {
    expect(entry(ext('permit tcp 10.0.0.0 0.0.0.255 eq 1024 host 10.1.1.1 range 80 90')).display).toEqual({
      source: '10.0.0.0 0.0.0.255',
      destination: 'host 10.1.1.1',
      service: 'tcp from eq 1024 range 80 90',
    });
  });

  it('refuses what IOS refuses, saying whether the syntax or the value is wrong', () => {
    expect(ext('permit tcp any')).toMatchObject({ kind: 'unrecognized' });
    expect(ext('allow ip any any')).toMatchObject({ kind: 'unrecognized' });
    expect(ext('permit ip 10.0.0.0 any')).toMatchObject({ kind: 'invalid' });
    expect(ext('permit ip 10.0.0.0 0.0.0.256 any')).toMatchObject({ kind: 'invalid', error: 'bad wildcard mask "0.0.0.256"' });
    expect(ext('permit ip 10.0.0.999 0.0.0.255 any')).toMatchObject({ kind: 'invalid' });
    expect(ext('permit ip host nowhere any')).toMatchObject({ kind: 'invalid' });
    expect(ext('permit foo any any')).toMatchObject({ kind: 'unrecognized' });
    expect(ext('permit ip any any bogus')).toMatchObject({ kind: 'unrecognized' });
  });
});
