import { describe, expect, it } from 'vitest';
import { EXAMPLE_DEVICE, type AbstractDevice, type AbstractRule, type VendorWriter } from '../../bench/synthetic/abstract-device.mjs';
import { propagate } from '../../src/analysis/propagate.js';
import type { ParsedConfig } from '../../src/model/parse-result.js';
import { Topology } from '../../src/network/topology.js';
import { CONFIG_FORMATS } from '../../src/snapshot/formats.js';
import { formatCidr, formatIp } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { type LargeDeviceOptions, abstractAddresses, ingressVerdicts, interfaceAddresses, largeDevice, verdict } from './bench-devices.js';
import { space, segment, site } from './build-network.js';
import { pkt } from './config-tests.js';

/**
 * Renders `device` with `writer` and reads it back the way a snapshot is read: the format is
 * detected from the text, and a config's companion file (iptables + ip) is handed to its parser.
 */
export function renderAndParse(writer: VendorWriter, device: AbstractDevice = EXAMPLE_DEVICE): ParsedConfig {
  const files = writer.render(device);
  const recognized = files.map((f) => ({ ...f, format: CONFIG_FORMATS.find((c) => c.detect(f.text)) }));
  const configs = recognized.filter((f) => f.format !== undefined);
  expect(configs.map((c) => c.format!.id)).toEqual([writer.vendor]);
  const config = configs[0]!;
  const companion = recognized.find((f) => f.format === undefined && config.format!.companion?.detect(f.text));
  return config.format!.parse(config.text, `configs/${config.file}`, companion && { text: companion.text, file: `configs/${companion.file}` });
}

/** The abstract semantics: the first rule for the ingress interface whose fields all match. */
function expectedAction(device: AbstractDevice, from: number, probe: Probe): 'permit' | 'deny' {
  const rule = device.rules.find((r) => r.from === from && inObject(device, r.source, probe.src) && inObject(device, r.destination, probe.dst) && serviceMatches(r, probe));
  return rule?.action ?? 'deny';
}

interface Probe {
  readonly src: string;
  readonly dst: string;
  readonly protocol: 'tcp' | 'udp' | 'icmp';
  readonly port: number;
}

function inObject(device: AbstractDevice, name: string, address: string): boolean {
  if (name === 'any') return true;
  const object = device.addresses.find((a) => a.name === name)!;
  return space(`${object.network}/${object.prefix}`).contains(pkt(address, address, 'tcp').src);
}

function serviceMatches(rule: AbstractRule, probe: Probe): boolean {
  if (rule.protocol === 'any') return true;
  if (rule.protocol !== probe.protocol) return false;
  return rule.port === undefined || rule.port === probe.port;
}

/** An address inside an object (the fifth host of a network); for 'any', an address no object holds. */
function addressIn(device: AbstractDevice, name: string): string {
  if (name === 'any') return '198.51.100.7';
  const object = device.addresses.find((a) => a.name === name)!;
  const [network, prefix] = [object.network, object.prefix];
  const octets = network.split('.').map(Number);
  if (prefix < 32) octets[3] = octets[3]! + 5;
  return octets.join('.');
}

/** Probes for every rule: the packet it describes, and the same packet on a port no rule names. */
function probesFor(device: AbstractDevice, rule: AbstractRule): Probe[] {
  const src = addressIn(device, rule.source);
  const dst = addressIn(device, rule.destination);
  const protocol = rule.protocol === 'any' ? 'tcp' : rule.protocol;
  const port = rule.protocol === 'icmp' ? 8 : (rule.port ?? 9999);
  return [
    { src, dst, protocol, port },
    { src, dst, protocol: 'udp', port: 31337 },
  ];
}

/**
 * Checks that the parsed device forwards exactly what the abstract device permits: for every
 * rule, the packet it describes and a variant no rule names, injected at the rule's ingress
 * interface. Each interface's subnet is a segment; an external owns the rest, behind the
 * interface that carries the default route.
 */
export function expectSameVerdicts(writer: VendorWriter, parsed: ParsedConfig, device: AbstractDevice = EXAMPLE_DEVICE): void {
  const model = parsed.devices.find((d) => d.id === writer.deviceId(device.hostname));
  expect(model, `device ${writer.deviceId(device.hostname)} in ${parsed.devices.map((d) => d.id).join(', ')}`).toBeDefined();
  const uplink = device.interfaces.findIndex((i) => device.routes.some((r) => r.prefix === 0 && sameSubnet(r.gateway, i)));
  const segments = device.interfaces.flatMap((i, k) => (k === uplink ? [] : [segment(`s${k}`, k === 0 ? 'lgwan' : 'dmz', `${i.address}/${i.prefix}`)]));
  const externals = [{ id: 'wan', kind: 'internet' as const, networks: 'default' as const, attach: [{ device: model!.id, interface: writer.interfaceName(uplink), securityCloud: false }] }];
  const topology = new Topology([model!], site({ segments, externals }));
  for (const rule of device.rules) {
    for (const probe of probesFor(device, rule)) {
      const packet = pkt(probe.src, probe.dst, probe.protocol, probe.port);
      const start = { source: 'probe', device: model!.id, iface: writer.interfaceName(rule.from), packets: PacketSet.ofPacket(packet) };
      const fates = new Set(propagate(topology, [start]).map((o) => (o.disposition === 'delivered' ? 'permit' : 'deny')));
      const expected = expectedAction(device, rule.from, probe);
      expect([...fates], `${rule.name}: ${probe.protocol} ${probe.src} → ${probe.dst}:${probe.port}`).toEqual([expected]);
    }
  }
}

function sameSubnet(address: string, iface: AbstractDevice['interfaces'][number]): boolean {
  return space(`${iface.address}/${iface.prefix}`).contains(pkt(address, address, 'tcp').src);
}

/**
 * For the vendors that filter per ingress interface: a random device of 120 rules with none
 * entering interface 2, rendered and read back; per interface, the verdicts of its inbound
 * list as parsed (`written`) and of the abstract rules entering it, in order (`entering`).
 */
export function ingressLists(writer: VendorWriter): Array<{ name: string; written: string[] | undefined; entering: string[] }> {
  const device = largeDevice({ rules: 120, hostname: 'order-check' });
  device.rules = device.rules.filter((r) => r.from !== 2);
  const parsed = renderAndParse(writer, device);
  return [...device.interfaces.keys()].map((k) => ({
    name: writer.interfaceName(k),
    written: ingressVerdicts(writer, parsed, k),
    entering: device.rules.filter((r) => r.from === k).map(verdict),
  }));
}

/** Parses cleanly: PASSED, no warning, the one device with its id and hostname, every interface up with its address, the static routes. */
function expectCleanParse(writer: VendorWriter, parsed: ParsedConfig, device: AbstractDevice): void {
  expect(parsed.status).toBe('PASSED');
  expect(parsed.warnings).toEqual([]);
  expect(parsed.devices.map((d) => d.id)).toEqual([writer.deviceId(device.hostname)]);
  expect(interfaceAddresses(writer, parsed, device)).toEqual(abstractAddresses(device));
  const model = parsed.devices[0]!;
  expect(model.hostname).toBe(device.hostname);
  expect(device.interfaces.map((_, k) => model.interfaces.find((m) => m.name === writer.interfaceName(k))?.enabled)).toEqual(device.interfaces.map(() => true));
  expect(model.routes.map((r) => `${formatCidr(r.prefix)} via ${r.gateway ? formatIp(r.gateway) : '-'}`)).toEqual(device.routes.map((r) => `${r.network}/${r.prefix} via ${r.gateway}`));
}

/**
 * What every vendor writer must do, as one suite: render the example device and a large random
 * one so that sansou reads them back with no warning and the same verdicts as the abstract
 * rules, and render the same bytes for the same device. `large` is the random device's options
 * (a vendor may need to avoid what sansou cannot model). Each vendor's test file adds its own.
 */
export function describeWriterContract(writer: VendorWriter, large: LargeDeviceOptions = {}): void {
  describe(`${writer.vendor} writer contract`, () => {
    it('renders the example device as an export sansou reads without a warning, with the same verdicts', () => {
      const parsed = renderAndParse(writer);
      expectCleanParse(writer, parsed, EXAMPLE_DEVICE);
      expectSameVerdicts(writer, parsed);
    });

    it('renders 300 random rules over many objects on every interface faithfully', () => {
      const device = largeDevice({ rules: 300, ...large });
      const parsed = renderAndParse(writer, device);
      expectCleanParse(writer, parsed, device);
      expectSameVerdicts(writer, parsed, device);
    });

    it('renders the same bytes for the same device, and other bytes for another', () => {
      const device = largeDevice({ ...large, rules: 50, seed: 7 });
      expect(writer.render(structuredClone(device))).toEqual(writer.render(device));
      expect(writer.render(EXAMPLE_DEVICE)).toEqual(writer.render(structuredClone(EXAMPLE_DEVICE)));
      expect(writer.render(device)).not.toEqual(writer.render(largeDevice({ ...large, rules: 50, seed: 8 })));
    });
  });
}
