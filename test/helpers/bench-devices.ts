import { expect } from 'vitest';
import type { AbstractDevice, AbstractRule, VendorWriter } from '../../bench/synthetic/abstract-device.mjs';
import type { Rule } from '../../src/model/filter.js';
import type { ParsedConfig } from '../../src/model/parse-result.js';
import { formatIp } from '../../src/space/ip.js';
import { Prng } from './prng.js';

export interface LargeDeviceOptions {
  /** Interfaces in all, the last one being the uplink (default 6: five inside segments). */
  readonly interfaces?: number;
  /** Rules in all (default 300), spread round-robin over the ingress interfaces. */
  readonly rules?: number;
  /** Seed of the generator (default 1): the same options always give the same device. */
  readonly seed?: number;
  readonly hostname?: string;
  /**
   * No deny rule is ICMP-only. sansou models a PAN-OS deny rule limited to the icmp App-ID as
   * matching nothing (and warns), so a device for the PAN-OS writer must not ask for one.
   */
  readonly noIcmpDeny?: boolean;
}

const TCP_PORTS = [22, 25, 80, 443, 445, 3389, 8080, 8443] as const;
const UDP_PORTS = [53, 123, 161, 514] as const;

/**
 * A device with `interfaces - 1` inside /16 segments (10.k+1.0.0/16) and an uplink
 * (192.0.2.2/30) that carries the default route and a static route to 172.16.0.0/12. Each
 * inside segment has its whole network, /24 networks and hosts as objects, so rules overlap
 * and shadow each other; the uplink's objects lie behind its static route (LGWAN) and on the
 * Internet (default route). Rule k enters interface k mod `interfaces`, so every interface has
 * rules once there are as many rules as interfaces; its egress interface is another one, and
 * its destination an object behind that egress interface, as the contract demands. Protocols,
 * ports, actions and log settings are drawn from a seeded generator.
 */
export function largeDevice(options: LargeDeviceOptions = {}): AbstractDevice {
  const { interfaces: count = 6, rules: ruleCount = 300, seed = 1, hostname = 'bench-fw-01', noIcmpDeny = false } = options;
  if (!Number.isInteger(count) || count < 2 || count > 200) throw new RangeError(`largeDevice: ${count} interfaces (2..200)`);
  const random = new Prng(seed);
  const uplink = count - 1;
  const interfaces = [
    ...Array.from({ length: uplink }, (_, k) => ({ address: `10.${k + 1}.0.1`, prefix: 16, description: `floor ${k + 1} users` })),
    { address: '192.0.2.2', prefix: 30, description: 'uplink to wan' },
  ];
  const objects: string[][] = interfaces.map(() => []);
  const addresses: AbstractDevice['addresses'] = [];
  const add = (side: number, name: string, network: string, prefix: number) => {
    addresses.push({ name, network, prefix });
    objects[side]!.push(name);
  };
  for (let k = 0; k < uplink; k++) {
    add(k, `floor-${k + 1}`, `10.${k + 1}.0.0`, 16);
    for (let n = 0; n < 6; n++) add(k, `net-10-${k + 1}-${n * 16}-0`, `10.${k + 1}.${n * 16}.0`, 24);
    for (let n = 0; n < 6; n++) add(k, `pc-10-${k + 1}-${n * 16}-${n + 20}`, `10.${k + 1}.${n * 16}.${n + 20}`, 32);
  }
  add(uplink, 'lgwan-wan', '172.16.0.0', 12);
  for (let n = 0; n < 4; n++) add(uplink, `lgwan-${n}`, `172.20.${n}.0`, 24);
  for (let n = 0; n < 4; n++) add(uplink, `web-203-0-113-${n + 10}`, `203.0.113.${n + 10}`, 32);
  const rules: AbstractRule[] = [];
  for (let i = 0; i < ruleCount; i++) {
    const from = i % count;
    let to = random.int(0, count - 2);
    if (to >= from) to++;
    const protocol = random.pick(['tcp', 'tcp', 'udp', 'icmp', 'any'] as const);
    const port = protocol === 'tcp' ? random.pick([...TCP_PORTS, undefined]) : protocol === 'udp' ? random.pick(UDP_PORTS) : undefined;
    const deny = random.chance(0.3) && !(noIcmpDeny && protocol === 'icmp');
    rules.push({
      name: `p${String(i + 1).padStart(4, '0')}`,
      from,
      to,
      source: random.chance(0.2) ? 'any' : random.pick(objects[from]!),
      destination: random.pick(objects[to]!),
      protocol,
      ...(port === undefined ? {} : { port }),
      action: deny ? 'deny' : 'permit',
      log: random.chance(0.5),
    });
  }
  return {
    hostname,
    interfaces,
    routes: [
      { network: '0.0.0.0', prefix: 0, gateway: '192.0.2.1' },
      { network: '172.16.0.0', prefix: 12, gateway: '192.0.2.1' },
    ],
    addresses,
    rules,
    syslog: '10.1.0.50',
  };
}

/** Rules the config wrote, as opposed to those the converter added for vendor defaults. */
export function writtenRules(parsed: ParsedConfig): Rule[] {
  return parsed.devices.flatMap((d) => d.filters).flatMap((f) => f.rules).filter((r) => !r.implicit);
}

/** The addresses (`a.b.c.d/p`) the parsed device gives each of `device`'s interfaces, in order. */
export function interfaceAddresses(writer: VendorWriter, parsed: ParsedConfig, device: AbstractDevice): Array<string[] | undefined> {
  const model = parsed.devices.find((d) => d.id === writer.deviceId(device.hostname));
  return device.interfaces.map((_, k) => model?.interfaces.find((i) => i.name === writer.interfaceName(k))?.addresses.map((a) => `${formatIp(a.address)}/${a.prefixLength}`));
}

/** What `device`'s interfaces should read back as, in the shape of `interfaceAddresses`. */
export function abstractAddresses(device: AbstractDevice): string[][] {
  return device.interfaces.map((i) => [`${i.address}/${i.prefix}`]);
}

/** `permit`, `deny log` …: a rule's action and log setting, for comparing lists of rules. */
export function verdict(rule: { readonly action: string; readonly log: boolean }): string {
  return `${rule.action}${rule.log ? ' log' : ''}`;
}

/**
 * The verdicts of the written rules in interface `index`'s inbound list, in order, for the
 * vendors that filter per ingress interface (ASA, IOS, RTX); undefined if it has no list.
 */
export function ingressVerdicts(writer: VendorWriter, parsed: ParsedConfig, index: number): string[] | undefined {
  const name = writer.interfaceName(index);
  const stage = parsed.devices.flatMap((d) => d.filters).find((f) => f.inInterfaces?.includes(name));
  return stage?.rules.filter((r) => !r.implicit).map(verdict);
}

/**
 * Checks that `rules` hold each abstract rule of `device` exactly once, found by `key` (the
 * rule's name or comment, as the vendor keeps it), with its action and log setting.
 */
export function expectEveryRuleKept(rules: readonly Rule[], device: AbstractDevice, key: (rule: Rule) => string | undefined): void {
  expect(rules).toHaveLength(device.rules.length);
  const kept = Object.fromEntries(rules.map((r) => [String(key(r)), verdict(r)]));
  expect(kept).toEqual(Object.fromEntries(device.rules.map((r) => [r.name, verdict(r)])));
}
