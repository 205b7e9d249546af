import { describe, expect, it } from 'vitest';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { parseIp } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { device, iface, permit, route, segment, services, site, space, stage } from '../helpers/build-network.js';
import { check, only } from './run.js';

const ip = (t: string) => parseIp(t)!.value as number;
const sanitizers = [
  { name: 'mail-txt', method: 'mail' as const, hosts: space('10.30.0.5/32'), services: services('tcp/25'), origin: 'site' as const },
  { name: 'cdr', method: 'file' as const, hosts: space('10.20.0.10/32'), services: services('tcp/443'), origin: 'site' as const },
  { name: 'vdi', method: 'screen' as const, hosts: space('10.30.0.64/28'), services: services('tcp/3389'), origin: 'site' as const },
];
const twoSegments = site({ segments: [segment('lgwan', 'lgwan', '10.20.0.0/16'), segment('internet', 'internet', '10.30.0.0/16')], sanitizers });

function firewall(rules: ReturnType<typeof permit>[], extra = {}) {
  return device('fw', { interfaces: [iface('i1', '10.20.0.1/24'), iface('i2', '10.30.0.1/24')], filters: [stage(rules)], ...extra });
}

describe('forbid-flow: INTERNET-LGWAN-UNSANITIZED and LGWAN-INTERNET-DIRECT', () => {
  it('reports only the permits that no sanitizer carries, one finding per rule path', () => {
    const findings = check(
      [
        firewall([
          permit('1', 10, ['10.30.0.5/32'], ['10.20.0.25/32'], ['tcp/25']),
          permit('2', 20, ['10.30.0.0/24'], ['10.20.0.30/32'], ['tcp/445']),
          permit('3', 30, ['10.30.0.0/24'], ['10.20.0.10/32'], ['tcp/443']),
        ]),
      ],
      twoSegments,
    );
    const unsanitized = only(findings, 'INTERNET-LGWAN-UNSANITIZED');
    expect(unsanitized).toHaveLength(1);
    expect(unsanitized[0]!.path!.map((p) => p.rule)).toEqual(['2']);
    expect(unsanitized[0]!.packets).toEqual(['10.30.0.0/24 → 10.20.0.30 tcp/445']);
    expect(unsanitized[0]!.location).toEqual({ file: 'test.conf', line: 20 });
  });

  it('reports exactly the part of a rule that exceeds the sanitizer’s services', () => {
    const findings = check([firewall([permit('1', 10, ['10.30.0.5/32'], ['10.20.0.25/32'], ['tcp/25-26'])])], twoSegments);
    const f = only(findings, 'INTERNET-LGWAN-UNSANITIZED');
    expect(f).toHaveLength(1);
    expect(f[0]!.packets).toEqual(['10.30.0.5 → 10.20.0.25 tcp/26']);
    expect(f[0]!.witness).toMatchObject({ src: '10.30.0.5', dst: '10.20.0.25', dstPort: 26 });
  });

  it('accepts screen transfer only towards the screen servers, not from them', () => {
    const findings = check(
      [
        firewall([
          permit('1', 10, ['10.20.0.0/24'], ['10.30.0.64/28'], ['tcp/3389']),
          permit('2', 20, ['10.30.0.64/28'], ['10.20.0.0/24'], ['tcp/3389']),
        ]),
      ],
      twoSegments,
    );
    expect(only(findings, 'LGWAN-INTERNET-DIRECT')).toEqual([]);
    const back = only(findings, 'INTERNET-LGWAN-UNSANITIZED');
    expect(back.map((f) => f.path!.map((p) => p.rule))).toEqual([['2']]);
  });

  it('judges translated flows by where they are delivered: a VIP onto the sanitizer is carried, onto a file server is not', () => {
    const vip = (id: string, ext: string, mapped: string, port: number, mappedPort: number) => ({
      id,
      match: PacketSet.of(AddressSpace.ANY_V4, space(`${ext}/32`), services(`tcp/${port}`)),
      translate: { dst: { shift: ip(mapped) - ip(ext) }, dport: { set: IntervalSet.range(mappedPort, mappedPort + 1) } },
      mapped: space(`${mapped}/32`),
      provenance: { file: 'test.conf', line: 5 },
    });
    const allowVips = permit('9', 90, ['10.30.0.0/24'], ['0.0.0.0/0'], [], { terms: [{ packets: PacketSet.of(space('10.30.0.0/24'), AddressSpace.ANY), dnat: ['cdr-vip', 'fs-vip'] }] });
    const findings = check(
      [firewall([allowVips], { destinationNat: [vip('cdr-vip', '10.30.0.100', '10.20.0.10', 80, 443), vip('fs-vip', '10.30.0.101', '10.20.0.30', 443, 443)] })],
      twoSegments,
    );
    const f = only(findings, 'INTERNET-LGWAN-UNSANITIZED');
    expect(f).toHaveLength(1);
    expect(f[0]!.witness).toMatchObject({ dst: '10.30.0.101', dstPort: 443 });
    expect(f[0]!.delivered).toMatchObject({ dst: '10.20.0.30', dstPort: 443 });
    expect(f[0]!.path![0]!.nat).toBe('DNAT fs-vip');
  });
});

describe('forbid-flow: マイナンバー checks', () => {
  const mnSite = site({
    segments: [segment('mynumber', 'mynumber', '10.10.0.0/16'), segment('lgwan', 'lgwan', '10.20.0.0/16'), segment('internet', 'internet', '10.30.0.0/16')],
    approved: [{ name: '中間サーバー', from: space('10.10.1.5/32'), to: space('10.20.9.0/28'), services: services('tcp/443') }],
  });
  const fw = (rules: ReturnType<typeof permit>[]) =>
    device('fw', {
      interfaces: [iface('m', '10.10.0.1/24'), iface('l', '10.20.0.1/24'), iface('n', '10.30.0.1/24')],
      // The segments' hosts sit behind L3 switches that are not in the snapshot.
      routes: [route('1', '10.10.0.0/16', '10.10.0.254'), route('2', '10.20.0.0/16', '10.20.0.254'), route('3', '10.30.0.0/16', '10.30.0.254')],
      filters: [stage(rules)],
    });

  it('lets an approved connection through and reports what exceeds it, in both directions', () => {
    const findings = check(
      [
        fw([
          permit('1', 10, ['10.10.1.5/32'], ['10.20.9.0/28'], ['tcp/443']),
          permit('2', 20, ['10.10.1.0/24'], ['10.20.9.0/28'], ['tcp/443']),
          permit('3', 30, ['10.20.0.0/16'], ['10.10.1.5/32'], ['tcp/22']),
        ]),
      ],
      mnSite,
    );
    const f = only(findings, 'MYNUMBER-LGWAN');
    expect(f.map((x) => [x.from, x.to, x.path![0]!.rule])).toEqual([
      ['mynumber', 'lgwan', '2'],
      ['lgwan', 'mynumber', '3'],
    ]);
    expect(f[0]!.packets).toEqual(['10.10.1.0/24 except 10.10.1.5 → 10.20.9.0/28 tcp/443']);
  });

  it('never lets an approval carry traffic to the Internet side', () => {
    const findings = check([fw([permit('1', 10, ['10.10.1.5/32'], ['10.30.0.0/16'], ['tcp/443'])])], mnSite);
    expect(only(findings, 'MYNUMBER-INTERNET')).toHaveLength(1);
  });
});
