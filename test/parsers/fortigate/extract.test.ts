import { describe, expect, it } from 'vitest';
import { readFortigateConfig } from '../../../parsers/fortigate/index.js';
import type { FgVdom, FortigateConfig } from '../../../parsers/fortigate/vendor-config.js';
import { fixtureText, lineOf, toJson, v4 } from './helpers.js';

function read(name: string): { config: FortigateConfig; text: string } {
  const text = fixtureText(name);
  return { config: readFortigateConfig(text).config, text };
}

function vdom(config: FortigateConfig, name: string): FgVdom {
  const v = config.vdoms.find((x) => x.name === name);
  if (!v) throw new Error(`no vdom ${name}`);
  return v;
}

describe('extraction: single-VDOM edge firewall', () => {
  const { config, text } = read('fgt-edge-sample');
  const root = vdom(config, 'root');

  it('reads the header and global settings', () => {
    expect(config.header).toEqual({ line: 1, platform: 'FGT60F', version: '7.2.8', build: '1639', vdomMode: false });
    expect(config.global).toMatchObject({ hostname: 'fgt-edge-sample', adminSport: 8443, adminPort: 80, adminSshPort: 22, adminTelnetPort: 23 });
    expect(config.global.hostnameLine).toBe(lineOf(text, 'set hostname "fgt-edge-sample"'));
    expect(config.multiVdom).toBe(false);
    expect(config.vdoms.map((v) => v.name)).toEqual(['root']);
  });

  it('reads no warning of kind unrecognized from a clean export (multi-line values included)', () => {
    expect(readFortigateConfig(text).warnings.filter((w) => w.kind === 'unrecognized')).toEqual([]);
  });

  it('reads interfaces with primary, secondary and IPv6 addresses', () => {
    const internal = config.interfaces.find((i) => i.name === 'internal')!;
    expect(internal.ip).toMatchObject({ address: { family: 4, value: v4('10.20.255.1') }, prefixLength: 24 });
    expect(internal.secondaryIps).toHaveLength(1);
    expect(internal.secondaryIps[0]).toMatchObject({ address: { value: v4('10.21.255.1') }, prefixLength: 24 });
    expect(internal.ip6).toHaveLength(1);
    expect(internal.ip6[0]).toMatchObject({ address: { family: 6, value: 0x20010db8002000000000000000000001n }, prefixLength: 64 });
    expect(internal.allowaccess.map((a) => a.keyword)).toEqual(['ping', 'https', 'ssh', 'http', 'telnet', 'snmp']);
    expect(internal.secondaryAllowaccess.map((a) => a.keyword)).toEqual(['ping']);
    expect(internal.ip6Allowaccess.map((a) => a.keyword)).toEqual(['ping', 'https']);
    expect(internal).toMatchObject({ type: 'hard-switch', role: 'lan', vdom: 'root', up: true, line: lineOf(text, 'edit "internal"', 'config system interface') });
  });

  it('reads VLANs, aliases, descriptions, /len addresses and DHCP interfaces', () => {
    const byName = new Map(config.interfaces.map((i) => [i.name, i]));
    expect(byName.get('LGWAN-v100')).toMatchObject({ parent: 'internal', vlanId: 100, description: 'LGWAN接続系 業務LAN' });
    expect(byName.get('LGWAN-v101')?.ip).toMatchObject({ address: { value: v4('10.30.1.1') }, prefixLength: 24 });
    expect(byName.get('MN-v200')?.alias).toBe('マイナンバー利用事務系');
    expect(byName.get('wan2')).toMatchObject({ mode: 'dhcp', up: false });
    expect(byName.get('wan2')?.ip).toBeUndefined();
    expect(byName.get('ssl.root')?.ip).toBeUndefined();
  });

  it('reads zones with their intrazone mode (default deny)', () => {
    expect(root.zones.map((z) => [z.name, z.interfaces.names, z.intrazone])).toEqual([
      ['LGWAN', ['LGWAN-v100', 'LGWAN-v101'], 'allow'],
      ['MN', ['MN-v200'], 'deny'],
    ]);
  });

  it('reads address objects by type', () => {
    const byName = new Map(root.addresses.map((a) => [`${a.family}:${a.name}`, a.value]));
    expect(byName.get('4:all')).toEqual({ type: 'subnet', cidr: { family: 4, address: 0, prefixLength: 0 } });
    expect(byName.get('4:none')).toEqual({ type: 'subnet', cidr: { family: 4, address: 0, prefixLength: 32 } });
    expect(byName.get('4:LGWAN-サーバ')).toEqual({ type: 'subnet', cidr: { family: 4, address: v4('10.30.1.0'), prefixLength: 24 } });
    expect(byName.get('4:無害化サーバ')).toEqual({
      type: 'range',
      range: { start: { family: 4, value: v4('10.30.1.10') }, end: { family: 4, value: v4('10.30.1.12') } },
    });
    expect(byName.get('4:各課プリンタ')).toEqual({ type: 'wildcard', base: v4('10.30.0.250'), mask: v4('255.255.0.255') });
    expect(byName.get('4:国外')).toEqual({ type: 'unresolved', addressType: 'geography', detail: 'CN' });
    expect(byName.get('4:login.microsoftonline.com')).toEqual({ type: 'unresolved', addressType: 'fqdn', detail: 'login.microsoftonline.com' });
    expect(byName.get('4:internal-subnet')).toEqual({
      type: 'interface-subnet',
      interface: 'internal',
      cidr: { family: 4, address: v4('10.20.255.0'), prefixLength: 24 },
    });
    expect(byName.get('6:内部v6')).toEqual({ type: 'subnet', cidr: { family: 6, address: 0x20010db8002000000000000000000000n, prefixLength: 64 } });
  });

  it('reads address groups with exclusions', () => {
    const g = root.addressGroups.find((x) => x.name === 'LGWAN-無害化以外')!;
    expect(g).toMatchObject({ family: 4, exclude: true });
    expect(g.members.names).toEqual(['LGWAN-全体']);
    expect(g.excludeMembers.names).toEqual(['無害化サーバ']);
  });

  it('reads custom services: port ranges with source ports, ICMP type and code, IP', () => {
    const byName = new Map(root.services.map((s) => [s.name, s]));
    expect(byName.get('業務AP')).toMatchObject({
      protocol: 'TCP/UDP/SCTP',
      tcp: [
        { dstLo: 8443, dstHi: 8443, srcLo: 0, srcHi: 65535 },
        { dstLo: 9000, dstHi: 9010, srcLo: 1024, srcHi: 65535 },
      ],
      udp: [{ dstLo: 5000, dstHi: 5000, srcLo: 0, srcHi: 65535 }],
    });
    expect(byName.get('ICMP-到達不能')).toMatchObject({ protocol: 'ICMP', icmpType: 3, icmpCode: 4 });
    expect(byName.get('ALL_ICMP')?.icmpType).toBeUndefined();
    expect(byName.get('ALL')).toMatchObject({ protocol: 'IP', protocolNumber: 0 });
    expect(root.serviceGroups.find((g) => g.name === '業務サービス')?.members.names).toEqual(['業務AP', 'Web Access']);
  });

  it('reads policies in file order with FortiOS defaults', () => {
    expect(root.policies.map((p) => p.id)).toEqual(['5', '2', '10', '3', '7', '8', '11', '12', '9']);
    const byId = new Map(root.policies.map((p) => [p.id, p]));
    expect(byId.get('5')).toMatchObject({
      name: 'LGWAN-to-DMZ-web',
      action: 'accept',
      enabled: true,
      logtraffic: 'all',
      comments: 'LGWAN系から公開Webの閲覧のみ許可',
      line: lineOf(text, 'edit 5', 'config firewall policy'),
    });
    expect(byId.get('5')?.srcintf.names).toEqual(['LGWAN']);
    expect(byId.get('5')?.service.names).toEqual(['HTTP', 'HTTPS']);
    expect(byId.get('3')).toMatchObject({ dstaddrNegate: true, srcaddrNegate: false, nat: true, ippool: true, unmodelled: [] });
    expect(byId.get('3')?.srcaddr6.names).toEqual(['内部v6']);
    expect(byId.get('3')?.poolname.names).toEqual(['SNAT-Pool']);
    expect(byId.get('9')).toMatchObject({ enabled: false, logtraffic: 'disable' });
    expect(byId.get('8')).toMatchObject({ serviceNegate: true, logtraffic: 'utm' });
    expect(byId.get('8')?.unmodelled.map((u) => u.key)).toEqual(['schedule']);
    expect(byId.get('10')).toMatchObject({ action: 'deny', matchVip: true });
    expect(byId.get('12')?.internetService).toMatchObject({ key: 'internet-service', values: ['enable'] });
    expect(byId.get('11')?.schedule.names).toEqual(['always']);
  });

  it('reads VIPs, VIP groups and IP pools', () => {
    const web = root.vips.find((v) => v.name === 'VIP-Web')!;
    expect(web).toMatchObject({ type: 'static-nat', portforward: true, protocol: 'tcp', extport: [8080, 8080], mappedport: [80, 80] });
    expect(web.extip).toEqual({ start: { family: 4, value: v4('203.0.113.3') }, end: { family: 4, value: v4('203.0.113.3') } });
    expect(web.mappedip).toEqual([{ start: { family: 4, value: v4('172.16.10.80') }, end: { family: 4, value: v4('172.16.10.80') } }]);
    expect(web.extintf.names).toEqual(['wan1']);
    const range = root.vips.find((v) => v.name === 'VIP-Range')!;
    expect(range.extip).toEqual({ start: { family: 4, value: v4('203.0.113.4') }, end: { family: 4, value: v4('203.0.113.5') } });
    expect(range.portforward).toBe(false);
    expect(root.vipGroups.map((g) => [g.name, g.members.names])).toEqual([['VIPG-DMZ', ['VIP-Range']]]);
    expect(root.ipPools).toMatchObject([{ name: 'SNAT-Pool', type: 'overload', range: { start: { value: v4('203.0.113.7') }, end: { value: v4('203.0.113.7') } } }]);
  });

  it('reads static routes with defaults, blackholes, dstaddr and IPv6', () => {
    const [r1, r2, r3, r4, r6] = root.routes;
    expect(r1).toMatchObject({ id: '1', family: 4, dst: { address: 0, prefixLength: 0 }, gateway: { value: v4('203.0.113.1') }, device: 'wan1', distance: 10, priority: 0 });
    expect(r2).toMatchObject({ id: '2', dst: { address: v4('10.40.0.0'), prefixLength: 16 }, distance: 20 });
    expect(r3).toMatchObject({ id: '3', blackhole: true, distance: 254 });
    expect(r4).toMatchObject({ id: '4', enabled: false });
    expect(r4?.dstaddr?.names).toEqual(['LGWAN-サーバ']);
    expect(r6).toMatchObject({ id: '1', family: 6, gateway: { family: 6 }, device: 'internal' });
  });

  it('reads admins without any secret', () => {
    const admin = config.admins.find((a) => a.name === 'admin')!;
    expect(admin.accprofile).toBe('super_admin');
    expect(admin.trusthosts).toEqual([
      { family: 4, address: v4('10.20.255.0'), prefixLength: 24 },
      { family: 4, address: v4('10.21.0.0'), prefixLength: 16 },
    ]);
    expect(admin.vdoms).toEqual(['root']);
    expect(toJson(config)).not.toContain('ENC');
  });

  it('keeps IPsec tunnels and schedules as named definitions', () => {
    expect(root.tunnels.map((t) => t.name)).toEqual(['to-branch']);
    expect(root.schedules.map((s) => s.name)).toEqual(['always', '業務時間']);
    expect(root.centralNat).toBe(false);
  });
});

describe('extraction: multi-VDOM core firewall', () => {
  const { config, text } = read('fgt-core-sample');

  it('finds the VDOMs, the global part and the header flag', () => {
    expect(config.multiVdom).toBe(true);
    expect(config.header?.vdomMode).toBe(true);
    expect(config.global.hostname).toBe('fgt-core-sample');
    expect(config.global.adminSshPort).toBe(2222);
    expect(config.vdoms.map((v) => v.name)).toEqual(['root', 'MN']);
  });

  it('places each VDOM at its content entry, not its declaration', () => {
    const declaration = lineOf(text, 'edit root');
    const content = lineOf(text, 'edit root', 'config global');
    expect(content).toBeGreaterThan(declaration);
    expect(vdom(config, 'root').line).toBe(content);
    expect(vdom(config, 'MN').line).toBe(lineOf(text, 'edit MN', 'config global'));
    expect(vdom(config, 'root').context).toBe('config vdom > edit root');
  });

  it('assigns global interfaces to their VDOMs, inter-VDOM links included', () => {
    const vdomOf = new Map(config.interfaces.map((i) => [i.name, i.vdom]));
    expect(vdomOf.get('port1')).toBe('root');
    expect(vdomOf.get('port5')).toBe('MN');
    expect(vdomOf.get('npu0_vlink0')).toBe('root');
    expect(vdomOf.get('npu0_vlink1')).toBe('MN');
    expect(vdomOf.get('vlink01')).toBe('MN');
  });

  it('keeps each VDOM its own objects, policies and routes', () => {
    const root = vdom(config, 'root');
    const mn = vdom(config, 'MN');
    expect(root.zones.map((z) => z.name)).toEqual(['LGWAN']);
    expect(mn.zones).toEqual([]);
    expect(root.policies.map((p) => p.name)).toEqual(['LGWAN-to-MN-report', 'LGWAN-deny']);
    expect(mn.policies.map((p) => p.name)).toEqual(['from-LGWAN-report', 'MN-deny-all']);
    expect(mn.routes[0]).toMatchObject({ gateway: { value: v4('169.254.0.1') }, device: 'npu0_vlink1' });
  });

  it('reads admins with their VDOMs and IPv6 trusted hosts', () => {
    const op = config.admins.find((a) => a.name === 'mn-operator')!;
    expect(op.vdoms).toEqual(['MN']);
    expect(op.ip6Trusthosts).toEqual([{ family: 6, address: 0x20010db8001000000000000000000000n, prefixLength: 64 }]);
  });
});
