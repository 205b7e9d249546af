import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAIL_SERVICES,
  DEFAULT_SCREEN_SERVICES,
  formatSiteFileError,
  loadSiteFile,
  type DeclaredSite,
  type SiteFileError,
} from '../../src/site/load-site-file.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { parseCidr, parseIp, type IpAddress } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet, parseServiceSpec } from '../../src/space/service-set.js';

const FIXTURES = new URL('../fixtures/site/', import.meta.url);

function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(name, FIXTURES)), 'utf8');
}

/** 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`fixture has no line containing ${needle}`);
  return index + 1;
}

function ip(text: string): IpAddress {
  const address = parseIp(text);
  if (!address) throw new Error(`bad test address ${text}`);
  return address;
}

function space(...cidrs: string[]): AddressSpace {
  return AddressSpace.unionAll(
    cidrs.map((c) => {
      const cidr = parseCidr(c);
      if (!cidr) throw new Error(`bad test prefix ${c}`);
      return AddressSpace.fromCidr(cidr);
    }),
  );
}

function services(...specs: string[]): ServiceSet {
  return ServiceSet.unionAll(
    specs.map((s) => {
      const set = parseServiceSpec(s);
      if (!set) throw new Error(`bad test service ${s}`);
      return set;
    }),
  );
}

/** ServiceSet has no equality; compare the packets they admit between any two addresses. */
function sameServices(actual: ServiceSet, expected: ServiceSet): boolean {
  return PacketSet.of(AddressSpace.ANY, AddressSpace.ANY, actual).equals(PacketSet.of(AddressSpace.ANY, AddressSpace.ANY, expected));
}

function loaded(text: string): { site: DeclaredSite; errors: SiteFileError[] } {
  const result = loadSiteFile(text, 'sansou.yaml');
  if (!result.site) throw new Error(`no site: ${result.errors.map(formatSiteFileError).join('; ')}`);
  return { site: result.site, errors: result.errors };
}

describe('loadSiteFile: a full valid file', () => {
  const text = fixture('full.yaml');
  const { site, errors } = loaded(text);

  it('reports no errors', () => {
    expect(errors).toEqual([]);
  });

  it('reads the top-level scalars', () => {
    expect(site.organization).toBe('サンプル町');
    expect(site.model).toBe('alpha-prime');
    expect(site.policy).toBe('mutsu');
  });

  it('converts segments in file order, with kinds, names and exact address spaces', () => {
    expect(site.segments.map((s) => [s.id, s.kind])).toEqual([
      ['mynumber', 'mynumber'],
      ['lgwan', 'lgwan'],
      ['internet', 'internet'],
      ['dmz', 'dmz'],
    ]);
    const [mynumber, lgwan, internet, dmz] = site.segments;
    expect(mynumber!.name).toBe('マイナンバー利用事務系');
    expect(lgwan!.name).toBeUndefined();
    expect('name' in lgwan!).toBe(false); // exactOptionalPropertyTypes: absent, not undefined
    expect(mynumber!.networks.equals(space('10.10.0.0/16'))).toBe(true);
    expect(lgwan!.networks.equals(space('10.20.0.0/16', '2001:db8:20::/48'))).toBe(true);
    expect(lgwan!.networks.contains(ip('10.20.255.255'))).toBe(true);
    expect(lgwan!.networks.contains(ip('10.21.0.0'))).toBe(false);
    expect(lgwan!.networks.contains(ip('2001:db8:20:ffff::1'))).toBe(true);
    expect(lgwan!.networks.contains(ip('2001:db8:21::1'))).toBe(false);
    expect(internet!.networks.equals(space('10.30.0.0/16'))).toBe(true);
    expect(dmz!.networks.equals(space('192.0.2.0/28'))).toBe(true);
    expect(dmz!.networks.contains(ip('192.0.2.16'))).toBe(false);
  });

  it('keeps attach points with their provenance', () => {
    const dmz = site.segments.find((s) => s.id === 'dmz')!;
    expect(dmz.attach).toEqual([
      { device: 'fw-edge', interface: 'port4', securityCloud: false, provenance: { file: 'sansou.yaml', line: lineOf(text, '  dmz:') } },
    ]);
    expect(site.segments.find((s) => s.id === 'lgwan')!.attach).toEqual([]);
  });

  it('records the provenance line of every entry', () => {
    for (const id of ['mynumber', 'lgwan', 'internet', 'dmz']) {
      expect(site.segments.find((s) => s.id === id)!.provenance).toEqual({ file: 'sansou.yaml', line: lineOf(text, `  ${id}:`) });
    }
    expect(site.externals.map((e) => e.provenance?.line)).toEqual([lineOf(text, '  lgwan-wan:'), lineOf(text, '  the-internet:')]);
    expect(site.sanitizers.map((s) => s.provenance?.line)).toEqual([
      lineOf(text, 'name: file-cdr'),
      lineOf(text, 'name: mail-txt'),
      lineOf(text, 'name: vdi'),
    ]);
    expect(site.approved.map((a) => a.provenance?.line)).toEqual([lineOf(text, '- name: 中間サーバー'), lineOf(text, 'name: 住基ネット')]);
    expect(site.breakout[0]!.provenance).toEqual({ file: 'sansou.yaml', line: lineOf(text, 'name: Microsoft 365') });
  });

  it('converts externals, including networks: default', () => {
    expect(site.externals.map((e) => [e.id, e.kind])).toEqual([
      ['lgwan-wan', 'lgwan'],
      ['the-internet', 'internet'],
    ]);
    const [wan, internet] = site.externals;
    expect(wan!.name).toBe('LGWAN');
    expect(wan!.networks).not.toBe('default');
    expect((wan!.networks as AddressSpace).equals(space('172.16.0.0/12'))).toBe(true);
    expect(wan!.attach.map((a) => [a.device, a.interface, a.securityCloud])).toEqual([['rtx-lgwan', 'lan2', false]]);
    expect(internet!.networks).toBe('default');
    // Block-style attach point: provenance is the line of its first key.
    expect(internet!.attach).toEqual([
      { device: 'fw-edge', interface: 'port1', securityCloud: true, provenance: { file: 'sansou.yaml', line: lineOf(text, '- device: fw-edge') } },
    ]);
  });

  it('unions the transit prefixes and single addresses', () => {
    expect(site.transit.equals(space('10.255.0.0/24', '10.254.0.1/32'))).toBe(true);
    expect(site.transit.contains(ip('10.255.0.77'))).toBe(true);
    expect(site.transit.contains(ip('10.254.0.2'))).toBe(false);
  });

  it('converts sanitizers, applying the method defaults only when services are absent', () => {
    expect(site.sanitizers.map((s) => [s.name, s.method, s.origin])).toEqual([
      ['file-cdr', 'file', 'site'],
      ['mail-txt', 'mail', 'site'],
      ['vdi', 'screen', 'site'],
    ]);
    const [file, mail, screen] = site.sanitizers;
    expect(file!.hosts.equals(space('10.30.5.10/32', '10.20.5.10/32'))).toBe(true);
    expect(sameServices(file!.services, services('tcp/443', 'tcp/8000-8010'))).toBe(true);
    expect(sameServices(file!.services, services('tcp/443'))).toBe(false);
    expect(mail!.hosts.equals(space('10.30.5.20/32'))).toBe(true);
    expect(sameServices(mail!.services, services('tcp/25'))).toBe(true);
    expect(screen!.hosts.equals(space('10.30.6.0/28'))).toBe(true);
    expect(screen!.hosts.contains(ip('10.30.6.16'))).toBe(false);
    expect(
      sameServices(screen!.services, services('tcp/3389', 'udp/3389', 'tcp/1494', 'tcp/2598', 'tcp/443', 'udp/443', 'tcp/8008')),
    ).toBe(true);
  });

  it('exports the default service sets the brief lists', () => {
    expect(sameServices(DEFAULT_MAIL_SERVICES, services('tcp/25'))).toBe(true);
    expect(
      sameServices(DEFAULT_SCREEN_SERVICES, services('tcp/3389', 'udp/3389', 'tcp/1494', 'tcp/2598', 'tcp/443', 'udp/443', 'tcp/8008')),
    ).toBe(true);
  });

  it('converts approved connections and breakout entries', () => {
    const [middle, juki] = site.approved;
    expect(middle!.name).toBe('中間サーバー');
    expect(middle!.from.equals(space('10.10.1.5/32'))).toBe(true);
    expect(middle!.to.equals(space('172.16.100.0/28'))).toBe(true);
    expect(sameServices(middle!.services, services('tcp/443'))).toBe(true);
    expect(juki!.to.equals(AddressSpace.ANY_V4)).toBe(true);
    expect(sameServices(juki!.services, ServiceSet.ANY)).toBe(true);
    expect(site.breakout).toHaveLength(1);
    expect(site.breakout[0]!.name).toBe('Microsoft 365');
    expect(site.breakout[0]!.destinations.equals(space('52.96.0.0/14'))).toBe(true);
    expect(sameServices(site.breakout[0]!.services, services('tcp/443', 'udp/3478-3481'))).toBe(true);
  });

  it('converts published services, and skips one without services with its line', () => {
    const text = 'published:\n  - { name: メール受信, hosts: [10.30.5.20], services: [tcp/25] }\n  - { name: Web, hosts: [10.30.5.21] }\n';
    const { site: s, errors } = loaded(text);
    expect(s.published).toHaveLength(1);
    expect(s.published[0]!.name).toBe('メール受信');
    expect(s.published[0]!.hosts.equals(space('10.30.5.20/32'))).toBe(true);
    expect(sameServices(s.published[0]!.services, services('tcp/25'))).toBe(true);
    expect(s.published[0]!.provenance).toEqual({ file: 'sansou.yaml', line: 2 });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 3, key: 'published[1]' });
    expect(errors[0]!.message).toBe("published service 'Web' has no 'services', which is required (it is skipped)");
  });

  it("records entries that said 'any' or a /0 prefix", () => {
    const line = lineOf(text, 'name: 住基ネット');
    expect(site.broadEntries).toEqual([
      { kind: 'approved', name: '住基ネット', field: 'to', spec: '0.0.0.0/0', provenance: { file: 'sansou.yaml', line } },
      { kind: 'approved', name: '住基ネット', field: 'services', spec: 'any', provenance: { file: 'sansou.yaml', line } },
    ]);
  });
});

describe('loadSiteFile: misspelled keys', () => {
  const text = fixture('wrong-keys.yaml');
  const { site, errors } = loaded(text);

  it('reports an unknown top-level key on its line, with a suggestion', () => {
    const error = errors.find((e) => e.key === 'segmnets');
    expect(error).toEqual({
      file: 'sansou.yaml',
      line: 2,
      column: 1,
      key: 'segmnets',
      message: "unknown key 'segmnets' at top level — did you mean 'segments'?",
    });
    expect(formatSiteFileError(error!)).toBe("sansou.yaml:2:1: segmnets: unknown key 'segmnets' at top level — did you mean 'segments'?");
  });

  it('reports a misspelled key inside a segment once, and skips only that segment', () => {
    const dmzErrors = errors.filter((e) => e.key.startsWith('segments.dmz'));
    expect(dmzErrors).toHaveLength(1);
    expect(dmzErrors[0]).toMatchObject({ line: lineOf(text, 'netwoks'), column: 5, key: 'segments.dmz.netwoks' });
    expect(dmzErrors[0]!.message).toContain("unknown key 'netwoks' in segment 'dmz' — did you mean 'networks'?");
    expect(dmzErrors[0]!.message).toContain("segment 'dmz' is skipped");
    expect(site.segments.map((s) => s.id)).toEqual(['lgwan', 'internet']);
    expect(site.organization).toBe('誤字町');
  });

  it('does not load what sits under a misspelled section', () => {
    expect(site.segments.some((s) => s.networks.contains(ip('10.99.0.1')))).toBe(false);
  });

  it('maps errors deep in block style to their lines, and keeps the rest of the entry', () => {
    expect(errors.find((e) => e.key === 'segments.internet.attach[0].securityCloud')).toMatchObject({
      line: lineOf(text, 'securityCloud: yes'),
      column: 24,
    });
    const vdom = errors.find((e) => e.key === 'segments.internet.attach[0].vdom');
    expect(vdom?.line).toBe(lineOf(text, 'vdom: root'));
    expect(vdom?.message).toContain('expected one of: device, interface, securityCloud');
    const internet = site.segments.find((s) => s.id === 'internet')!;
    expect(internet.attach.map((a) => [a.device, a.interface, a.securityCloud])).toEqual([['fw-edge', 'port2', false]]);
    expect(errors).toHaveLength(4);
  });

  it('suggests a key that differs only in case', () => {
    const { errors: caseErrors } = loaded('Segments: {}\n');
    expect(caseErrors.map((e) => e.message)).toEqual(["unknown key 'Segments' at top level — did you mean 'segments'?"]);
  });

  it('lists the known keys when nothing is close', () => {
    const { errors: farErrors } = loaded('organization: x\nfirewalls: []\n');
    expect(farErrors).toHaveLength(1);
    expect(farErrors[0]).toMatchObject({ line: 2, key: 'firewalls' });
    expect(farErrors[0]!.message).toBe(
      "unknown key 'firewalls' at top level; expected one of: organization, model, policy, segments, externals, transit, sanitizers, approved, published, breakout",
    );
  });
});

describe('loadSiteFile: invalid values', () => {
  const text = fixture('bad-values.yaml');
  const { site, errors } = loaded(text);
  const byKey = (key: string): SiteFileError | undefined => errors.find((e) => e.key === key);

  it('rejects a prefix with host bits set and suggests the network', () => {
    expect(byKey('segments.lgwan.networks[1]')).toMatchObject({
      line: 3,
      message: "'10.20.1.5/16' has host bits set under its /16 prefix — did you mean 10.20.0.0/16? (this item is skipped)",
    });
    expect(byKey('segments.lgwan.networks[3]')?.message).toContain('did you mean 2001:db8::/64?');
  });

  it('rejects text that is not an address, keeping the valid items of the list', () => {
    expect(byKey('segments.lgwan.networks[2]')?.message).toContain("'10.20.300.0/24' is not an IP address or prefix");
    const lgwan = site.segments.find((s) => s.id === 'lgwan')!;
    expect(lgwan.networks.equals(space('10.20.0.0/16'))).toBe(true);
  });

  it('rejects an unknown kind, naming the allowed ones, and skips that segment only', () => {
    expect(byKey('segments.core.kind')).toMatchObject({
      line: lineOf(text, 'core:'),
      message: "expected one of mynumber, lgwan, internet, dmz, other; found text 'core' (segment 'core' is skipped)",
    });
    expect(site.segments.map((s) => s.id)).toEqual(['lgwan', 'internet']);
  });

  it('rejects an external id that a segment already uses', () => {
    expect(byKey('externals.internet')).toMatchObject({
      line: 7,
      column: 3,
      message:
        "duplicate id 'internet': segments and externals share one namespace, and segment 'internet' is at line 4 (this external is skipped)",
    });
    expect(site.externals.map((e) => e.id)).toEqual(['the-internet']);
  });

  it('requires services on a file sanitizer', () => {
    const error = byKey('sanitizers[0]');
    expect(error?.line).toBe(lineOf(text, 'name: file-cdr'));
    expect(error?.message).toContain("file sanitizer 'file-cdr' declares no services");
    expect(site.sanitizers.map((s) => s.name)).toEqual(['mail-txt', 'vdi']);
  });

  it('rejects bad service specs, keeping the valid ones', () => {
    expect(byKey('sanitizers[1].services[1]')?.message).toMatch(/^'tcp\/25x' is not a service: expected/);
    expect(byKey('sanitizers[1].services[2]')?.message).toContain('like tcp/443');
    expect(byKey('approved[0].services[0]')?.message).toContain('ports go up to 65535');
    const mail = site.sanitizers.find((s) => s.name === 'mail-txt')!;
    expect(sameServices(mail.services, services('tcp/25'))).toBe(true);
    expect(sameServices(site.approved[0]!.services, services('tcp/443'))).toBe(true);
  });

  it('uses explicit services instead of the method defaults', () => {
    const vdi = site.sanitizers.find((s) => s.name === 'vdi')!;
    expect(sameServices(vdi.services, services('tcp/3389'))).toBe(true);
  });

  it('sorts errors by position and reports nothing else', () => {
    expect(errors).toHaveLength(9);
    const positions = errors.map((e) => e.line * 1000 + e.column);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('loadSiteFile: more rules', () => {
  it('reports a duplicate id within one section and keeps the first', () => {
    const { site, errors } = loaded('segments:\n  a: { kind: lgwan, networks: [10.0.0.0/8] }\n  a: { kind: dmz, networks: [192.0.2.0/24] }\n');
    expect(errors).toEqual([
      { file: 'sansou.yaml', line: 3, column: 3, key: 'segments.a', message: "duplicate id 'a' (first at line 2); this one is skipped" },
    ]);
    expect(site.segments.map((s) => [s.id, s.kind])).toEqual([['a', 'lgwan']]);
  });

  it('rejects invalid and reserved ids', () => {
    const { site, errors } = loaded('segments:\n  "総務": { kind: other, networks: [] }\n  transit: { kind: other, networks: [] }\n  ok.v2: { kind: other, networks: [] }\n');
    expect(errors.map((e) => [e.line, e.key])).toEqual([
      [2, 'segments["総務"]'],
      [3, 'segments.transit'],
    ]);
    expect(errors[0]!.message).toContain('put a Japanese display name in name:');
    expect(errors[1]!.message).toContain('reserved');
    expect(site.segments.map((s) => s.id)).toEqual(['ok.v2']);
  });

  it('allows one default external only', () => {
    const { site, errors } = loaded('externals:\n  a: { kind: internet, networks: default }\n  b: { kind: other, networks: default }\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 3, key: 'externals.b.networks' });
    expect(site.externals.map((e) => e.networks === 'default')).toEqual([true, false]);
    expect((site.externals[1]!.networks as AddressSpace).isEmpty()).toBe(true);
  });

  it("suggests 'default' for a misspelled networks: default", () => {
    const { site, errors } = loaded('externals:\n  net: { kind: internet, networks: defualt }\n');
    expect(errors.map((e) => e.message)).toEqual(["expected a list or 'default', found text 'defualt' — did you mean 'default'? (external 'net' is skipped)"]);
    expect(site.externals).toEqual([]);
  });

  it('ignores breakout entries unless the model is alpha-prime', () => {
    const body = 'breakout:\n  - { name: M365, destinations: [0.0.0.0/0], services: [tcp/443] }\n';
    const { site, errors } = loaded(`model: beta\n${body}`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, key: 'breakout' });
    expect(errors[0]!.message).toContain("the model is 'beta'");
    expect(site.breakout).toEqual([]);
    expect(site.broadEntries).toEqual([]);
    const prime = loaded(`model: alpha-prime\n${body}`);
    expect(prime.errors).toEqual([]);
    expect(prime.site.breakout).toHaveLength(1);
    expect(prime.site.broadEntries.map((b) => [b.kind, b.field, b.spec])).toEqual([['breakout', 'destinations', '0.0.0.0/0']]);
  });

  it('requires services on approved connections rather than assuming any', () => {
    const { site, errors } = loaded('approved:\n  - { name: x, from: [10.10.1.5], to: [172.16.0.1] }\n');
    expect(errors.map((e) => [e.line, e.key, e.message])).toEqual([
      [2, 'approved[0]', "approved connection 'x' has no 'services', which is required (it is skipped)"],
    ]);
    expect(site.approved).toEqual([]);
  });

  it('reports a value of the wrong type once, with the allowed choices', () => {
    const { site, errors } = loaded('model:\nsegments:\n  a: { kind: 5, networks: [] }\n');
    expect(errors.map((e) => [e.line, e.key, e.message])).toEqual([
      [1, 'model', 'expected one of alpha, alpha-prime, beta, beta-prime, two-layer, internet-only; found an empty value (ignored)'],
      [3, 'segments.a.kind', "expected one of mynumber, lgwan, internet, dmz, other; found the number 5 (segment 'a' is skipped)"],
    ]);
    expect(site.model).toBeUndefined();
    expect(site.segments).toEqual([]);
  });

  it('explains a value that should have been a list', () => {
    const { site, errors } = loaded('segments:\n  lgwan: { kind: lgwan, networks: 10.20.0.0/16 }\n');
    expect(errors.map((e) => e.message)).toEqual([
      "expected a list, found text '10.20.0.0/16' — write [10.20.0.0/16] for a one-item list (segment 'lgwan' is skipped)",
    ]);
    expect(site.segments).toEqual([]);
  });

  it('resolves aliases, giving each use its own provenance', () => {
    const { site, errors } = loaded('segments:\n  a: &seg { kind: other, networks: [10.1.0.0/16] }\n  b: *seg\n');
    expect(errors).toEqual([]);
    expect(site.segments.map((s) => [s.id, s.provenance?.line])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
    expect(site.segments[1]!.networks.equals(space('10.1.0.0/16'))).toBe(true);
  });

  it('treats an empty section as empty', () => {
    const { site, errors } = loaded('segments:\nsanitizers:\ntransit:\n');
    expect(errors).toEqual([]);
    expect(site.segments).toEqual([]);
    expect(site.transit.isEmpty()).toBe(true);
  });

  it('reads a file with a byte-order mark and CRLF line ends', () => {
    const { site, errors } = loaded('\ufefforganization: A町\r\nmodel: beta\r\nsegmnets: {}\r\n');
    expect(site.organization).toBe('A町');
    expect(site.model).toBe('beta');
    expect(errors.map((e) => [e.line, e.column, e.key])).toEqual([[3, 1, 'segmnets']]);
  });
});

describe('loadSiteFile: unusable and empty documents', () => {
  it('reports a YAML syntax error with its line and returns no site', () => {
    const result = loadSiteFile(fixture('syntax-error.yaml'), 'sansou.yaml');
    expect(result.site).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: 'sansou.yaml', line: 4, column: 1, key: '' });
    expect(result.errors[0]!.message).toMatch(/^YAML syntax error: /);
  });

  it('rejects a document that is not a map', () => {
    const result = loadSiteFile('- a\n- b\n', 'sansou.yaml');
    expect(result.site).toBeUndefined();
    expect(result.errors.map((e) => e.message)).toEqual(['the site file must be a map of keys (organization:, model:, segments: ...), but it is a list']);
  });

  it('reads an empty file as an empty site without errors', () => {
    for (const text of [fixture('empty.yaml'), '# nothing declared yet\n', '---\n']) {
      const result = loadSiteFile(text, 'sansou.yaml');
      expect(result.errors).toEqual([]);
      expect(result.site).toBeDefined();
      const site = result.site!;
      expect([site.segments, site.externals, site.sanitizers, site.approved, site.breakout, site.broadEntries]).toEqual([[], [], [], [], [], []]);
      expect(site.transit.isEmpty()).toBe(true);
      expect(site.model).toBeUndefined();
    }
  });

  it('does not loop on an alias that refers to its own container', () => {
    const result = loadSiteFile('transit: &t [10.0.0.0/8, *t]\n', 'sansou.yaml');
    expect(result.errors.some((e) => e.key === 'transit[1]')).toBe(true);
    expect(result.site?.transit.equals(space('10.0.0.0/8'))).toBe(true);
  });

  it('never throws, and every error lies inside the file', () => {
    const siteLike = fc.record(
      {
        model: fc.oneof(fc.constantFrom('alpha', 'alpha-prime', 'beta'), fc.string()),
        segments: fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 3 }), { maxKeys: 4 }),
        externals: fc.anything({ maxDepth: 3 }),
        sanitizers: fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
        approved: fc.anything({ maxDepth: 3 }),
        transit: fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string()), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    const texts = fc.oneof(fc.string({ maxLength: 200 }), siteLike.map((v) => stringify(v)));
    fc.assert(
      fc.property(texts, (text) => {
        const result = loadSiteFile(text, 'f.yaml');
        const lines = text.split(/\r?\n|\r/).length;
        for (const e of result.errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(lines);
          expect(e.message).not.toMatch(/internal error/);
        }
        if (result.errors.length === 0) expect(result.site).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});
