import type { FilterStage, Rule } from '../../src/model/filter.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { applicationServices } from './pam.js';
import type { References } from './references.js';
import type { IosResolver } from './resolver.js';
import type { IosClassMap, IosConfig, IosInterface, IosPolicyMap, IosZonePair } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

export interface ZbfContext {
  readonly file: string;
  readonly sink: WarningSink;
  readonly resolver: IosResolver;
  readonly refs: References;
  readonly config: IosConfig;
  /** Class-map sets shared by the devices of one file, so each warning is given once. */
  readonly classes: ClassSets;
}

const SELF = 'self';

/**
 * The zone-based policy firewall as one filter stage, checked after the interface ACLs (IOS
 * inspects after the output ACL). Rules are restricted to interface pairs, so the order of the
 * pairs does not matter; within a zone-pair the policy's classes keep their order:
 *
 * - both interfaces outside every zone: the firewall does not apply (implicit permit);
 * - both in the same zone: permitted, unless a zone-pair from that zone to itself exists, whose
 *   policy then decides;
 * - from zone A to zone B: the policy of zone-pair A→B, first matching class; `inspect` and
 *   `pass` permit the flow's first packet (pass is one-way, inspect stateful: both let the
 *   initiator start), `drop` denies, and `class class-default` drops unless told otherwise.
 *   A zone-pair without a policy drops;
 * - anything else (no zone-pair, or a zone member to a non-member): the stage default, drop.
 *
 * Class-maps match the header after destination NAT and before source NAT (the real, inside
 * local addresses), as IOS classifies; traffic to and from the router itself (the self zone)
 * is not filtered by this stage.
 */
export function zbfStage(own: readonly IosInterface[], ctx: ZbfContext): FilterStage | undefined {
  const { config, file } = ctx;
  const zoneNames = new Set(config.zbf.zones.map((z) => z.name));
  const members = new Map<string, string[]>();
  const nonMembers: string[] = [];
  for (const i of own) {
    if (i.zone && zoneNames.has(i.zone.name)) members.set(i.zone.name, [...(members.get(i.zone.name) ?? []), i.name]);
    else nonMembers.push(i.name);
  }
  if (members.size === 0) return undefined;
  const policies = new Map(config.zbf.policyMaps.map((p) => [p.name, p]));
  const rules: Rule[] = [];
  if (nonMembers.length > 0) {
    rules.push(implicitRule('zbf:non-members', 'permit', nonMembers, nonMembers, 'neither interface is a zone member: the firewall does not apply', file, config.zbf.zones[0]!.line));
  }
  const pairs = usablePairs(config.zbf.zonePairs, zoneNames);
  for (const z of config.zbf.zones) {
    const m = members.get(z.name);
    if (!m || pairs.some((p) => p.source === z.name && p.destination === z.name)) continue;
    rules.push(implicitRule(`zbf:intrazone:${z.name}`, 'permit', m, m, `traffic within zone ${z.name} passes`, file, z.line));
  }
  for (const pair of pairs) {
    const from = members.get(pair.source);
    const to = members.get(pair.destination);
    if (!from || !to) continue;
    rules.push(...pairRules(pair, from, to, policies, ctx));
  }
  return {
    name: 'zone-based firewall',
    header: 'translated',
    rules,
    defaultAction: 'deny',
    defaultReason: 'zone-based firewall: no zone-pair for these zones, or only one interface is a zone member (IOS drops)',
  };
}

/** Zone-pairs whose zones exist, one per direction; self zone-pairs are reported and set aside. */
function usablePairs(all: readonly IosZonePair[], zones: ReadonlySet<string>): IosZonePair[] {
  const out: IosZonePair[] = [];
  for (const p of all) {
    if (p.source === SELF || p.destination === SELF) continue;
    if (!zones.has(p.source) || !zones.has(p.destination)) continue;
    if (out.some((q) => q.source === p.source && q.destination === p.destination)) continue;
    out.push(p);
  }
  return out;
}

/** Classes of inspect policy-maps that name no class-map, reported once per file. */
export function checkPolicyMaps(config: IosConfig, sink: WarningSink): void {
  const classes = new Set(config.zbf.classMaps.map((c) => c.name));
  for (const p of config.zbf.policyMaps) {
    for (const c of p.classes) {
      if (c.name !== 'class-default' && !classes.has(c.name)) sink.invalid(c.line, p.context, `undefined class-map type inspect "${c.name}"; the class matches nothing`);
    }
  }
}

/** Warnings and references of zone-pairs, given once per file (not once per VRF). */
export function checkZonePairs(ctx: Omit<ZbfContext, 'classes'>): void {
  const { config, sink, refs } = ctx;
  const zones = new Set(config.zbf.zones.map((z) => z.name));
  const policies = new Set(config.zbf.policyMaps.map((p) => p.name));
  const seen: IosZonePair[] = [];
  for (const p of config.zbf.zonePairs) {
    const usedBy = `zone-pair security ${p.name}`;
    for (const z of [p.source, p.destination]) if (z !== SELF) refs.add('zone', z, zones.has(z), usedBy, p.line, p.context, 'the zone-pair is ignored');
    if (p.source === SELF || p.destination === SELF) {
      sink.unsupported(p.line, p.context, 'a zone-pair with the self zone filters traffic to or from the router itself, which is not modelled: management access is treated as unrestricted by it, so the model lets more through');
    } else if (seen.some((q) => q.source === p.source && q.destination === p.destination)) {
      sink.invalid(p.line, p.context, `a zone-pair from ${p.source} to ${p.destination} already exists; IOS keeps one per direction, this one is ignored`);
    }
    seen.push(p);
    if (p.policy) {
      const found = policies.has(p.policy.name);
      if (!found) sink.invalid(p.policy.line, p.context, `undefined policy-map type inspect "${p.policy.name}"; IOS drops the traffic of this zone-pair, and so does the model`);
    }
  }
}

function pairRules(pair: IosZonePair, from: string[], to: string[], policies: ReadonlyMap<string, IosPolicyMap>, ctx: ZbfContext): Rule[] {
  const { file } = ctx;
  const policy = pair.policy ? policies.get(pair.policy.name) : undefined;
  const display = (services: string[]): Rule['display'] => ({ inInterfaces: [pair.source], outInterfaces: [pair.destination], sources: ['any'], destinations: ['any'], services });
  if (!policy) {
    return [
      {
        ...implicitRule(`${pair.name}/no-policy`, 'deny', from, to, `zone-pair ${pair.name} has no inspect policy: IOS drops`, file, pair.policy?.line ?? pair.line),
        display: display(['any']),
      },
    ];
  }
  const rules: Rule[] = [];
  let sawDefault = false;
  for (const c of policy.classes) {
    const isDefault = c.name === 'class-default';
    if (isDefault) sawDefault = true;
    const packets = isDefault ? PacketSet.ANY : ctx.classes.of(c.name);
    const action = c.action?.action ?? 'drop';
    rules.push({
      id: `${pair.name}/${c.name}`,
      action: action === 'drop' ? 'deny' : 'permit',
      enabled: true,
      log: c.action?.log ?? false,
      terms: packets.isEmpty() ? [] : [{ inInterfaces: from, outInterfaces: to, packets }],
      implicit: false,
      comment: `${policy.name}: class ${c.name} → ${action}${c.action ? '' : ' (no action written: IOS drops)'}`,
      display: display([c.name]),
      provenance: { file, line: c.action?.line ?? c.line },
    });
    if (isDefault) break;
  }
  if (!sawDefault) {
    rules.push({
      ...implicitRule(`${pair.name}/class-default`, 'deny', from, to, `${policy.name}: class class-default drops by default`, file, policy.line),
      display: display(['class-default']),
    });
  }
  return rules;
}

function implicitRule(id: string, action: 'permit' | 'deny', from: readonly string[], to: readonly string[], comment: string, file: string, line: number): Rule {
  return {
    id,
    action,
    enabled: true,
    log: false,
    terms: [{ inInterfaces: from, outInterfaces: to, packets: PacketSet.ANY }],
    implicit: true,
    comment,
    display: { inInterfaces: [...from], outInterfaces: [...to], sources: ['any'], destinations: ['any'], services: ['any'] },
    provenance: { file, line },
  };
}

/**
 * What each inspect class-map matches. `match-any` unites its matches, `match-all` (the IOS
 * default) intersects them; `match not` takes the complement; `match access-group` is the set
 * the ACL permits; `match protocol` the application's default ports.
 */
export class ClassSets {
  private readonly maps: ReadonlyMap<string, IosClassMap>;
  private readonly memo = new Map<string, PacketSet>();
  private readonly resolving = new Set<string>();

  constructor(
    config: IosConfig,
    private readonly resolver: IosResolver,
    private readonly refs: References,
    private readonly sink: WarningSink,
  ) {
    this.maps = new Map(config.zbf.classMaps.map((c) => [c.name, c]));
    for (const c of config.zbf.classMaps) this.compute(c);
  }

  /** The class named by a policy-map line; undefined classes match nothing (see checkPolicyMaps). */
  of(name: string): PacketSet {
    const found = this.maps.get(name);
    return found ? this.compute(found) : PacketSet.EMPTY;
  }

  private compute(c: IosClassMap): PacketSet {
    const seen = this.memo.get(c.name);
    if (seen) return seen;
    if (this.resolving.has(c.name)) {
      this.sink.invalid(c.line, c.context, `class-map ${c.name} matches itself through "match class-map"; the cycle matches nothing`);
      return PacketSet.EMPTY;
    }
    this.resolving.add(c.name);
    const parts = c.matches.map((m) => {
      let set: PacketSet;
      if (m.kind === 'access-group') {
        const permitted = this.resolver.permitted(m.acl);
        this.refs.add('acl', m.acl, permitted !== undefined, `class-map ${c.name}`, m.line, c.context, 'the match matches nothing');
        set = permitted ?? PacketSet.EMPTY;
      } else if (m.kind === 'protocol') {
        const services = applicationServices(m.protocol);
        if (!services) this.sink.unsupported(m.line, c.context, `application "${m.protocol}" has no port mapping in the model; the match matches nothing`);
        set = services ? PacketSet.of(AddressSpace.ANY, AddressSpace.ANY, services) : PacketSet.EMPTY;
      } else {
        const nested = this.maps.get(m.name);
        if (!nested) this.sink.invalid(m.line, c.context, `undefined class-map "${m.name}"; the match matches nothing`);
        set = nested ? this.compute(nested) : PacketSet.EMPTY;
      }
      return m.negate ? PacketSet.ANY.subtract(set) : set;
    });
    this.resolving.delete(c.name);
    let result: PacketSet;
    if (parts.length === 0) {
      this.sink.invalid(c.line, c.context, `class-map ${c.name} has no match statement; it matches nothing`);
      result = PacketSet.EMPTY;
    } else if (c.matchAll) result = parts.reduce((a, b) => a.intersect(b));
    else result = PacketSet.unionAll(parts);
    this.memo.set(c.name, result);
    return result;
  }
}
