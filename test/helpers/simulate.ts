import type { Outcome } from '../../src/analysis/flow.js';
import type { Device } from '../../src/model/device.js';
import type { FilterStage } from '../../src/model/filter.js';
import type { Interface } from '../../src/model/interface.js';
import type { Site } from '../../src/site/types.js';
import type { IntervalSet } from '../../src/space/interval-set.js';
import { type Cidr, formatCidr, formatIp, makeCidr } from '../../src/space/ip.js';
import type { Packet } from '../../src/space/packet.js';
import type { FieldMap, Transform } from '../../src/space/transform.js';

/**
 * The brute-force oracle: follows ONE concrete packet through the neutral model, written
 * independently of src/analysis and src/network (no FIB, no ownership map, no packet-set
 * splitting). Where the semantics are nondeterministic (equal-cost routes, NAT pools) it
 * explores every branch. Each outcome is a key: disposition, destination and the full path
 * with the rule that decided at each stage, so attribution is checked too.
 */

/** The key the analysis' outcomes are compared on. */
export interface PathStep {
  device: string;
  in: string;
  out?: string;
  dnat?: string;
  route?: string;
  gateway?: string;
  decisions: string[];
  snat?: string;
}

export function outcomeKey(disposition: string, to: string | undefined, steps: readonly PathStep[], finalSrc?: number): string {
  const path = steps
    .map((s) => `${s.device}:${s.in}>${s.out ?? '-'} dnat=${s.dnat ?? ''} route=${s.route ?? ''}@${s.gateway ?? ''} [${s.decisions.join(',')}] snat=${s.snat ?? ''}`)
    .join(' | ');
  return `${disposition} to=${to ?? ''}${finalSrc === undefined ? '' : ` src=${finalSrc}`} :: ${path}`;
}

interface Ctx {
  readonly devices: ReadonlyMap<string, Device>;
  readonly site: Site;
  readonly maxHops: number;
  readonly results: Set<string>;
}

export function simulate(devices: readonly Device[], site: Site, start: { device: string; iface: string }, packet: Packet, maxHops = 64): Set<string> {
  const ctx: Ctx = { devices: new Map(devices.map((d) => [d.id, d])), site, maxHops, results: new Set() };
  enter(ctx, start.device, start.iface, packet, [], new Set());
  return ctx.results;
}

/** IPv4 prefix membership; the random networks are IPv4 only. */
const contains = (cidr: Cidr, v: number) => {
  const size = 2 ** (32 - cidr.prefixLength);
  const base = cidr.address as number;
  return v >= base && v < base + size;
};

function subnetsOf(iface: Interface): Cidr[] {
  return iface.addresses.map((a) => makeCidr(a.address, a.prefixLength));
}

function enter(ctx: Ctx, deviceId: string, iface: string, cur: Packet, steps: PathStep[], visited: Set<string>): void {
  const device = ctx.devices.get(deviceId)!;
  const key = `${deviceId}/${iface}`;
  const step: PathStep = { device: deviceId, in: iface, decisions: [] };
  if (visited.has(key) || steps.length >= ctx.maxHops) {
    ctx.results.add(outcomeKey('loop', undefined, [...steps, step]));
    return;
  }
  const seen = new Set(visited).add(key);
  const entry = cur;
  for (const nat of device.destinationNat) {
    if (nat.inInterfaces && !nat.inInterfaces.includes(iface)) continue;
    if (!nat.match.contains(cur)) continue;
    // PAN-OS style: the rule names the egress of the route for the original destination.
    if (nat.outInterfaces && !chooseRoutes(device, cur.dst.value as number).some((c) => c.iface !== undefined && nat.outInterfaces!.includes(c.iface))) continue;
    for (const translated of applyAll(nat.translate, cur)) {
      afterDnat(ctx, device, iface, entry, translated, nat.id, { ...step, dnat: nat.id }, steps, seen);
    }
    return;
  }
  afterDnat(ctx, device, iface, entry, cur, undefined, step, steps, seen);
}

function afterDnat(ctx: Ctx, device: Device, iface: string, entry: Packet, cur: Packet, dnat: string | undefined, stepIn: PathStep, steps: PathStep[], seen: Set<string>): void {
  const step: PathStep = { ...stepIn, decisions: [...stepIn.decisions] };
  const owning = device.interfaces.find((i) => i.enabled && i.addresses.some((a) => a.address.value === cur.dst.value));
  if (owning) {
    // Stages marked local also filter packets to the device; no egress, so no egress conditions hold.
    const local = device.filters.filter((st) => st.local && st.outInterfaces === undefined && (!st.inInterfaces || st.inInterfaces.includes(iface)));
    if (!walkStages(local, iface, undefined, dnat, entry, cur, step).permitted) {
      ctx.results.add(outcomeKey('denied', undefined, [...steps, step]));
      return;
    }
    const answering = device.management.filter((m) => {
      const answers = device.interfaces.filter((x) => x.enabled && (m.interface === undefined || x.name === m.interface));
      return (
        (m.ingressInterfaces === undefined || m.ingressInterfaces.includes(iface)) &&
        answers.some((i) => i.addresses.some((a) => a.address.value === cur.dst.value)) &&
        (m.sources === undefined || m.sources.contains(cur.src)) &&
        serviceHas(m.packets.boxes, cur)
      );
    });
    const gated = (m: Device['management'][number]) => m.throughPolicy === true && m.interface !== undefined && m.interface !== iface;
    if (answering.some((m) => !gated(m))) {
      ctx.results.add(outcomeKey('accepted', device.id, [...steps, step]));
      return;
    }
    // Another interface's service behind the policy: the packet must pass the stages towards it.
    const target = answering.find(gated)?.interface;
    // An egress-only stage never sees a packet that does not leave.
    const toSelf = device.filters.filter((st) => st.outInterfaces === undefined && (!st.inInterfaces || st.inInterfaces.includes(iface)));
    if (target !== undefined && walkStages(toSelf, iface, target, dnat, entry, cur, step).permitted) {
      ctx.results.add(outcomeKey('accepted', device.id, [...steps, step]));
      return;
    }
    ctx.results.add(outcomeKey('denied', undefined, [...steps, step]));
    return;
  }
  const chosen = chooseRoutes(device, cur.dst.value as number);
  if (chosen.length === 0) {
    ctx.results.add(outcomeKey('no-route', undefined, [...steps, step]));
    return;
  }
  for (const choice of chosen) {
    const routed: PathStep = { ...step, decisions: [], route: formatCidr(choice.prefix) };
    if (choice.kind === 'discard') {
      ctx.results.add(outcomeKey('null-route', undefined, [...steps, routed]));
      continue;
    }
    routed.out = choice.iface!;
    if (choice.gateway !== undefined) routed.gateway = formatIp({ family: 4, value: choice.gateway });
    filterAndForward(ctx, device, iface, choice.iface!, choice.gateway, entry, cur, dnat, routed, steps, seen);
  }
}

interface RouteChoice {
  prefix: Cidr;
  distance: number;
  priority: number;
  kind: 'direct' | 'gateway' | 'discard';
  iface?: string;
  gateway?: number;
}

/** Longest prefix, then lowest distance, then priority; every tie is a choice. */
function chooseRoutes(device: Device, dst: number): RouteChoice[] {
  const candidates: RouteChoice[] = [];
  for (const i of device.interfaces) {
    if (!i.enabled) continue;
    for (const c of subnetsOf(i)) if (contains(c, dst)) candidates.push({ prefix: c, distance: 0, priority: 0, kind: 'direct', iface: i.name });
  }
  for (const r of device.routes) {
    if (!r.enabled || !contains(r.prefix, dst)) continue;
    const base = { prefix: r.prefix, distance: r.distance, priority: r.priority };
    const named = r.interface === undefined ? undefined : device.interfaces.find((i) => i.name === r.interface);
    if (r.interface !== undefined && (!named || !named.enabled)) continue;
    if (r.discard) {
      candidates.push({ ...base, kind: 'discard' });
      continue;
    }
    if (!r.gateway) {
      if (named) candidates.push({ ...base, kind: 'direct', iface: named.name });
      continue;
    }
    const gw = r.gateway.value as number;
    const onLink = (i: Interface) => i.enabled && subnetsOf(i).some((c) => contains(c, gw));
    const egress = named ? (onLink(named) ? named : undefined) : device.interfaces.find(onLink);
    if (egress) candidates.push({ ...base, kind: 'gateway', iface: egress.name, gateway: gw });
  }
  if (candidates.length === 0) return [];
  const longest = Math.max(...candidates.map((c) => c.prefix.prefixLength));
  const atLongest = candidates.filter((c) => c.prefix.prefixLength === longest);
  const bestDistance = Math.min(...atLongest.map((c) => c.distance));
  const byDistance = atLongest.filter((c) => c.distance === bestDistance);
  const bestPriority = Math.min(...byDistance.map((c) => c.priority));
  return byDistance.filter((c) => c.priority === bestPriority);
}

function filterAndForward(
  ctx: Ctx,
  device: Device,
  inIface: string,
  outIface: string,
  gateway: number | undefined,
  entry: Packet,
  cur: Packet,
  dnat: string | undefined,
  step: PathStep,
  steps: PathStep[],
  seen: Set<string>,
): void {
  const stages = device.filters.filter(
    (st) => (!st.inInterfaces || st.inInterfaces.includes(inIface)) && (!st.outInterfaces || st.outInterfaces.includes(outIface)),
  );
  const walked = walkStages(stages, inIface, outIface, dnat, entry, cur, step);
  if (!walked.permitted) {
    ctx.results.add(outcomeKey('denied', undefined, [...steps, step]));
    return;
  }
  const snat = walked.snat;
  const out = device.interfaces.find((i) => i.name === outIface)!;
  const ifaceAddress = out.addresses[0]?.address.value as number | undefined;
  let sources: number[] = [cur.src.value as number];
  if (snat) {
    sources = snat.pool ? values(snat.pool) : ifaceAddress === undefined ? sources : [ifaceAddress];
    step.snat = snat.id;
  } else {
    const entryNat = device.sourceNat.find(
      (n) =>
        (!n.inInterfaces || n.inInterfaces.includes(inIface)) &&
        (!n.outInterfaces || n.outInterfaces.includes(outIface)) &&
        (n.dnat === undefined || (n.dnat === 'untranslated' ? dnat === undefined : dnat !== undefined && n.dnat.includes(dnat))) &&
        n.match.contains(n.header === 'original' ? entry : cur),
    );
    if (entryNat) {
      const shift = entryNat.translate?.src;
      if (entryNat.translate) sources = shift && 'shift' in shift ? [(cur.src.value as number) + (shift.shift as number)] : sources;
      else sources = entryNat.pool ? values(entryNat.pool.v4) : ifaceAddress === undefined ? sources : [ifaceAddress];
      step.snat = entryNat.id;
    }
  }
  for (const src of sources) forward(ctx, device, outIface, gateway, { ...cur, src: { family: 4, value: src } }, [...steps, step], seen);
}

function forward(ctx: Ctx, device: Device, outIface: string, gateway: number | undefined, cur: Packet, steps: PathStep[], seen: Set<string>): void {
  const attach = [...ctx.site.segments, ...ctx.site.externals].find((o) => o.attach.some((a) => a.device === device.id && a.interface === outIface));
  const portOf = (address: number) => {
    for (const d of ctx.devices.values()) {
      for (const i of d.interfaces) if (i.enabled && i.addresses.some((a) => a.address.value === address)) return { device: d, iface: i };
    }
    return undefined;
  };
  if (gateway !== undefined) {
    const port = portOf(gateway);
    if (port && port.device.id !== device.id) enter(ctx, port.device.id, port.iface.name, cur, steps, seen);
    else ctx.results.add(outcomeKey('delivered', attach ? attach.id : ownerOf(ctx.site, cur.dst.value as number), steps, cur.src.value as number));
    return;
  }
  const mySubnets = subnetsOf(device.interfaces.find((i) => i.name === outIface)!);
  const overlaps = (a: Cidr, b: Cidr) => contains(a, b.address as number) || contains(b, a.address as number);
  for (const d of ctx.devices.values()) {
    if (d.id === device.id) continue;
    for (const i of d.interfaces) {
      if (!i.enabled || !subnetsOf(i).some((c) => mySubnets.some((m) => overlaps(c, m)))) continue;
      if (i.addresses.some((a) => a.address.value === cur.dst.value)) {
        enter(ctx, d.id, i.name, cur, steps, seen);
        return;
      }
    }
  }
  ctx.results.add(outcomeKey('delivered', attach ? attach.id : ownerOf(ctx.site, cur.dst.value as number), steps, cur.src.value as number));
}

/** The narrowest declared range holding the address wins; ties go to the first declared. */
function ownerOf(site: Site, address: number): string {
  const declared: Array<{ id: string; ranges: Array<readonly [number, number]> }> = [
    ...site.segments.map((s) => ({ id: s.id, ranges: [...s.networks.v4.ranges()] })),
    ...site.externals.flatMap((e) => (e.networks === 'default' ? [] : [{ id: e.id, ranges: [...e.networks.v4.ranges()] }])),
    ...(site.transit.isEmpty() ? [] : [{ id: 'transit', ranges: [...site.transit.v4.ranges()] }]),
  ];
  let best: { id: string; width: number } | undefined;
  for (const d of declared) {
    for (const [lo, hi] of d.ranges) {
      if (address >= lo && address < hi && (!best || hi - lo < best.width)) best = { id: d.id, width: hi - lo };
    }
  }
  if (best) return best.id;
  return site.externals.find((e) => e.networks === 'default')?.id ?? 'unclassified';
}

function serviceHas(boxes: ReadonlyArray<{ proto: IntervalSet<number>; sport: IntervalSet<number>; dport: IntervalSet<number> }>, p: Packet): boolean {
  return boxes.some((b) => b.proto.contains(p.protocol) && b.sport.contains(p.srcPort) && b.dport.contains(p.dstPort));
}

function values(set: IntervalSet<number>): number[] {
  const out: number[] = [];
  for (const [lo, hi] of set.ranges()) for (let x = lo; x < hi; x++) out.push(x);
  return out;
}

/** Every header a NAT rewrite can produce (a pool gives one per address). */
function applyAll(t: Transform, p: Packet): Packet[] {
  const choose = (m: FieldMap<number> | undefined, v: number) => (m === undefined ? [v] : 'shift' in m ? [v + m.shift] : values(m.set));
  const out: Packet[] = [];
  for (const d of choose(t.dst as FieldMap<number> | undefined, p.dst.value as number)) {
    for (const dp of choose(t.dport, p.dstPort)) out.push({ ...p, dst: { family: 4, value: d }, dstPort: dp });
  }
  return out;
}

/**
 * Runs `stages` on one packet from `inIface` (to `outIface`; none when addressed to the
 * device), first match each, recording decisions; stops at the first deny. Returns whether
 * every stage permitted, and the source NAT of the last permitting rule that carries one.
 */
function walkStages(
  stages: readonly FilterStage[],
  inIface: string,
  outIface: string | undefined,
  dnat: string | undefined,
  entry: Packet,
  cur: Packet,
  step: PathStep,
): { permitted: boolean; snat?: { pool?: IntervalSet<number>; id: string } } {
  let snat: { pool?: IntervalSet<number>; id: string } | undefined;
  for (const stage of stages) {
    const header = stage.header === 'original' ? entry : cur;
    const rule = stage.rules.find(
      (r) =>
        r.enabled &&
        r.terms.some(
          (t) =>
            (!t.inInterfaces || t.inInterfaces.includes(inIface)) &&
            (!t.outInterfaces || (outIface !== undefined && t.outInterfaces.includes(outIface))) &&
            (t.dnat === undefined || (t.dnat === 'untranslated' ? dnat === undefined : dnat !== undefined && t.dnat.includes(dnat))) &&
            t.packets.contains(header),
        ),
    );
    step.decisions.push(rule ? rule.id : `default-${stage.defaultAction}`);
    if ((rule ? rule.action : stage.defaultAction) === 'deny') return { permitted: false };
    if (rule?.sourceNat) snat = { ...(rule.sourceNat.pool ? { pool: rule.sourceNat.pool.v4 } : {}), id: rule.id };
  }
  return snat ? { permitted: true, snat } : { permitted: true };
}

/**
 * The source addresses a delivered packet may carry after an analysis outcome's NAT (each
 * address of a pool), for comparing with the simulator's keys; undefined when not delivered.
 */
export function finalSources(o: Outcome, p: Packet): Array<number | undefined> {
  if (o.disposition !== 'delivered') return [undefined];
  const m = o.t.src as FieldMap<number> | undefined;
  if (m === undefined) return [p.src.value as number];
  if ('shift' in m) return [(p.src.value as number) + m.shift];
  const out: number[] = [];
  for (const [lo, hi] of m.set.ranges()) for (let x = lo; x < hi; x++) out.push(x);
  return out;
}
