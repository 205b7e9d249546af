import { describe, expect, it } from 'vitest';
import { formatCidr, formatIp } from '../../../src/space/ip.js';
import type { JunosConfig } from '../../../parsers/junos/vendor-config.js';
import { fixtureText, lineOf, sampleText, vendorConfig } from './helpers.js';

const LINE_VALUED = new Set(['ntp', 'rootAuthentication', 'dhcp', 'sourceExcluded', 'destinationExcluded', 'packetMode', 'logicalSystems']);

/** The vendor config without line numbers and contexts, to compare two renderings of one device. */
function shape(c: JunosConfig): unknown {
  return JSON.parse(
    JSON.stringify({ ...c, format: undefined }, (key, v: unknown) => {
      if (key === 'line' || key === 'context' || key === 'format') return undefined;
      // Settings whose value is the line that set them: keep only that they are set.
      if (LINE_VALUED.has(key) && typeof v === 'number') return true;
      return typeof v === 'bigint' ? v.toString() : v;
    }),
  );
}

describe('extraction: the sample device in both export formats', () => {
  const fromSet = vendorConfig(sampleText());
  const fromBrace = vendorConfig(fixtureText('srx-fw'));

  it('gives the same typed configuration whatever the format', () => {
    expect(fromSet.format).toBe('set');
    expect(fromBrace.format).toBe('brace');
    expect(shape(fromBrace)).toEqual(shape(fromSet));
  });

  it('reads hostname, version, units, zones, policies, routes and applications', () => {
    const c = fromSet;
    expect(c.hostname?.name).toBe('srx-fw');
    expect(c.version).toBe('21.4R3-S5.4');
    expect(c.interfaces.flatMap((p) => p.units.map((u) => [u.name, u.inet.addresses.map((a) => `${formatIp(a.address)}/${a.prefixLength}`)]))).toEqual([
      ['ge-0/0/0.0', ['10.255.10.2/30']],
      ['ge-0/0/1.0', ['10.130.0.1/16']],
      ['ge-0/0/2.0', ['10.255.20.1/30']],
    ]);
    expect(c.zones.map((z) => [z.name, z.interfaces.map((i) => i.name), z.hostInbound.systemServices.map((s) => s.name)])).toEqual([
      ['INET', ['ge-0/0/0.0', 'ge-0/0/1.0'], ['ping']],
      ['LGWAN', ['ge-0/0/2.0'], ['ping', 'ssh', 'netconf']],
    ]);
    expect(c.policies.map((p) => [p.scope, p.name, p.action?.type])).toEqual([
      [{ kind: 'zone-pair', from: 'INET', to: 'INET' }, 'proxy-web', 'permit'],
      [{ kind: 'zone-pair', from: 'LGWAN', to: 'INET' }, 'vdi', 'permit'],
      [{ kind: 'zone-pair', from: 'INET', to: 'LGWAN' }, 'mail-to-lgwan', 'permit'],
      [{ kind: 'zone-pair', from: 'INET', to: 'LGWAN' }, 'file-temp', 'permit'],
    ]);
    const fileTemp = c.policies[3]!;
    expect(fileTemp.sources.map((s) => s.name)).toEqual(['any']);
    expect(fileTemp.destinations.map((s) => s.name)).toEqual(['lgwan-file']);
    expect(fileTemp.applications.map((s) => s.name)).toEqual(['junos-smb']);
    expect(c.defaultPolicy?.action).toBe('deny-all');
    expect(c.routes.map((r) => [formatCidr(r.prefix), r.nextHops.map((h) => h.address && formatIp(h.address))])).toEqual([
      ['0.0.0.0/0', ['10.255.10.1']],
      ['10.120.0.0/16', ['10.255.20.2']],
      ['10.110.0.0/16', ['10.255.20.2']],
    ]);
    expect(c.applications).toMatchObject([{ name: 'rdp', terms: [{ name: '', protocol: 6, destinationPorts: [3389, 3389] }] }]);
    expect(c.system.services.map((s) => s.name)).toEqual(['ssh', 'netconf']);
    expect(c.system.users).toMatchObject([
      { name: 'netadmin', class: 'super-user' },
      { name: 'noc-view', class: 'noc' },
    ]);
    expect(c.system.rootAuthentication).toBeGreaterThan(0);
  });

  it('keeps the line of each element: a policy where its block opens, a leaf on its own line', () => {
    const text = fixtureText('srx-fw');
    const p = fromBrace.policies.find((x) => x.name === 'file-temp')!;
    expect(p.line).toBe(lineOf(text, 'policy file-temp {'));
    expect(p.applications[0]!.line).toBe(lineOf(text, 'application junos-smb;'));
    expect(p.action?.line).toBe(lineOf(text, 'permit;', 'policy file-temp'));
    expect(fromSet.policies.find((x) => x.name === 'file-temp')!.line).toBe(lineOf(sampleText(), 'policy file-temp description'));
  });
});

describe('extraction: the branch firewall (set format, groups, instances, NAT, filters)', () => {
  const text = fixtureText('srx-branch01');
  const c = vendorConfig(text);

  it('keeps the local host-name over the one a group offers', () => {
    expect(c.hostname).toEqual({ name: 'srx-branch01', line: lineOf(text, 'set system host-name srx-branch01') });
  });

  it('reads units with VLANs, IPv4 and IPv6 addresses, filter bindings, disabled and L2 ports', () => {
    const unit = (name: string) => c.interfaces.flatMap((p) => p.units).find((u) => u.name === name)!;
    expect(unit('ge-0/0/1.20')).toMatchObject({ vlanId: 20, description: 'DMZ', disabled: false, inet6: { output: { filters: [{ name: 'V6-DMZ-OUT' }] } } });
    expect(unit('ge-0/0/1.20').inet6.addresses.map((a) => formatIp(a.address))).toEqual(['2001:db8:20::1']);
    expect(unit('ge-0/0/0.0').inet.input?.filters.map((f) => f.name)).toEqual(['UNTRUST-IN']);
    expect(c.interfaces.find((p) => p.name === 'ge-0/0/2')?.disabled).toBe(true);
    expect(unit('ge-0/0/4.0').switching).toBe(true);
    expect(unit('st0.0').inet.addresses).toEqual([]);
  });

  it('reads host-inbound traffic per zone and per interface, with all and except', () => {
    const trust = c.zones.find((z) => z.name === 'trust')!;
    expect(trust.hostInbound.systemServices.map((s) => [s.name, s.except])).toEqual([
      ['all', false],
      ['telnet', true],
    ]);
    const untrust = c.zones.find((z) => z.name === 'untrust')!;
    expect(untrust.interfaces[0]!.hostInbound.systemServices.map((s) => s.name)).toEqual(['ike']);
    expect(c.zones.find((z) => z.name === 'dmz')!.addressBook.addresses.map((a) => a.name)).toEqual(['web-srv', 'mail-srv']);
  });

  it('reads every address form of the global book, and nested sets', () => {
    const g = c.addressBooks.find((b) => b.name === 'global')!;
    const value = (n: string) => g.addresses.find((a) => a.name === n)!.value;
    expect(value('lan-net')).toMatchObject({ type: 'prefix' });
    expect(value('lan-users')).toMatchObject({ type: 'range' });
    expect(value('update-server')).toEqual({ type: 'dns-name', host: 'update.vendor.example' });
    expect(value('printers')).toMatchObject({ type: 'wildcard' });
    expect(g.sets.find((s) => s.name === 'internal')).toMatchObject({ addresses: [{ name: 'lan-net' }], sets: [{ name: 'vpn-peers' }] });
  });

  it('orders policies: zone pairs in file order (inherited ones after), then global ones', () => {
    expect(c.policies.map((p) => `${p.scope.kind === 'zone-pair' ? `${p.scope.from}>${p.scope.to}` : 'global'}/${p.name}${p.inactive ? '(inactive)' : ''}`)).toEqual([
      'trust>untrust/allow-web',
      'trust>untrust/old-ftp(inactive)',
      'trust>untrust/updates',
      'trust>untrust/user-web',
      'trust>vpn/to-hq',
      'trust>dmz/lan-to-web',
      'untrust>dmz/web-in',
      'untrust>dmz/mail-in',
      'dmz>untrust/dmz-out',
      'untrust>trust/deny-in',
      'trust>trust/intra',
      'untrust>junos-host/ike-only',
      'trust>untrust/allow-dns',
      'global/no-smb',
    ]);
    const noSmb = c.policies.find((p) => p.name === 'no-smb')!;
    expect(noSmb.scope).toMatchObject({ kind: 'global', fromZones: [{ name: 'any' }], toZones: [{ name: 'trust' }, { name: 'dmz' }] });
    expect(c.policies.find((p) => p.name === 'user-web')!.unmodelled.map((u) => u.name)).toEqual(['source-identity branch\\staff']);
    expect(c.policies.find((p) => p.name === 'dmz-out')!.scheduler?.name).toBe('business-hours');
    expect(c.policies.find((p) => p.name === 'deny-in')).toMatchObject({ action: { type: 'reject' }, log: true });
  });

  it('reads applications with terms and nested sets', () => {
    expect(c.applications.find((a) => a.name === 'app-multi')!.terms).toMatchObject([
      { name: 't1', protocol: 17, destinationPorts: [5060, 5060] },
      { name: 't2', protocol: 6, sourcePorts: [1024, 65535], destinationPorts: [5061, 5061] },
    ]);
    expect(c.applications.find((a) => a.name === 'app-ping')!.terms).toMatchObject([{ protocol: 1, icmpType: 8 }]);
    expect(c.applicationSets.find((s) => s.name === 'all-voice')!.members.map((m) => m.name)).toEqual(['app-multi', 'web-apps']);
  });

  it('reads filter terms with except, lists, named ports, tcp-established and non-terminating actions', () => {
    const f = c.filters.find((x) => x.name === 'UNTRUST-IN')!;
    expect(f.terms.map((t) => [t.name, t.action?.type, t.inactive])).toEqual([
      ['block-smb', 'discard', false],
      ['bogons', 'discard', false],
      ['count-icmp', undefined, false],
      ['old-rule', 'reject', true],
      ['allow-rest', 'accept', false],
    ]);
    expect(f.terms[0]!.from.destinationPorts).toEqual([
      [139, 139],
      [445, 445],
    ]);
    expect(f.terms[1]!.from.sourceAddresses.map((p) => `${formatCidr(p.cidr)}${p.except ? ' except' : ''}`)).toEqual(['10.0.0.0/8', '192.168.0.0/16', '198.51.100.0/24', '198.51.100.10/32 except']);
    const re = c.filters.find((x) => x.name === 'PROTECT-RE')!;
    expect(re.terms.find((t) => t.name === 'mgmt')!.from.destinationPorts).toEqual([
      [22, 22],
      [443, 443],
      [830, 830],
    ]);
    expect(re.terms.find((t) => t.name === 'established')!.from.tcpEstablished).toBe(true);
    expect(re.terms.find((t) => t.name === 'ike')!.from.ports).toEqual([
      [500, 500],
      [4500, 4500],
    ]);
    expect(c.filters.find((x) => x.name === 'V6-DMZ-OUT')).toMatchObject({ family: 'inet6', terms: [{ from: { protocols: [6] } }, { from: { protocols: [58] } }] });
    expect(c.prefixLists.find((p) => p.name === 'SNMP-CLIENTS')!.applyPath?.name).toBe('snmp community <*> clients <*>');
  });

  it('reads static, destination and source NAT with pools, contexts and off', () => {
    expect(c.nat.staticRuleSets).toMatchObject([
      {
        name: 'st-in',
        from: { kind: 'zone', names: [{ name: 'untrust' }] },
        rules: [
          { name: 'mail-static', then: { kind: 'prefix' } },
          { name: 'nat64-map', then: { kind: 'inet' } },
        ],
      },
    ]);
    expect(c.nat.destinationPools).toMatchObject([{ name: 'web-pool', port: 8080 }]);
    expect(c.nat.destinationRuleSets[0]!.rules[0]).toMatchObject({ name: 'web-80', match: { destinationPorts: [[80, 80]] }, then: { kind: 'pool', pool: { name: 'web-pool' } } });
    expect(c.nat.sourceRuleSets.map((rs) => [rs.name, rs.from?.names[0]?.name, rs.to?.names[0]?.name, rs.rules.map((r) => r.then?.kind)])).toEqual([
      ['trust-out', 'trust', 'untrust', ['off', 'pool']],
      ['dmz-out', 'dmz', 'untrust', ['interface']],
    ]);
    expect(c.nat.sourcePools[0]!.ranges.map((r) => `${formatIp(r.from)}-${formatIp(r.to)}`)).toEqual(['203.0.113.5-203.0.113.6']);
  });

  it('reads static routes with qualified next hops, preferences, drops, IPv6 and deactivation', () => {
    const route = (p: string) => c.routes.find((r) => formatCidr(r.prefix) === p)!;
    expect(route('0.0.0.0/0').qualified).toMatchObject([{ preference: 10 }]);
    expect(route('10.20.0.0/16').nextHops).toMatchObject([{ interface: 'st0.0' }]);
    expect(route('10.99.0.0/16').drop?.kind).toBe('discard');
    expect(route('10.98.0.0/16').drop?.kind).toBe('reject');
    expect(route('10.97.0.0/16')).toMatchObject({ preference: 20, metric: 5 });
    expect(route('10.96.0.0/16').inactive).toBe(true);
    expect(route('::/0').nextHops.map((h) => h.address && formatIp(h.address))).toEqual(['2001:db8:20::fe']);
    expect(c.routingInstances.map((r) => [r.name, r.type?.name, r.interfaces.map((i) => i.name), r.routes.length])).toEqual([
      ['GUEST-VR', 'virtual-router', ['ge-0/0/3.0'], 1],
      ['SW-ONLY', 'virtual-switch', ['ge-0/0/5.0'], 0],
    ]);
  });

  it('keeps services and users but no password, key or community', () => {
    expect(c.system.services.map((s) => [s.name, s.port, s.interfaces.map((i) => i.name)])).toEqual([
      ['ssh', undefined, []],
      ['netconf', 830, []],
      ['https', undefined, ['ge-0/0/1.10']],
      ['dhcp-local-server', undefined, []],
    ]);
    expect(c.system.users).toEqual([
      { name: 'admin', line: lineOf(text, 'set system login user admin uid'), class: 'super-user' },
      { name: 'netops', line: lineOf(text, 'set system login user netops uid'), class: 'operator' },
    ]);
    expect(c.system.snmp).toEqual({ line: lineOf(text, 'set snmp community'), communities: true });
    expect(c.features.routingProtocols.map((p) => p.name)).toEqual(['ospf']);
    expect(c.features.ipsecVpns.map((p) => p.name)).toEqual(['TO-HQ']);
    expect(c.schedulers).toEqual(['business-hours']);
  });
});

describe('extraction: the large data-centre export', () => {
  const c = vendorConfig(fixtureText('srx-hq-dc1'));

  it('has hundreds of objects and rules', () => {
    const book = c.addressBooks.find((b) => b.name === 'global')!;
    expect(book.addresses.length).toBeGreaterThan(200);
    expect(book.sets.length).toBeGreaterThan(10);
    expect(c.policies.length).toBeGreaterThan(300);
    expect(c.applications.length).toBeGreaterThan(80);
    expect(c.routes.length).toBeGreaterThan(80);
    expect(c.interfaces.flatMap((p) => p.units).length).toBeGreaterThan(30);
  });

  it('reads inactive: policies, units and routes as inactive, and the replace:/protect: tagged blocks normally', () => {
    expect(c.policies.filter((p) => p.inactive).length).toBeGreaterThan(10);
    expect(c.interfaces.flatMap((p) => p.units).filter((u) => u.inactive).map((u) => u.name)).toEqual(['reth2.922']);
    expect(c.routes.filter((r) => r.inactive).length).toBeGreaterThan(0);
    expect(c.zones.find((z) => z.name === 'MN-LINK')!.interfaces.length).toBe(2);
    expect(c.zones.find((z) => z.functional)).toMatchObject({ name: 'management', interfaces: [{ name: 'reth1.990' }] });
  });
});
