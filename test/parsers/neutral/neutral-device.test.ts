import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeNeutralDevice, parseNeutralDevice } from '../../../parsers/neutral/index.js';
import { parseIp } from '../../../src/space/ip.js';
import type { Packet } from '../../../src/space/packet.js';

const read = (name: string) => readFileSync(`test/fixtures/neutral/${name}`, 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const packet = (src: string, dst: string, protocol: number, dstPort: number): Packet => ({ src: parseIp(src)!, dst: parseIp(dst)!, protocol, srcPort: 40000, dstPort });

describe('neutral device file', () => {
  it('is recognized by its marker in YAML and JSON, not by name', () => {
    expect(looksLikeNeutralDevice(read('l3sw-annex.yaml'))).toBe(true);
    expect(looksLikeNeutralDevice(read('fw-cloud.json'))).toBe(true);
    expect(looksLikeNeutralDevice('hostname: x\ninterfaces: []\n')).toBe(false);
  });

  it('converts interfaces, zones, routes, filters, NAT and management with their lines', () => {
    const text = read('l3sw-annex.yaml');
    const result = parseNeutralDevice(text, 'configs/l3sw-annex.yaml');
    expect(result.status).toBe('PASSED');
    const [d] = result.devices;
    expect(d!.id).toBe('l3sw-annex');
    expect(d!.interfaces.map((i) => [i.name, i.enabled, i.zone])).toEqual([
      ['vlan10', true, 'LGWAN'],
      ['vlan20', true, 'INET'],
      ['uplink', true, undefined],
      ['spare', false, undefined],
    ]);
    expect(d!.zones.map((z) => z.name)).toEqual(['LGWAN', 'INET']);
    expect(d!.routes.map((r) => [r.id, r.discard, r.distance])).toEqual([
      ['1', false, 1],
      ['blackhole', true, 1],
    ]);
    const stage = d!.filters[0]!;
    expect(stage.inInterfaces).toEqual(['vlan10']);
    expect(stage.rules.map((r) => [r.id, r.provenance.line])).toEqual([
      ['10', lineOf(text, 'id: "10"')],
      ['20', lineOf(text, 'id: "20"')],
      ['30', lineOf(text, 'id: "30"')],
    ]);
    const rdp = stage.rules[1]!.terms[0]!.packets;
    expect(rdp.contains(packet('10.20.50.9', '10.30.6.2', 6, 3389))).toBe(true);
    expect(rdp.contains(packet('10.20.50.9', '10.30.6.2', 6, 445))).toBe(false);
    const web = d!.destinationNat[0]!;
    expect(web.match.contains(packet('8.8.8.8', '10.255.60.10', 6, 443))).toBe(true);
    expect(web.translate).toMatchObject({ dst: { shift: parseIp('10.30.50.10')!.value as number - (parseIp('10.255.60.10')!.value as number) } });
    expect(d!.sourceNat[0]!.pool).toBeUndefined();
    expect(d!.management.map((m) => [m.service, m.interface, m.secure])).toEqual([
      ['ssh', undefined, true],
      ['telnet', 'vlan10', false],
    ]);
    expect(d!.management[0]!.sources!.contains(parseIp('10.20.50.7')!)).toBe(true);
  });

  it('gives a context its own device id', () => {
    expect(parseNeutralDevice(read('fw-cloud.json'), 'configs/fw-cloud.json').devices[0]!.id).toBe('fw-cloud/tenant-a');
  });

  it('reports each bad entry on its line, leaves it out and keeps the rest', () => {
    const text = read('broken-device.yaml');
    const result = parseNeutralDevice(text, 'configs/broken-device.yaml');
    expect(result.status).toBe('PARTIALLY_UNRECOGNIZED');
    const byLine = new Map(result.warnings.map((w) => [w.line, w]));
    expect(byLine.get(lineOf(text, 'adresses'))!.comment).toMatch(/unknown key 'adresses' — did you mean 'addresses'/);
    expect(byLine.get(lineOf(text, '10.0.0.300'))!.comment).toMatch(/not an interface address/);
    expect(byLine.get(lineOf(text, '/33'))!.comment).toMatch(/not a prefix/);
    expect(byLine.get(lineOf(text, 'allow'))!.kind).toBe('unrecognized');
    expect(byLine.get(lineOf(text, '99999'))!.comment).toMatch(/not a service/);
    const [d] = result.devices;
    expect(d!.interfaces.map((i) => i.name)).toEqual(['a', 'b']);
    expect(d!.routes.map((r) => r.provenance.line)).toEqual([lineOf(text, '10.8.0.0/16')]);
    // Rule 2 is gone; rules 1 and 3 keep their own lines.
    expect(d!.filters[0]!.rules.map((r) => [r.id, r.provenance.line])).toEqual([
      ['1', lineOf(text, 'id: "1"')],
      ['3', lineOf(text, 'id: "3"')],
    ]);
  });

  it('fails cleanly on a document without a hostname, and never throws', () => {
    const result = parseNeutralDevice('sansou-device: 1\ninterfaces: []\n', 'x.yaml');
    expect(result.status).toBe('FAILED');
    expect(parseNeutralDevice('sansou-device: [\n', 'y.yaml').status).toBe('FAILED');
  });
});
