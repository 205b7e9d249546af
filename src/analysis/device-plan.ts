import type { Device } from '../model/device.js';
import type { FilterStage, Rule } from '../model/filter.js';
import type { ManagementAccess } from '../model/management.js';
import { type Fib, buildFib } from '../network/fib.js';
import type { Topology } from '../network/topology.js';
import { AddressSpace } from '../space/address-space.js';
import { makeCidr } from '../space/ip.js';
import { PacketSet } from '../space/packet-set.js';
import type { Transform } from '../space/transform.js';
import { packetsOfTerms, termApplies } from './applicable-terms.js';
import { RuleIndex } from './rule-index.js';

/** A rule reduced to what one (ingress, egress, DNAT) situation can match. */
export interface ApplicableRule {
  readonly rule: Rule;
  /** Union of the rule's terms that apply; never empty. */
  readonly packets: PacketSet;
}

/**
 * Everything about one device the propagation asks again and again, computed once:
 * the forwarding table, its own addresses, and the rules that apply to each interface pair.
 */
export class DevicePlan {
  readonly device: Device;
  readonly fib: Fib;
  /** Union of every FIB entry; packets outside it have no route. */
  readonly routed: AddressSpace;
  /** Addresses of the device itself. */
  readonly own: AddressSpace;
  /** Each management service's packets, with the ingress interfaces it answers on. */
  private readonly managementByIngress: Array<{ entry: ManagementAccess; ingress: readonly string[] | undefined; packets: PacketSet }> = [];
  private readonly acceptsCache = new Map<string, PacketSet>();
  private readonly gatedCache = new Map<string, Map<string, PacketSet>>();
  /** What each DNAT entry matches, with its pre-NAT egress condition folded in. */
  readonly dnatMatches: readonly PacketSet[];
  /** Every header predicate the device tests, for splitting NAT pools into uniform pieces. */
  readonly predicates: readonly PacketSet[];
  private readonly zones: ReadonlyMap<string, string>;
  private readonly stageCache = new Map<string, ApplicableRule[]>();
  private readonly indexCache = new Map<string, RuleIndex>();

  constructor(device: Device, topology: Topology) {
    this.device = device;
    this.fib = buildFib(device);
    this.routed = AddressSpace.unionAll(this.fib.entries.map((e) => e.dst));
    this.own = topology.deviceAddresses(device.id);
    const zones = new Map<string, string>();
    for (const z of device.zones) for (const i of z.interfaces) zones.set(i, z.name);
    for (const i of device.interfaces) if (i.zone !== undefined) zones.set(i.name, i.zone);
    this.zones = zones;

    const accepts: PacketSet[] = [];
    for (const m of device.management) {
      const ifaces = device.interfaces.filter((i) => i.enabled && (m.interface === undefined || i.name === m.interface));
      const addresses = AddressSpace.unionAll(ifaces.flatMap((i) => i.addresses.map((a) => AddressSpace.fromAddress(a.address))));
      const packets = PacketSet.of(m.sources ?? AddressSpace.ANY, addresses, m.packets);
      this.managementByIngress.push({ entry: m, ingress: m.ingressInterfaces, packets });
      accepts.push(packets);
    }
    this.dnatMatches = device.destinationNat.map((n) => (n.outInterfaces === undefined ? n.match : n.match.restrictDst(this.egressSpace(n.outInterfaces))));

    const predicates: PacketSet[] = [PacketSet.of(AddressSpace.ANY, this.own), ...accepts];
    for (const e of this.fib.entries) predicates.push(PacketSet.of(AddressSpace.ANY, e.dst));
    predicates.push(...this.dnatMatches);
    for (const s of device.sourceNat) predicates.push(s.match);
    for (const stage of device.filters) for (const r of stage.rules) for (const t of r.terms) predicates.push(t.packets);
    for (const i of device.interfaces) {
      for (const a of i.addresses) predicates.push(PacketSet.of(AddressSpace.ANY, AddressSpace.fromCidr(makeCidr(a.address, a.prefixLength))));
      // Forwarding tests neighbours' addresses and then who owns the destination.
      for (const n of topology.neighbors(device.id, i.name)) {
        for (const a of n.iface.addresses) predicates.push(PacketSet.of(AddressSpace.ANY, AddressSpace.fromAddress(a.address)));
      }
    }
    for (const o of topology.ownership.owners) predicates.push(PacketSet.of(AddressSpace.ANY, topology.ownership.spaceOf(o.id)));
    this.predicates = predicates;
  }

  /** Destinations whose route leaves through one of `ifaces` (any of equal-cost routes). */
  egressSpace(ifaces: readonly string[]): AddressSpace {
    return AddressSpace.unionAll(this.fib.entries.filter((e) => e.nextHops.some((h) => h.kind !== 'discard' && ifaces.includes(h.iface))).map((e) => e.dst));
  }

  /** Packets to the device that its management plane answers when they arrive on `inIface`. */
  managementAccepts(inIface: string): PacketSet {
    let accepts = this.acceptsCache.get(inIface);
    if (!accepts) {
      accepts = PacketSet.unionAll(this.managementOn(inIface).filter((m) => !isGated(m.entry, inIface)).map((m) => m.packets));
      this.acceptsCache.set(inIface, accepts);
    }
    return accepts;
  }

  /**
   * Services answered to packets entering on `inIface` only if the filter stages permit them
   * towards the service's own interface, grouped by that interface.
   */
  gatedManagement(inIface: string): ReadonlyMap<string, PacketSet> {
    let out = this.gatedCache.get(inIface);
    if (!out) {
      out = new Map<string, PacketSet>();
      for (const m of this.managementOn(inIface)) {
        if (!isGated(m.entry, inIface)) continue;
        const target = m.entry.interface!;
        out.set(target, (out.get(target) ?? PacketSet.EMPTY).union(m.packets));
      }
      this.gatedCache.set(inIface, out);
    }
    return out;
  }

  /** Each management service answering packets that entered on `inIface`, with the packets it accepts. */
  managementOn(inIface: string): Array<{ readonly entry: ManagementAccess; readonly packets: PacketSet }> {
    return this.managementByIngress.filter((m) => m.ingress === undefined || m.ingress.includes(inIface));
  }

  zoneOf(iface: string): string | undefined {
    return this.zones.get(iface);
  }

  /** Stages that filter packets entering on `inIface` addressed to the device itself, in order. */
  localStages(inIface: string): FilterStage[] {
    return this.device.filters.filter((s) => s.local === true && s.outInterfaces === undefined && (s.inInterfaces === undefined || s.inInterfaces.includes(inIface)));
  }

  /** Stages that apply to a packet entering on `inIface` and leaving on `outIface`, in order. */
  stagesFor(inIface: string, outIface: string): FilterStage[] {
    return this.device.filters.filter(
      (s) => (s.inInterfaces === undefined || s.inInterfaces.includes(inIface)) && (s.outInterfaces === undefined || s.outInterfaces.includes(outIface)),
    );
  }

  /**
   * The enabled rules of `stage` that can match packets from `inIface` to `outIface` that this
   * device's DNAT entry `dnat` translated (undefined: untranslated), in rule order.
   */
  applicableRules(stage: FilterStage, stageIndex: number, inIface: string, outIface: string | undefined, dnat: string | undefined): ApplicableRule[] {
    const key = situationKey(stageIndex, inIface, outIface, dnat);
    const cached = this.stageCache.get(key);
    if (cached) return cached;
    const out: ApplicableRule[] = [];
    for (const rule of stage.rules) {
      if (!rule.enabled) continue;
      const terms = rule.terms.filter((t) => termApplies(t, inIface, outIface, dnat));
      if (terms.length === 0) continue;
      const packets = packetsOfTerms(terms);
      if (!packets.isEmpty()) out.push({ rule, packets });
    }
    this.stageCache.set(key, out);
    return out;
  }

  /**
   * The applicable rules that may match some of `packets` seen through `header`, in rule order;
   * every rule that matches some of them is among these. The index built on first use files
   * rules by destination, so it answers only while `header` keeps the destination as it is
   * (no destination NAT); otherwise every applicable rule is a candidate.
   */
  candidateRules(stage: FilterStage, stageIndex: number, inIface: string, outIface: string | undefined, dnat: string | undefined, packets: PacketSet, header: Transform): ApplicableRule[] {
    const rules = this.applicableRules(stage, stageIndex, inIface, outIface, dnat);
    if (rules.length <= INDEX_THRESHOLD || header.dst !== undefined) return rules;
    const key = situationKey(stageIndex, inIface, outIface, dnat);
    let index = this.indexCache.get(key);
    if (!index) {
      index = new RuleIndex(rules.map((r) => r.packets));
      this.indexCache.set(key, index);
    }
    return index.candidates(packets).map((i) => rules[i]!);
  }
}

/** Below this many rules, testing each is as quick as asking an index. */
const INDEX_THRESHOLD = 32;

function situationKey(stageIndex: number, inIface: string, outIface: string | undefined, dnat: string | undefined): string {
  return `${stageIndex}\u0000${inIface}\u0000${outIface ?? '\u0001'}\u0000${dnat ?? ''}`;
}

/** A service that a packet entering on `inIface` reaches only through the filter stages. */
function isGated(m: ManagementAccess, inIface: string): boolean {
  return m.throughPolicy === true && m.interface !== undefined && m.interface !== inIface;
}

/** Device plans built on first use and shared by the analysis and the checks. */
export class DevicePlans {
  private readonly plans = new Map<string, DevicePlan>();

  constructor(private readonly topology: Topology) {}

  get(deviceId: string): DevicePlan {
    let plan = this.plans.get(deviceId);
    if (!plan) {
      const device = this.topology.devices.get(deviceId);
      if (!device) throw new Error(`unknown device ${deviceId}`);
      plan = new DevicePlan(device, this.topology);
      this.plans.set(deviceId, plan);
    }
    return plan;
  }

  /**
   * True when packets from `inIface` to `outIface` meet no real filter: no stage applies, or
   * every stage that applies lets everything through by a vendor default (no rule, default
   * permit; or an implicit permit-everything rule such as FortiGate's intrazone allow).
   */
  isUnfiltered(deviceId: string, inIface: string, outIface: string): boolean {
    const plan = this.get(deviceId);
    return plan.stagesFor(inIface, outIface).every((stage) => {
      const first = plan.applicableRules(stage, plan.device.filters.indexOf(stage), inIface, outIface, undefined)[0];
      if (!first) return stage.defaultAction === 'permit';
      return first.rule.implicit && first.rule.action === 'permit' && PacketSet.ANY.isSubsetOf(first.packets);
    });
  }
}
