import { describe, expect, it } from 'vitest';
import { readRtxConfig } from '../../../parsers/rtx/index.js';
import type { RtxConfig, RtxInterface } from '../../../parsers/rtx/vendor-config.js';
import { fixtureText, lineOf, v4 } from './helpers.js';

function read(name: string): { config: RtxConfig; text: string } {
  const text = fixtureText(name);
  return { config: readRtxConfig(text).config, text };
}

const iface = (config: RtxConfig, name: string): RtxInterface => {
  const i = config.interfaces.find((x) => x.name === name);
  if (!i) throw new Error(`no interface ${name}`);
  return i;
};

describe('extraction: branch router (RTX830, TFTP dump)', () => {
  const { config, text } = read('rtx830-shisho');

  it('reads the header and the prompt; RTX has no hostname command', () => {
    expect(config.header).toEqual({ line: 1, model: 'RTX830', revision: '15.02.24' });
    expect(config.prompt).toEqual({ text: '[RTX830-Shisho]', line: lineOf(text, 'console prompt') });
    expect(config.routing).toEqual({ on: true });
  });

  it('reads no unrecognized line from a clean export', () => {
    expect(readRtxConfig(text).warnings.filter((w) => w.kind === 'unrecognized')).toEqual([]);
  });

  it('reads LAN interfaces: primary and secondary addresses, quoted and bare descriptions, tagged VLANs, rebound', () => {
    expect(iface(config, 'lan1')).toMatchObject({
      kind: 'lan',
      description: { text: '支所 庁内LAN', line: lineOf(text, 'description lan1 ') },
      addresses: [
        { address: v4('192.168.10.1'), prefixLength: 24, secondary: false, line: lineOf(text, 'ip lan1 address') },
        { address: v4('192.168.11.1'), prefixLength: 24, secondary: true, line: lineOf(text, 'ip lan1 secondary address') },
      ],
    });
    expect(iface(config, 'lan1/1')).toMatchObject({
      kind: 'tagged-vlan',
      vlanId: { id: 10, line: lineOf(text, 'vlan lan1/1 802.1q vid 10') },
      description: { text: '来庁者Wi-Fi' },
      rebound: { on: false, line: lineOf(text, 'ip lan1/1 rebound off') },
    });
    expect(iface(config, 'lan2')).toMatchObject({ kind: 'lan', addresses: [], description: { text: "FLET'S ONU" } });
  });

  it('reads secure filter lists with their static and dynamic parts, in order', () => {
    expect(iface(config, 'lan1').secureFilterIn).toEqual({
      kind: 'list',
      line: lineOf(text, 'ip lan1 secure filter in'),
      staticFilters: [1020, 1030, 1031, 1032, 2000],
      dynamicFilters: [100, 101, 102, 103, 104, 105, 110],
    });
    expect(iface(config, 'lan1').secureFilterOut).toMatchObject({ staticFilters: [1010, 1011, 3000], dynamicFilters: [] });
  });

  it('reads pp blocks: carrier, address, filters, NAT and enable state; anonymous is its own interface', () => {
    expect(iface(config, 'pp1')).toMatchObject({
      kind: 'pp',
      line: lineOf(text, 'pp select 1'),
      carrier: { text: 'lan2', line: lineOf(text, 'pppoe use lan2') },
      addresses: [],
      description: { text: "FLET'S 光ネクスト" },
      enable: { on: true, line: lineOf(text, ' pp enable 1') },
      nat: { descriptors: [1000], reverse: [], line: lineOf(text, 'ip pp nat descriptor 1000') },
    });
    expect(iface(config, 'pp1').secureFilterOut).toMatchObject({ dynamicFilters: [200080, 200081, 200082, 200083, 200084, 200085, 200098, 200099] });
    expect(iface(config, 'pp2')).toMatchObject({ addresses: [{ address: v4('198.51.100.9'), prefixLength: 30 }], nat: { descriptors: [2000] } });
    expect(iface(config, 'pp2').enable).toBeUndefined();
    expect(iface(config, 'pp-anonymous')).toMatchObject({ carrier: { text: 'tunnel3' }, enable: { on: true } });
  });

  it('reads tunnel blocks: address, filters, enable; IPsec details are not kept', () => {
    expect(iface(config, 'tunnel1')).toMatchObject({
      kind: 'tunnel',
      line: lineOf(text, 'tunnel select 1'),
      addresses: [{ address: v4('10.254.1.2'), prefixLength: 30 }],
      description: { text: '本庁 IPsec 主回線' },
      secureFilterIn: { staticFilters: [3100, 3199] },
      enable: { on: true, line: lineOf(text, 'tunnel enable 1') },
    });
    expect(iface(config, 'tunnel3')).toMatchObject({ enable: { on: true }, addresses: [] });
  });

  it('reads static filters with their typed columns and logging defaults', () => {
    const f = config.staticFilters.get(1032)!;
    expect(f).toMatchObject({ number: 1032, line: lineOf(text, 'ip filter 1032 '), action: 'pass', actionText: 'pass-log', log: true });
    expect(f.source).toMatchObject({ ranges: [[v4('192.168.11.0'), v4('192.168.11.255')]] });
    expect(f.protocol.items).toEqual([{ kind: 'number', value: 6 }, { kind: 'number', value: 17 }]);
    expect(f.sourcePorts.ranges).toEqual([[1024, 65535]]);
    expect(f.destinationPorts.ranges).toEqual([[20, 23], [53, 53], [123, 123]]);
    expect(config.staticFilters.get(2000)).toMatchObject({ action: 'reject', actionText: 'reject-log', log: true });
    expect(config.staticFilters.get(1010)).toMatchObject({ action: 'reject', log: true });
    expect(config.staticFilters.get(3000)).toMatchObject({ action: 'pass', log: false, destination: { any: true }, protocol: { items: [{ kind: 'any' }] } });
    expect(config.staticFilters.get(200027)).toMatchObject({ action: 'restrict', log: true });
    expect(config.staticFilters.get(1041)).toMatchObject({ protocol: { icmpAlone: true }, sourcePorts: { ranges: [[8, 8]] }, destinationPorts: { ranges: [[0, 0]] } });
    expect(config.staticFilters.get(500001)?.source.ranges).toEqual([[0, v4('192.168.10.99')]]);
    expect(config.staticFilters.get(500007)?.destination.unresolved).toEqual(['update.example.jp']);
  });

  it('reads dynamic filters: applications, the `filter … in … out …` form and options', () => {
    expect(config.dynamicFilters.get(101)).toMatchObject({ line: lineOf(text, 'ip filter dynamic 101 '), trigger: { kind: 'application', name: 'www', inert: false } });
    expect(config.dynamicFilters.get(106)?.trigger).toMatchObject({ name: 'https', services: [{ protocol: 6, ranges: [[443, 443]] }] });
    expect(config.dynamicFilters.get(110)).toMatchObject({
      source: { ranges: [[v4('192.168.10.0'), v4('192.168.10.255')]] },
      trigger: { kind: 'filters', filters: [2500], inFilters: [3100], outFilters: [3000] },
    });
  });

  it('reads NAT descriptors: type, outer and inner spaces, static and masquerade entries, incoming action', () => {
    const d = config.natDescriptors.get(1000)!;
    expect(d).toMatchObject({ type: { value: 'masquerade', hairpin: false }, outer: { kind: 'ipcp' }, inner: { auto: true }, incoming: { action: 'reject' } });
    expect(d.masqueradeStatics).toEqual([
      { id: 1, line: lineOf(text, 'masquerade static 1000 1 '), inner: v4('192.168.10.1'), protocol: 17, innerPort: 500 },
      { id: 2, line: lineOf(text, 'masquerade static 1000 2 '), inner: v4('192.168.10.1'), protocol: 50 },
      { id: 3, line: lineOf(text, 'masquerade static 1000 3 '), inner: v4('192.168.10.1'), protocol: 17, innerPort: 4500 },
      { id: 4, line: lineOf(text, 'masquerade static 1000 4 '), inner: v4('192.168.10.30'), protocol: 6, innerPort: 80, outerPort: 8080 },
    ]);
    const n = config.natDescriptors.get(2000)!;
    expect(n).toMatchObject({
      type: { value: 'nat-masquerade' },
      outer: { kind: 'ranges', ranges: [[v4('198.51.100.9'), v4('198.51.100.10')]] },
      inner: { auto: false, ranges: [[v4('192.168.10.1'), v4('192.168.11.254')]] },
      statics: [{ id: 1, outer: v4('198.51.100.10'), inner: v4('192.168.10.30'), count: 1 }],
      incoming: { action: 'forward', forwardTo: v4('192.168.10.31') },
    });
  });

  it('reads routes with every gateway and its parameters', () => {
    const route = (dest: string) => config.routes.find((r) => r.destinationText === dest)!;
    expect(route('default').gateways).toEqual([{ target: { kind: 'interface', name: 'pp1' }, text: 'pp 1', filters: [], dpi: [], hide: false }]);
    expect(route('10.0.0.0/8').gateways.map((g) => [g.text, g.keepalive, g.weight])).toEqual([
      ['tunnel 1', 1, undefined],
      ['tunnel 2', undefined, 0],
    ]);
    expect(route('10.200.0.0/16').gateways[0]!.filters).toEqual([2500]);
    expect(route('172.31.0.0/16').gateways[0]!.target).toEqual({ kind: 'null' });
    expect(route('192.168.77.0/24').gateways[0]).toMatchObject({ target: { kind: 'address', address: v4('192.168.10.254') }, metric: 3 });
    expect(route('192.168.77.0/24').prefix).toEqual({ family: 4, address: v4('192.168.77.0'), prefixLength: 24 });
  });

  it('reads the management plane: services, host lists, listen ports; accounts by name only', () => {
    const m = config.management;
    expect(m.telnetd).toEqual({ service: { on: false, line: lineOf(text, 'telnetd service off') }, hosts: { items: [{ kind: 'interface', name: 'lan1' }], line: lineOf(text, 'telnetd host') } });
    expect(m.sshd).toMatchObject({
      service: { on: true },
      hosts: { items: [{ kind: 'range', first: v4('192.168.10.0'), last: v4('192.168.10.255') }, { kind: 'interface', name: 'lan1/1' }] },
      port: { value: 10022 },
    });
    expect(m.httpd.hosts?.items).toEqual([{ kind: 'interface', name: 'lan1' }]);
    expect(m.tftp.hosts?.items).toEqual([{ kind: 'range', first: v4('192.168.10.20'), last: v4('192.168.10.20') }]);
    expect(m.snmp).toEqual([{ version: 'v1', items: [{ kind: 'range', first: v4('192.168.10.20'), last: v4('192.168.10.20') }], line: lineOf(text, 'snmp host') }]);
    expect(config.loginUsers).toEqual([
      { name: 'shisho-admin', line: lineOf(text, 'login user shisho-admin'), hosts: { items: [{ kind: 'range', first: v4('192.168.10.0'), last: v4('192.168.10.255') }], line: lineOf(text, 'user attribute shisho-admin') } },
      { name: 'helpdesk', line: lineOf(text, 'login user helpdesk'), hosts: { items: [{ kind: 'interface', name: 'lan1' }], line: lineOf(text, 'user attribute helpdesk') } },
    ]);
  });
});

describe('extraction: city hall router (RTX3500, large export)', () => {
  const { config, text } = read('rtx3500-honcho');

  it('reads every VLAN, tunnel and filter', () => {
    expect(config.interfaces.filter((i) => i.kind === 'tagged-vlan')).toHaveLength(30);
    expect(config.interfaces.filter((i) => i.kind === 'tunnel' && i.enable?.on)).toHaveLength(60);
    expect(config.staticFilters.size).toBeGreaterThan(300);
    expect(config.dynamicFilters.size).toBe(13);
    expect(config.routes.length).toBeGreaterThan(60);
  });

  it('reads filter sets and their binding by name', () => {
    const set = config.filterSets.get('servers')!;
    expect(set.in?.filters).toHaveLength(41);
    expect(set.out).toEqual({ filters: [120099], line: lineOf(text, 'ip filter set servers out') });
    expect(config.interfaces.find((i) => i.name === 'lan4')?.secureFilterIn).toEqual({ kind: 'set', name: 'servers', line: lineOf(text, 'ip lan4 secure filter name') });
  });

  it('reads a `*`-octet pattern and TCP flag forms', () => {
    expect(config.staticFilters.get(500005)?.source.patterns).toEqual([[10, 1, null, 10]]);
    expect(config.staticFilters.get(500002)?.protocol.items).toEqual([{ kind: 'tcpflag', negate: true, value: 0x10, mask: 0x10 }]);
  });

  it('keeps the pp address and the SNMPv3 access, not the SNMP secrets', () => {
    expect(config.interfaces.find((i) => i.name === 'pp1')?.addresses).toMatchObject([{ address: v4('203.0.113.66'), prefixLength: 32 }]);
    expect(config.management.snmp.map((s) => s.version)).toEqual(['v1', 'v3']);
  });
});

describe('extraction: the sample city LGWAN router', () => {
  const text = fixtureText('../../../samples/sample-city/configs/rtx-lgwan');
  const { config, warnings } = readRtxConfig(text);

  it('reads it without any warning of extraction', () => {
    expect(warnings).toEqual([]);
    expect(config.interfaces.map((i) => [i.name, i.addresses.map((a) => a.address)])).toEqual([
      ['lan1', [v4('10.255.30.1')]],
      ['lan2', [v4('10.255.99.1')]],
    ]);
    expect(config.natDescriptors.get(1)?.statics).toEqual([{ id: 1, line: lineOf(text, 'nat descriptor static 1 1'), outer: v4('172.20.1.25'), inner: v4('10.120.1.25'), count: 1 }]);
  });
});
