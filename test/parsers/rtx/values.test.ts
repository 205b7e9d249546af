import { describe, expect, it } from 'vitest';
import { parseAddressSpec } from '../../../parsers/rtx/address-spec.js';
import { parseMask } from '../../../parsers/rtx/ipv4-values.js';
import { parsePortSpec } from '../../../parsers/rtx/port-spec.js';
import { parseProtocolSpec } from '../../../parsers/rtx/protocol-spec.js';
import { v4 } from './helpers.js';

const value = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('address columns', () => {
  it('reads *, hosts, masks in bits, dotted and hexadecimal, ranges and open ranges', () => {
    expect(value(parseAddressSpec('*'))).toMatchObject({ any: true, ranges: [] });
    expect(value(parseAddressSpec('10.1.2.3')).ranges).toEqual([[v4('10.1.2.3'), v4('10.1.2.3')]]);
    expect(value(parseAddressSpec('10.1.2.0/24')).ranges).toEqual([[v4('10.1.2.0'), v4('10.1.2.255')]]);
    expect(value(parseAddressSpec('10.1.2.0/255.255.255.128')).ranges).toEqual([[v4('10.1.2.0'), v4('10.1.2.127')]]);
    expect(value(parseAddressSpec('10.0.0.0/0xff000000')).ranges).toEqual([[v4('10.0.0.0'), v4('10.255.255.255')]]);
    expect(value(parseAddressSpec('10.1.2.77/24')).ranges).toEqual([[v4('10.1.2.0'), v4('10.1.2.255')]]);
    expect(value(parseAddressSpec('10.1.2.10-10.1.2.20')).ranges).toEqual([[v4('10.1.2.10'), v4('10.1.2.20')]]);
    expect(value(parseAddressSpec('-10.0.0.9')).ranges).toEqual([[0, v4('10.0.0.9')]]);
    expect(value(parseAddressSpec('10.0.0.9-')).ranges).toEqual([[v4('10.0.0.9'), 0xffffffff]]);
  });

  it('reads comma lists and `*` octets: trailing ones as a prefix, others as a pattern', () => {
    const list = value(parseAddressSpec('192.168.0.0/16,172.16.0.0/12,10.0.0.1'));
    expect(list.ranges).toHaveLength(3);
    expect(value(parseAddressSpec('192.168.1.*')).ranges).toEqual([[v4('192.168.1.0'), v4('192.168.1.255')]]);
    expect(value(parseAddressSpec('10.*.*.*')).ranges).toEqual([[v4('10.0.0.0'), v4('10.255.255.255')]]);
    expect(value(parseAddressSpec('10.1.*.10')).patterns).toEqual([[10, 1, null, 10]]);
  });

  it('keeps FQDNs, @applications, map-e and hb46pp as unresolved rather than guessing', () => {
    expect(value(parseAddressSpec('www.example.jp,*.ads.example.com,@m365,map-e,10.0.0.1'))).toMatchObject({
      unresolved: ['www.example.jp', '*.ads.example.com', '@m365', 'map-e'],
      ranges: [[v4('10.0.0.1'), v4('10.0.0.1')]],
    });
  });

  it('refuses addresses that only look like addresses', () => {
    for (const bad of ['10.0.0.256', '10.0.0', '10.0.0.1/33', '10.0.0.1/255.0.255.0', '10.0.0.9-10.0.0.1', '-', '10.0.0.1,', '10.0.*.x']) {
      expect(parseAddressSpec(bad).ok, bad).toBe(false);
    }
  });

  it('reads masks in every form and refuses non-contiguous ones', () => {
    expect([parseMask('24'), parseMask('255.255.240.0'), parseMask('0xfffffffc'), parseMask('0'), parseMask('32')]).toEqual([24, 20, 30, 0, 32]);
    expect([parseMask('33'), parseMask('255.0.255.0'), parseMask('0x123'), parseMask('abc')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('port columns', () => {
  it('reads numbers, mnemonics, ranges with either end open and lists', () => {
    expect(value(parsePortSpec('*', false))).toMatchObject({ any: true });
    expect(value(parsePortSpec('www,https,smtp,submission', false)).ranges).toEqual([[80, 80], [443, 443], [25, 25], [587, 587]]);
    expect(value(parsePortSpec('ftp', false)).ranges).toEqual([[20, 21]]);
    expect(value(parsePortSpec('netbios_ns-netbios_ssn', false)).ranges).toEqual([[137, 139]]);
    expect(value(parsePortSpec('-1023', false)).ranges).toEqual([[0, 1023]]);
    expect(value(parsePortSpec('1024-', false)).ranges).toEqual([[1024, 65535]]);
    expect(value(parsePortSpec('8080-8090,22', false)).ranges).toEqual([[8080, 8090], [22, 22]]);
  });

  it('reads ICMP type and code columns as numbers 0-255 only', () => {
    expect(value(parsePortSpec('8', true)).ranges).toEqual([[8, 8]]);
    expect(value(parsePortSpec('0-8', true)).ranges).toEqual([[0, 8]]);
    expect(parsePortSpec('www', true).ok).toBe(false);
    expect(parsePortSpec('300', true).ok).toBe(false);
  });

  it('refuses unknown names, out-of-range numbers and reversed ranges', () => {
    for (const bad of ['httpx', '65536', '90-80', '-', 'ssh']) expect(parsePortSpec(bad, false).ok, bad).toBe(false);
  });
});

describe('protocol columns', () => {
  it('reads names, numbers, the special forms and comma lists', () => {
    expect(value(parseProtocolSpec('tcp,udp')).items).toEqual([{ kind: 'number', value: 6 }, { kind: 'number', value: 17 }]);
    expect(value(parseProtocolSpec('gre,esp,ah,47,ipv6,icmp6')).items.map((i) => (i.kind === 'number' ? i.value : i.kind))).toEqual([47, 50, 51, 47, 41, 58]);
    expect(value(parseProtocolSpec('icmp-error,icmp-info,tcpsyn,tcpfin,tcprst,established,*')).items.map((i) => i.kind)).toEqual([
      'icmp-error',
      'icmp-info',
      'tcpsyn',
      'tcpfin',
      'tcprst',
      'established',
      'any',
    ]);
    expect(value(parseProtocolSpec('tcpflag!=0x0010/0x0012')).items).toEqual([{ kind: 'tcpflag', negate: true, value: 0x10, mask: 0x12 }]);
  });

  it('knows when the port columns are ICMP type and code: `icmp` alone', () => {
    expect(value(parseProtocolSpec('icmp')).icmpAlone).toBe(true);
    expect(value(parseProtocolSpec('1')).icmpAlone).toBe(true);
    expect(value(parseProtocolSpec('icmp,tcp')).icmpAlone).toBe(false);
    expect(value(parseProtocolSpec('icmp-error')).icmpAlone).toBe(false);
  });

  it('refuses unknown protocols and malformed flag forms', () => {
    for (const bad of ['foo', '256', 'tcpflag=0x2', 'tcp;udp', '']) expect(parseProtocolSpec(bad).ok, bad).toBe(false);
  });
});
