import { describe, expect, it } from 'vitest';
import { readPanosConfig } from '../../../parsers/paloalto/index.js';
import type { PanosConfig, PanVsys } from '../../../parsers/paloalto/vendor-config.js';
import { fixtureText, lineOf, v4 } from './helpers.js';

function read(file: string): { config: PanosConfig; text: string } {
  const text = fixtureText(file);
  const { config } = readPanosConfig(text);
  if (!config) throw new Error(`no config in ${file}`);
  return { config, text };
}

function vsys(config: PanosConfig, name: string): PanVsys {
  const v = config.vsys.find((x) => x.name === name);
  if (!v) throw new Error(`no vsys ${name}`);
  return v;
}

describe('extraction: running-config XML (pa-dc01, two vsys, Panorama rules)', () => {
  const { config, text } = read('pa-dc01.xml');
  const vsys1 = vsys(config, 'vsys1');
  const vsys2 = vsys(config, 'vsys2');

  it('reads the header, the hostname and the administrators without their hashes', () => {
    expect(config).toMatchObject({ format: 'xml', version: '10.2.0', hostname: { value: 'pa-dc01', line: lineOf(text, '<hostname>pa-dc01') } });
    expect(config.admins.map((a) => [a.name, a.role, a.line])).toEqual([
      ['admin', 'superuser', lineOf(text, '<entry name="admin">')],
      ['auditor', 'audit-only', lineOf(text, '<entry name="auditor">')],
      ['vsys2-ope', 'vsysadmin', lineOf(text, '<entry name="vsys2-ope">')],
    ]);
    expect(JSON.stringify(config.admins)).not.toContain('phash');
  });

  it('reads every kind of interface with its mode, parent, tag, addresses and profile', () => {
    const byName = new Map(config.interfaces.map((i) => [i.name, i]));
    expect(byName.get('ethernet1/1')).toMatchObject({ kind: 'ethernet', mode: 'layer3', comment: 'ISP uplink', managementProfile: { value: 'mgmt-strict' }, linkDown: false });
    expect(byName.get('ethernet1/1')!.addresses.map((a) => a.text)).toEqual(['198.51.100.2/29']);
    expect(byName.get('ethernet1/2.20')).toMatchObject({ kind: 'ethernet', parent: 'ethernet1/2', tag: 20, mode: 'layer3', line: lineOf(text, '<entry name="ethernet1/2.20">') });
    // An address object's name instead of an address: resolved at conversion.
    const unit30 = byName.get('ethernet1/2.30')!;
    expect(unit30.addresses.map((a) => [a.text, a.parsed === undefined])).toEqual([
      ['lan30-gw', true],
      ['2001:db8:30::1/64', false],
    ]);
    expect(byName.get('ethernet1/4')).toMatchObject({ linkDown: true });
    expect(byName.get('ethernet1/5')).toMatchObject({ mode: 'virtual-wire', addresses: [] });
    expect(byName.get('ethernet1/8')).toMatchObject({ mode: 'aggregate-group' });
    expect(byName.get('ae1')).toMatchObject({ kind: 'aggregate-ethernet', mode: 'layer3' });
    expect(byName.get('loopback.1')).toMatchObject({ kind: 'loopback', mode: 'layer3' });
    expect(byName.get('tunnel.1')?.addresses[0]?.parsed).toEqual({ address: { family: 4, value: v4('10.254.0.1') }, prefixLength: 30 });
  });

  it('reads management profiles: only services set to yes, with permitted sources', () => {
    const strict = config.managementProfiles.find((p) => p.name === 'mgmt-strict')!;
    expect(strict.services.map((s) => s.value)).toEqual(['https', 'ssh']);
    expect(strict.permittedIps.map((p) => p.text)).toEqual(['192.0.2.0/24']);
    expect(config.managementProfiles.find((p) => p.name === 'mgmt-internal')!.services.map((s) => s.value)).toEqual(['ping', 'ssh', 'https', 'http', 'snmp']);
  });

  it('reads virtual routers with PAN-OS defaults for metric and distance', () => {
    const vr1 = config.routers.find((r) => r.name === 'vr1')!;
    expect(vr1.interfaces.names).toContain('ethernet1/9');
    expect(vr1.dynamicProtocols.map((p) => p.value)).toEqual(['ospf']);
    const byName = new Map(vr1.routes.map((r) => [r.name, r]));
    expect(byName.get('default')).toMatchObject({ family: 4, metric: 10, adminDist: 10, interface: 'ethernet1/1', nexthop: { type: 'ip-address', address: { family: 4, value: v4('198.51.100.1') } } });
    expect(byName.get('blackhole-rfc')?.nexthop).toEqual({ type: 'discard' });
    expect(byName.get('to-vr2')?.nexthop).toEqual({ type: 'next-vr', router: 'vr2' });
    expect(byName.get('branch-via-lan')).toMatchObject({ metric: 20, adminDist: 15 });
    expect(byName.get('v6-default')).toMatchObject({ family: 6, destination: { family: 6, prefixLength: 0 } });
    const vr2 = config.routers.find((r) => r.name === 'vr2')!;
    expect(vr2.routes.find((r) => r.name === 'branch')).toMatchObject({ interface: 'tunnel.1', nexthop: { type: 'none' } });
  });

  it('reads shared objects and each vsys: imports, zones by kind, objects', () => {
    expect(config.shared.addresses.map((a) => a.name)).toEqual(['shared-dns', 'bad-hosts']);
    expect(config.shared.applicationGroups[0]).toMatchObject({ name: 'web-apps', members: { names: ['web-browsing', 'ssl'] } });
    expect(vsys1).toMatchObject({ displayName: 'Main', importedInterfaces: { names: expect.arrayContaining(['ethernet1/1', 'loopback.1']) } });
    expect(vsys1.zones.map((z) => [z.name, z.mode, z.members.names.length])).toEqual([
      ['untrust', 'layer3', 1],
      ['trust', 'layer3', 3],
      ['v6lan', 'layer3', 1],
      ['lo', 'layer3', 1],
      ['vw-zone', 'virtual-wire', 1],
    ]);
    expect(vsys2.zones.find((z) => z.name === 'to-vsys1')).toMatchObject({ mode: 'external', members: { names: ['vsys1'] } });
    const byName = new Map(vsys1.objects.addresses.map((a) => [a.name, a.value]));
    expect(byName.get('r-range')).toEqual({ type: 'ip-range', first: { family: 4, value: v4('10.20.0.100') }, last: { family: 4, value: v4('10.20.0.150') } });
    expect(byName.get('even-hosts')).toEqual({ type: 'ip-wildcard', base: v4('10.10.0.0'), mask: v4('0.0.0.254') });
    expect(byName.get('fqdn-upd')).toEqual({ type: 'fqdn', fqdn: 'updates.example.jp' });
    expect(vsys1.objects.addressGroups.find((g) => g.name === 'dyn-quarantine')?.dynamicFilter?.value).toBe("'quarantine'");
    expect(vsys1.objects.services.find((s) => s.name === 'udp-syslog')).toMatchObject({ protocol: 'udp', ports: [{ lo: 514, hi: 514 }], sourcePorts: [{ lo: 1024, hi: 65535 }] });
    expect(vsys1.objects.services.find((s) => s.name === 'tcp-multi')?.ports).toEqual([
      { lo: 80, hi: 80 },
      { lo: 8080, hi: 8080 },
      { lo: 8000, hi: 8010 },
    ]);
    expect(vsys1.objects.applications[0]).toMatchObject({ name: 'jyuki-app', defaults: [{ kind: 'port', protocol: 'tcp', ports: [{ lo: 8443, hi: 8443 }] }] });
    expect(vsys1.objects.applicationFilters.map((f) => f.name)).toEqual(['filt-risky']);
    expect(vsys1.objects.schedules.map((f) => f.name)).toEqual(['office-hours']);
  });

  it('orders security rules as PAN-OS evaluates them: Panorama pre, local, Panorama post', () => {
    expect(vsys1.security.map((r) => [r.name, r.rulebase])[0]).toEqual(['pano-block-bad', 'pre']);
    expect(vsys1.security.map((r) => r.name).slice(-1)).toEqual(['pano-allow-ntp']);
    // Rulebases pushed to vsys2 alone, or found in a device group under <readonly>, come
    // before the shared post-rules (device group, then shared).
    expect(vsys2.security.map((r) => [r.name, r.rulebase])).toEqual([
      ['pano-block-bad', 'pre'],
      ['to-srv2', 'local'],
      ['vpn-rdp', 'local'],
      ['ghost-zone', 'local'],
      ['pano-vsys2-deny-log', 'post'],
      ['dg-deny-telnet', 'post'],
      ['pano-allow-ntp', 'post'],
    ]);
    expect(config.pushed.map((p) => [p.kind, p.vsys])).toEqual([
      ['pre', undefined],
      ['post', 'vsys2'],
      ['post', undefined],
      ['post', undefined],
    ]);
  });

  it('types every column of a security rule, with PAN-OS defaults', () => {
    const byName = new Map(vsys1.security.map((r) => [r.name, r]));
    expect(byName.get('allow-web-out')).toMatchObject({
      from: { names: ['trust'] },
      to: { names: ['untrust'] },
      source: { names: ['lan-all'] },
      application: { names: ['web-apps'] },
      service: { names: ['application-default'] },
      action: { value: 'allow' },
      logStart: true,
      logEnd: true,
      disabled: false,
      ruleType: 'universal',
      sourceUser: { names: ['any'] },
      line: lineOf(text, '<entry name="allow-web-out">'),
    });
    expect(byName.get('intra-trust-block')?.ruleType).toBe('intrazone');
    expect(byName.get('lan20-ping-out')?.ruleType).toBe('interzone');
    expect(byName.get('not-from-lan')).toMatchObject({ negateSource: true, negateDestination: false });
    expect(byName.get('old-rule')?.disabled).toBe(true);
    expect(byName.get('web-in')?.logEnd).toBe(false);
    expect(byName.get('deny-p2p')?.action?.value).toBe('reset-both');
    expect(byName.get('allow-staff')?.sourceUser.names).toEqual(['example\\staff']);
    expect(byName.get('even-ssh')?.schedule?.value).toBe('office-hours');
  });

  it('types NAT rules: every translation kind, to-interface, disabled, nat-type', () => {
    const byName = new Map(vsys1.nat.map((r) => [r.name, r]));
    expect(byName.get('no-nat-branch')).toMatchObject({ service: { value: 'any' } });
    expect(byName.get('no-nat-branch')?.sourceTranslation).toBeUndefined();
    expect(byName.get('web-dnat')).toMatchObject({ service: { value: 'service-http' }, destinationTranslation: { dynamic: false, translatedAddress: { value: 'web-srv' }, translatedPort: { value: 8080 } } });
    expect(byName.get('static-bidir')?.sourceTranslation).toMatchObject({ type: 'static-ip', translated: { value: '198.51.100.6' }, biDirectional: true });
    expect(byName.get('hide-nat')?.sourceTranslation).toMatchObject({ type: 'dynamic-ip-and-port', interfaceAddress: { interface: 'ethernet1/1' } });
    expect(byName.get('lo-dynip')?.sourceTranslation).toMatchObject({ type: 'dynamic-ip', translated: { names: ['198.51.100.5'] } });
    expect(byName.get('old-nat')?.disabled).toBe(true);
    expect(byName.get('v6-to-v4')?.natType).toBe('nat64');
    expect(vsys2.nat[0]).toMatchObject({ name: 'dyn-dest', destinationTranslation: { dynamic: true, distribution: 'round-robin', translatedAddress: { value: 'srv2' } } });
  });

  it('reads default-rule overrides with their lines', () => {
    expect(vsys1.defaults.map((d) => [d.name, d.action?.value, d.logEnd, d.line])).toEqual([['intrazone-default', 'deny', true, lineOf(text, '<entry name="intrazone-default">')]]);
    expect(vsys2.defaults).toEqual([]);
  });
});

describe('extraction: set format', () => {
  it('puts top-level vsys commands in vsys1 and keeps the line of each set statement', () => {
    const { config, text } = read('pa-edge.set');
    expect(config.format).toBe('set');
    expect(config.hostname).toEqual({ value: 'pa-edge', line: lineOf(text, 'system hostname pa-edge') });
    expect(config.vsys.map((v) => v.name)).toEqual(['vsys1']);
    const rule = config.vsys[0]!.security.find((r) => r.name === 'proxy-out')!;
    expect(rule.line).toBe(lineOf(text, 'rules proxy-out'));
    expect(rule.application).toEqual({ names: ['web-browsing', 'ssl'], line: lineOf(text, 'proxy-out application') });
    expect(rule.action).toEqual({ value: 'allow', line: lineOf(text, 'proxy-out action') });
  });

  it('reads several vsys, quoted names, bracketed lists, IPv6 and a DHCP interface', () => {
    const { config, text } = read('pa-shisho.set');
    expect(config.vsys.map((v) => [v.name, v.displayName])).toEqual([
      ['vsys1', 'Branch office'],
      ['vsys2', 'Kominkan'],
    ]);
    const v1 = config.vsys[0]!;
    expect(v1.security.map((r) => r.name)).toEqual(['lan-to-honcho', 'file in', 'lan-web']);
    expect(v1.objects.addresses.map((a) => a.name)).toContain('file server');
    expect(v1.nat[0]!.destinationTranslation?.translatedAddress?.value).toBe('file server');
    expect(v1.objects.addressGroups.find((g) => g.name === 'tagged')?.dynamicFilter?.value).toBe("'printer' and 'branch'");
    const e3 = config.interfaces.find((i) => i.name === 'ethernet1/3')!;
    expect(e3.addresses.map((a) => a.text)).toEqual(['10.123.0.1/24', '10.123.1.1/24', '2001:db8:123::1/64']);
    expect(config.interfaces.find((i) => i.name === 'ethernet1/4')?.dynamicAddress).toEqual({ value: 'dhcp-client', line: lineOf(text, 'ethernet1/4 layer3 dhcp-client') });
    expect(config.admins.map((a) => [a.name, a.role])).toEqual([
      ['admin', 'superuser'],
      ['branch ope', 'branch-readonly'],
    ]);
    expect(config.vsys[1]!.nat.map((n) => n.sourceTranslation?.type)).toEqual(['dynamic-ip-and-port', 'static-ip']);
    expect(config.vsys[1]!.nat[0]!.sourceTranslation).toMatchObject({ translated: { names: ['10.122.0.240-10.122.0.243', '10.122.0.250'] } });
    expect(config.vsys[1]!.nat[1]!.sourceTranslation).toMatchObject({ type: 'static-ip', biDirectional: true });
    expect(config.interfaces.find((i) => i.name === 'vlan.30')).toMatchObject({ kind: 'vlan', mode: 'layer3', comment: '公民館 来館者 VLAN' });
    expect(config.vsys[1]!.security.find((r) => r.name === 'kominkan-any-default')).toMatchObject({ negateDestination: true, logStart: true, logEnd: false });
  });

  it('reads the sample-city device identically from XML and from set commands', () => {
    const xml = read('sample:pa-edge.xml').config;
    const set = read('pa-edge.set').config;
    // Everything but line numbers and the format.
    const strip = (c: PanosConfig) => JSON.parse(JSON.stringify({ ...c, format: '', version: '' }, (k, v: unknown) => (k === 'line' || k.endsWith('Line') ? 0 : v)));
    expect(strip(set)).toEqual(strip(xml));
  });
});

describe('extraction: captures and wrappers', () => {
  it('reads XML inside the API wrapper or after a prompt, with lines counted in the file', () => {
    const body = ['<config version="10.1.0">', '<devices><entry name="localhost.localdomain"><deviceconfig><system>', '<hostname>pa-cli</hostname>', '</system></deviceconfig></entry></devices>', '</config>'];
    const prompt = readPanosConfig(['admin@pa-cli> show config running', ...body, 'admin@pa-cli> '].join('\n'));
    expect(prompt.config?.hostname).toEqual({ value: 'pa-cli', line: 4 });
    expect(prompt.warnings).toEqual([]);
    const api = readPanosConfig(`<response status="success"><result>\n${body.join('\n')}\n</result></response>`);
    expect(api.config).toMatchObject({ version: '10.1.0', hostname: { value: 'pa-cli', line: 4 } });
  });
});
