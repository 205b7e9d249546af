import type { FilterStage, Rule } from '../model/filter.js';
import type { Device } from '../model/device.js';
import type { NextHop } from '../network/fib.js';
import { UNCLASSIFIED } from '../network/ownership.js';
import type { Topology } from '../network/topology.js';
import { AddressSpace } from '../space/address-space.js';
import { formatIp } from '../space/ip.js';
import { firstMatch } from '../space/first-match.js';
import { PacketSet } from '../space/packet-set.js';
import { IDENTITY, type Transform, compose, isIdentity, preimage } from '../space/transform.js';
import { type DevicePlan, DevicePlans } from './device-plan.js';
import type { Decision, Disposition, Flow, Hop, Outcome } from './flow.js';
import { lazyFlow, splitByCurrent, splitByFamily, splitByHeader, uniformFlows } from './flow-ops.js';

/** Packets that start at an interface, on behalf of a segment or external network. */
export interface Start {
  readonly source: string;
  readonly device: string;
  readonly iface: string;
  readonly packets: PacketSet;
}

export interface PropagateOptions {
  /** A path longer than this is reported as a loop. */
  readonly maxHops?: number;
}

/** Source NAT a permitting rule asked for, carried to the egress step. */
interface PendingSnat {
  readonly pool?: AddressSpace;
  /** The pool in words; absent when the egress interface's address is the pool. */
  readonly label?: string;
  readonly ruleId: string;
  /** The rule's content-derived identity, when its id is positional. */
  readonly identity?: string;
  readonly provenance: Rule['provenance'];
}

/**
 * Follows every start's packets through the devices, symbolically: each device applies
 * destination NAT, delivers what is addressed to itself, looks up the longest-prefix route,
 * filters first-match per stage, applies source NAT and hands the packets to the next device
 * or delivers them. Classes of packets split wherever their fate differs, so each outcome
 * has one path, and together the outcomes of a start partition its packets (for each NAT
 * pool choice and each equal-cost route).
 */
export function propagate(topology: Topology, starts: readonly Start[], options: PropagateOptions = {}, plans = new DevicePlans(topology)): Outcome[] {
  const run = new Propagation(topology, plans, options.maxHops ?? 64);
  for (const s of starts) run.start(s);
  return run.outcomes;
}

type HopDraft = { -readonly [K in keyof Hop]: Hop[K] };

/** A class of packets some stages permitted: their decisions so far, and a rule's source NAT. */
interface Pending {
  readonly flow: Flow;
  readonly decisions: Decision[];
  readonly snat?: PendingSnat;
}

class Propagation {
  readonly outcomes: Outcome[] = [];
  private readonly ownerSets: ReadonlyArray<{ id: string; packets: PacketSet }>;
  private source = '';
  private injection = { device: '', iface: '' };

  constructor(
    private readonly topology: Topology,
    private readonly plans: DevicePlans,
    private readonly maxHops: number,
  ) {
    this.ownerSets = topology.ownership.owners.map((o) => ({ id: o.id, packets: PacketSet.of(AddressSpace.ANY, topology.ownership.spaceOf(o.id)) }));
  }

  start(s: Start): void {
    if (s.packets.isEmpty() || !this.topology.devices.has(s.device)) return;
    this.source = s.source;
    this.injection = { device: s.device, iface: s.iface };
    this.enter(s.device, s.iface, { orig: s.packets, t: IDENTITY, hops: [] }, new Set());
  }

  private finish(flow: Flow, hops: readonly Hop[], disposition: Disposition, to?: string, reason?: string): void {
    this.outcomes.push({
      source: this.source,
      injection: this.injection,
      // Read through the flow: a denied class's packets may not be built yet (lazyFlow).
      get orig() {
        return flow.orig;
      },
      t: flow.t,
      hops,
      disposition,
      ...(to === undefined ? {} : { to }),
      ...(reason === undefined ? {} : { reason }),
    });
  }

  private enter(deviceId: string, iface: string, flow: Flow, visited: ReadonlySet<string>): void {
    const plan = this.plans.get(deviceId);
    const hop: HopDraft = { device: deviceId, in: iface, decisions: [] };
    const zone = plan.zoneOf(iface);
    if (zone !== undefined) hop.inZone = zone;
    const key = `${deviceId}\u0000${iface}`;
    if (visited.has(key) || flow.hops.length >= this.maxHops) {
      this.finish(flow, [...flow.hops, hop], 'loop', undefined, `entered ${deviceId} ${iface} again`);
      return;
    }
    const seen = new Set(visited).add(key);
    for (const piece of uniformFlows(flow, plan.predicates)) this.ingress(plan, iface, piece, hop, seen);
  }

  /** Destination NAT, first match; translated flows remember which entry did it. */
  private ingress(plan: DevicePlan, iface: string, flow: Flow, hop: HopDraft, seen: ReadonlySet<string>): void {
    const tEntry = flow.t;
    let rest: Flow | undefined = flow;
    for (const [index, entry] of plan.device.destinationNat.entries()) {
      if (!rest) break;
      if (entry.inInterfaces !== undefined && !entry.inInterfaces.includes(iface)) continue;
      const { inside, outside } = splitByCurrent(rest, plan.dnatMatches[index]!);
      rest = outside;
      if (!inside) continue;
      const translated = { ...inside, t: compose(inside.t, entry.translate) };
      const dnatHop = { ...hop, dnat: { id: entry.id, ...withIdentity(entry.identity), provenance: entry.provenance } };
      for (const piece of uniformFlows(translated, plan.predicates)) this.local(plan, iface, piece, dnatHop, tEntry, entry.id, seen);
    }
    if (rest) this.local(plan, iface, rest, hop, tEntry, undefined, seen);
  }

  /** Packets addressed to the device stop here: accepted by a management service, or dropped. */
  private local(plan: DevicePlan, iface: string, flow: Flow, hop: HopDraft, tEntry: Transform, dnat: string | undefined, seen: ReadonlySet<string>): void {
    const { inside, outside } = plan.own.isEmpty() ? { outside: flow } : splitByCurrent(flow, PacketSet.of(AddressSpace.ANY, plan.own));
    if (inside) {
      // Ingress filters that also guard the device itself come first, then its services.
      for (const permitted of this.runStages(plan, plan.localStages(iface), iface, undefined, dnat, inside, tEntry, hop, [])) {
        const hops = [...permitted.flow.hops, { ...hop, decisions: permitted.decisions }];
        const { inside: ok, outside: refused } = splitByCurrent(permitted.flow, plan.managementAccepts(iface));
        if (ok) this.finish(ok, hops, 'accepted', plan.device.id);
        let rest = refused;
        for (const [target, packets] of plan.gatedManagement(iface)) {
          if (!rest) break;
          const split = splitByCurrent(rest, packets);
          rest = split.outside;
          if (split.inside) this.filterToSelf(plan, iface, target, split.inside, { ...hop, decisions: permitted.decisions }, tEntry, dnat);
        }
        if (rest) this.finish(rest, hops, 'denied', undefined, `addressed to ${plan.device.id} itself on a service it does not offer there`);
      }
    }
    if (outside) this.route(plan, iface, outside, hop, tEntry, dnat, seen);
  }

  /**
   * Runs `stages` for packets from `inIface` (to `outIface`; none for packets to the device),
   * first match each. Denied parts finish here, with their decisions after `start`; the
   * permitted parts come back with their decisions and the source NAT of their permitting rule.
   */
  private runStages(
    plan: DevicePlan,
    stages: readonly FilterStage[],
    inIface: string,
    outIface: string | undefined,
    dnat: string | undefined,
    flow: Flow,
    tEntry: Transform,
    hop: HopDraft,
    start: readonly Decision[],
  ): Pending[] {
    let pending: Pending[] = [{ flow, decisions: [...start] }];
    for (const stage of stages) {
      const stageIndex = plan.device.filters.indexOf(stage);
      const next: Pending[] = [];
      for (const p of pending) {
        for (const r of this.firstMatch(plan, stage, stageIndex, inIface, outIface, dnat, p.flow, tEntry)) {
          const decisions = [...p.decisions, r.decision];
          if (r.decision.action === 'deny') {
            this.finish(r.flow, [...r.flow.hops, { ...hop, decisions }], 'denied', undefined, denialReason(r.decision));
            continue;
          }
          const snat = r.rule?.sourceNat ? pendingSnat(r.rule) : p.snat;
          next.push({ flow: r.flow, decisions, ...(snat ? { snat } : {}) });
        }
      }
      pending = next;
    }
    return pending;
  }

  /**
   * Management of another interface's service (PAN-OS, SRX): the packets must pass the stages
   * as if forwarded from `inIface` to `target`; what they permit is accepted by the device.
   * Egress-only stages (an output filter bound to `target`) do not apply: nothing leaves.
   */
  private filterToSelf(plan: DevicePlan, inIface: string, target: string, flow: Flow, hop: HopDraft, tEntry: Transform, dnat: string | undefined): void {
    const stages = plan.stagesFor(inIface, target).filter((s) => s.outInterfaces === undefined);
    for (const p of this.runStages(plan, stages, inIface, target, dnat, flow, tEntry, hop, hop.decisions)) {
      this.finish(p.flow, [...p.flow.hops, { ...hop, decisions: p.decisions }], 'accepted', plan.device.id);
    }
  }

  private route(plan: DevicePlan, iface: string, flow: Flow, hop: HopDraft, tEntry: Transform, dnat: string | undefined, seen: ReadonlySet<string>): void {
    let rest: Flow | undefined = flow;
    for (const entry of plan.fib.entries) {
      if (!rest) break;
      const { inside, outside } = splitByCurrent(rest, PacketSet.of(AddressSpace.ANY, entry.dst));
      rest = outside;
      if (!inside) continue;
      for (const nh of entry.nextHops) {
        const routed: HopDraft = { ...hop, route: nh.route };
        if (nh.kind === 'discard') this.finish(inside, [...inside.hops, routed], 'null-route', undefined, `null route ${nh.route.prefix}`);
        else this.filter(plan, iface, nh, inside, routed, tEntry, dnat, seen);
      }
    }
    if (rest) this.finish(rest, [...rest.hops, { ...hop }], 'no-route', undefined, `${plan.device.id} has no route`);
  }

  /** Every stage that applies to the interface pair must permit; SNAT of the permitting rule is kept for egress. */
  private filter(
    plan: DevicePlan,
    inIface: string,
    nh: Exclude<NextHop, { kind: 'discard' }>,
    flow: Flow,
    hop: HopDraft,
    tEntry: Transform,
    dnat: string | undefined,
    seen: ReadonlySet<string>,
  ): void {
    const out = nh.iface;
    const base: HopDraft = { ...hop, out };
    const outZone = plan.zoneOf(out);
    if (outZone !== undefined) base.outZone = outZone;
    if (nh.kind === 'gateway') base.gateway = formatIp(nh.gateway);
    for (const p of this.runStages(plan, plan.stagesFor(inIface, out), inIface, out, dnat, flow, tEntry, base, [])) {
      this.egress(plan, inIface, nh, p.flow, { ...base, decisions: p.decisions }, p.snat, tEntry, dnat, seen);
    }
  }

  private firstMatch(
    plan: DevicePlan,
    stage: FilterStage,
    stageIndex: number,
    inIface: string,
    outIface: string | undefined,
    dnat: string | undefined,
    flow: Flow,
    tEntry: Transform,
  ): Array<{ flow: Flow; decision: Decision; rule?: Rule }> {
    const header = stage.header === 'original' ? tEntry : flow.t;
    const rules = plan.candidateRules(stage, stageIndex, inIface, outIface, dnat, flow.orig, header);
    const division = firstMatch(flow.orig, rules.map((r) => preimage(r.packets, header)));
    const results: Array<{ flow: Flow; decision: Decision; rule?: Rule }> = [];
    // Denied packets go no further: only trace and diff ever read which ones they were, so
    // their part of the division is built when first read.
    for (const i of division.takers) {
      const { rule } = rules[i]!;
      const orig = rule.action === 'deny' ? lazyFlow(flow, division.partLater(i)) : { ...flow, orig: division.part(i) };
      results.push({ flow: orig, decision: ruleDecision(stage, rule), rule });
    }
    if (division.hasRest) {
      const orig = stage.defaultAction === 'deny' ? lazyFlow(flow, division.restLater()) : { ...flow, orig: division.rest() };
      results.push({ flow: orig, decision: defaultDecision(stage) });
    }
    return results;
  }

  /** Source NAT: the permitting rule's, else the device table's first match. */
  private egress(
    plan: DevicePlan,
    inIface: string,
    nh: Exclude<NextHop, { kind: 'discard' }>,
    flow: Flow,
    hop: HopDraft,
    snat: PendingSnat | undefined,
    tEntry: Transform,
    dnat: string | undefined,
    seen: ReadonlySet<string>,
  ): void {
    if (snat) {
      const pool = snat.pool ?? this.interfacePool(plan.device, nh.iface);
      // A rule that names no pool translates into the egress interface's own address: say which.
      const label = snat.label ?? pool.toString();
      for (const f of translateSource(flow, pool)) {
        this.forward(plan, nh, f, { ...hop, snat: { pool: label, ruleId: snat.ruleId, ...withIdentity(snat.identity), provenance: snat.provenance } }, seen);
      }
      return;
    }
    let rest: Flow | undefined = flow;
    for (const entry of plan.device.sourceNat) {
      if (!rest) break;
      if (entry.inInterfaces !== undefined && !entry.inInterfaces.includes(inIface)) continue;
      if (entry.outInterfaces !== undefined && !entry.outInterfaces.includes(nh.iface)) continue;
      if (entry.dnat === 'untranslated' ? dnat !== undefined : entry.dnat !== undefined && (dnat === undefined || !entry.dnat.includes(dnat))) continue;
      const split: { inside?: Flow; outside?: Flow } = splitByHeader(rest, entry.match, entry.header === 'original' ? tEntry : rest.t);
      const { inside, outside } = split;
      rest = outside;
      if (!inside) continue;
      if (entry.translate) {
        const label = isIdentity(entry.translate) ? 'untranslated' : 'one-to-one';
        this.forward(plan, nh, { ...inside, t: compose(inside.t, entry.translate) }, { ...hop, snat: { pool: label, ruleId: entry.id, ...withIdentity(entry.identity), provenance: entry.provenance } }, seen);
        continue;
      }
      const pool = entry.pool ?? this.interfacePool(plan.device, nh.iface);
      for (const f of translateSource(inside, pool)) {
        this.forward(plan, nh, f, { ...hop, snat: { pool: pool.toString(), ruleId: entry.id, ...withIdentity(entry.identity), provenance: entry.provenance } }, seen);
      }
    }
    if (rest) this.forward(plan, nh, rest, hop, seen);
  }

  private interfacePool(device: Device, ifaceName: string): AddressSpace {
    const iface = device.interfaces.find((i) => i.name === ifaceName);
    const v4 = iface?.addresses.find((a) => a.address.family === 4);
    const v6 = iface?.addresses.find((a) => a.address.family === 6);
    return AddressSpace.unionAll([v4, v6].flatMap((a) => (a ? [AddressSpace.fromAddress(a.address)] : [])));
  }

  /** Hands the packets to the next device, or delivers them where they now are. */
  private forward(plan: DevicePlan, nh: Exclude<NextHop, { kind: 'discard' }>, flow: Flow, hop: HopDraft, seen: ReadonlySet<string>): void {
    const deviceId = plan.device.id;
    const moving: Flow = { ...flow, hops: [...flow.hops, { ...hop }] };
    const attach = this.topology.attachmentAt(deviceId, nh.iface);
    if (nh.kind === 'gateway') {
      const port = this.topology.portOwning(nh.gateway);
      if (port && port.device.id !== deviceId) this.enter(port.device.id, port.iface.name, moving, seen);
      else if (attach) this.finish(moving, moving.hops, 'delivered', attach.owner);
      else this.deliverByOwner(moving);
      return;
    }
    let rest: Flow | undefined = moving;
    for (const n of this.topology.neighbors(deviceId, nh.iface)) {
      if (!rest) break;
      const addresses = AddressSpace.unionAll(n.iface.addresses.map((a) => AddressSpace.fromAddress(a.address)));
      const { inside, outside } = splitByCurrent(rest, PacketSet.of(AddressSpace.ANY, addresses));
      rest = outside;
      if (inside) this.enter(n.device.id, n.iface.name, inside, seen);
    }
    if (!rest) return;
    if (attach) this.finish(rest, rest.hops, 'delivered', attach.owner);
    else this.deliverByOwner(rest);
  }

  /** Delivery into whatever owns the current destination address. */
  private deliverByOwner(flow: Flow): void {
    let rest: Flow | undefined = flow;
    for (const owner of this.ownerSets) {
      if (!rest) return;
      const { inside, outside } = splitByCurrent(rest, owner.packets);
      rest = outside;
      if (inside) this.finish(inside, inside.hops, 'delivered', owner.id);
    }
    if (rest) this.finish(rest, rest.hops, 'delivered', UNCLASSIFIED);
  }
}

function ruleDecision(stage: FilterStage, rule: Rule): Decision {
  return {
    stage: stage.name,
    ruleId: rule.id,
    ...(rule.identity === undefined ? {} : { ruleIdentity: rule.identity }),
    ...(rule.name === undefined ? {} : { ruleName: rule.name }),
    implicit: rule.implicit,
    action: rule.action,
    provenance: rule.provenance,
  };
}

function defaultDecision(stage: FilterStage): Decision {
  return {
    stage: stage.name,
    implicit: true,
    action: stage.defaultAction,
    reason: stage.defaultReason,
    ...(stage.defaultProvenance ? { provenance: stage.defaultProvenance } : {}),
  };
}

function denialReason(d: Decision): string {
  return d.ruleId === undefined ? `${d.stage}: ${d.reason ?? 'default deny'}` : `${d.stage}: rule ${d.ruleId} denies`;
}

function pendingSnat(rule: Rule): PendingSnat {
  const nat = rule.sourceNat!;
  const label = nat.poolNames?.join(',') ?? nat.pool?.toString();
  return { ...(nat.pool ? { pool: nat.pool } : {}), ...(label === undefined ? {} : { label }), ruleId: rule.id, ...withIdentity(rule.identity), provenance: rule.provenance };
}

/** `{ identity }` when there is one: optional fields stay absent rather than undefined. */
function withIdentity(identity: string | undefined): { identity?: string } {
  return identity === undefined ? {} : { identity };
}

/** Rewrites the source into `pool`, per family; a family the pool lacks is left untranslated. */
function translateSource(flow: Flow, pool: AddressSpace): Flow[] {
  const { v4, v6 } = splitByFamily(flow);
  const out: Flow[] = [];
  if (v4) out.push(pool.v4.isEmpty() ? v4 : { ...v4, t: compose(v4.t, { src: { set: pool.v4 } }) });
  if (v6) out.push(pool.v6.isEmpty() ? v6 : { ...v6, t: compose(v6.t, { src: { set: pool.v6 } }) });
  return out;
}
