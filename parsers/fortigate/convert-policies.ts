import type { MatchTerm, Rule, RuleSourceNat } from '../../src/model/filter.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet } from '../../src/space/service-set.js';
import { defined } from './defined.js';
import type { InterfaceNames } from './interface-names.js';
import type { References } from './references.js';
import { type AddressResolver, referenceKind } from './resolve-addresses.js';
import type { ServiceResolver } from './resolve-services.js';
import { complementIn, spaceOfRanges } from './space-union.js';
import type { FgIpPool, FgPolicy, FgZone, NameList } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

export interface PolicyContext {
  readonly file: string;
  readonly sink: WarningSink;
  readonly refs: References;
  readonly addresses: AddressResolver;
  readonly services: ServiceResolver;
  readonly interfaces: InterfaceNames;
  readonly pools: ReadonlyMap<string, FgIpPool>;
  readonly schedules: ReadonlySet<string>;
  /** Central NAT mode: VIPs apply by themselves and policies see translated destinations. */
  readonly centralNat: boolean;
  /** Ids of the VIPs that have a destination NAT entry, in config order, and as a set. */
  readonly activeVips: readonly string[];
  readonly activeVipSet: ReadonlySet<string>;
}

/** The VIP names a policy's dstaddr names, directly or through VIP groups. */
export function referencedVips(p: FgPolicy, addresses: AddressResolver): string[] {
  return p.dstaddr.names.flatMap((n) => addresses.vipNames(n));
}

/**
 * One FortiGate policy as a rule of the "firewall policy" stage (which sees headers after
 * destination NAT).
 *
 * - Its IPv4 part is srcaddr × dstaddr and its IPv6 part srcaddr6 × dstaddr6; a negate flag
 *   replaces its column by the exact complement within the family, service-negate replaces
 *   the services by every packet of those addresses that the services do not match.
 * - Plain destination addresses match only flows no VIP translated (`dnat: 'untranslated'`):
 *   on FortiOS a translated flow needs a policy that names its VIP.
 * - VIPs (and VIP groups) in dstaddr become a second term restricted to flows those VIPs
 *   translated, with any destination: the VIP itself is matched by the DNAT stage.
 * - A deny policy with `match-vip enable` also applies its plain match to translated flows.
 * - Internet Service (ISDB) columns cannot be resolved offline: such a policy has no terms.
 */
export function convertPolicy(p: FgPolicy, ctx: PolicyContext): Rule {
  const usedBy = `firewall ${p.table} ${p.id}`;
  const { sink } = ctx;
  reportUnmodelled(p, usedBy, sink);
  // An Internet Service replaces dstaddr (and service) or srcaddr: their absence is expected.
  const isdb = p.internetService !== undefined || p.internetServiceSrc !== undefined;
  const inInterfaces = interfaceColumn(p, p.srcintf, 'srcintf', usedBy, ctx);
  const outInterfaces = interfaceColumn(p, p.dstintf, 'dstintf', usedBy, ctx);
  const services = serviceColumn(p, usedBy, isdb, ctx);
  const v4 = addressPart(p, 4, usedBy, services, isdb, ctx);
  const v6 = addressPart(p, 6, usedBy, services, isdb, ctx);
  if (!v4.present && !v6.present && !isdb) sink.invalid(p.line, p.context, `${usedBy} has no complete pair of source and destination addresses; it matches nothing`);
  recordSchedule(p, usedBy, ctx);

  const terms: MatchTerm[] = [];
  if (isdb) {
    const u = (p.internetService ?? p.internetServiceSrc)!;
    sink.unsupported(u.line, p.context, `${usedBy} matches an Internet Service (${u.key}), which cannot be resolved offline; the policy matches nothing in the model`);
  } else {
    const interfaces = defined({ inInterfaces, outInterfaces });
    const plain = v4.plain.union(v6.plain);
    if (!plain.isEmpty()) terms.push({ ...interfaces, packets: plain, ...(!ctx.centralNat && { dnat: 'untranslated' as const }) });
    const vipIds = [...new Set(v4.vips)].filter((id) => ctx.activeVipSet.has(id));
    if (vipIds.length > 0 && !v4.vipPackets.isEmpty()) terms.push({ ...interfaces, packets: v4.vipPackets, dnat: vipIds });
    if (p.matchVip && p.action === 'deny' && !ctx.centralNat && ctx.activeVips.length > 0 && !plain.isEmpty()) {
      terms.push({ ...interfaces, packets: plain, dnat: [...ctx.activeVips] });
    }
  }
  if (p.action === 'ipsec') {
    sink.unsupported(p.actionLine, p.context, `${usedBy} has action ipsec: the VPN tunnel is not modelled; the policy is treated as accept`);
  }
  const permit = p.action !== 'deny';
  const sourceNat = permit && p.nat ? ruleSourceNat(p, usedBy, ctx) : undefined;
  const optional = { name: p.name, comment: p.comments, sourceNat };
  return {
    id: p.table === 'policy6' ? `policy6/${p.id}` : p.id,
    action: permit ? 'permit' : 'deny',
    enabled: p.enabled,
    log: p.logtraffic !== 'disable',
    terms,
    implicit: false,
    display: {
      inInterfaces: p.srcintf.names,
      outInterfaces: p.dstintf.names,
      sources: [...negated(p.srcaddr.names, p.srcaddrNegate), ...negated(p.srcaddr6.names, p.srcaddr6Negate)],
      destinations: [...negated(p.dstaddr.names, p.dstaddrNegate), ...negated(p.dstaddr6.names, p.dstaddr6Negate)],
      services: negated(p.service.names, p.serviceNegate),
    },
    provenance: { file: ctx.file, line: p.line },
    ...defined(optional),
  };
}

/** Negated columns are shown with a leading "!", so a report never reads them as positive. */
function negated(names: readonly string[], negate: boolean): string[] {
  return negate ? names.map((n) => `!${n}`) : [...names];
}

function reportUnmodelled(p: FgPolicy, usedBy: string, sink: WarningSink): void {
  for (const u of p.unmodelled) {
    const value = u.values.join(' ');
    let comment: string;
    if (u.key === 'schedule') comment = `${usedBy} applies only during schedule "${value}"; the model treats it as always active`;
    else if (u.key === 'groups' || u.key === 'users' || u.key === 'fsso-groups') {
      comment = `${usedBy} applies only to authenticated ${u.key} (${value}); the model treats it as matching every user`;
    } else comment = `${usedBy} sets ${u.key} ${value}, which narrows what it matches; the model ignores it and matches more`;
    sink.unsupported(u.line, p.context, comment);
  }
}

function interfaceColumn(p: FgPolicy, column: NameList, field: string, usedBy: string, ctx: PolicyContext): string[] | undefined {
  if (column.names.length === 0) {
    ctx.sink.invalid(p.line, p.context, `${usedBy} has no ${field}; it matches no interface`);
    return [];
  }
  for (const name of column.names) {
    if (name === 'any') continue;
    const r = ctx.interfaces.resolve(name);
    ctx.refs.addSetting(r.kind, name, r.resolved, usedBy, field, column.line, p.context, 'it matches no interface');
  }
  return ctx.interfaces.expand(column.names);
}

function serviceColumn(p: FgPolicy, usedBy: string, isdb: boolean, ctx: PolicyContext): ServiceSet {
  if (p.service.names.length === 0) {
    if (!isdb) ctx.sink.invalid(p.line, p.context, `${usedBy} has no service; it matches nothing`);
    return ServiceSet.EMPTY;
  }
  for (const name of p.service.names) {
    const entry = ctx.services.lookup(name);
    ctx.refs.addSetting(entry?.kind === 'group' ? 'service-group' : 'service', name, entry !== undefined, usedBy, 'service', p.service.line, p.context);
  }
  return ctx.services.union(p.service.names);
}

interface AddressPart {
  /** Whether the policy has both columns of this family. */
  readonly present: boolean;
  /** Packets matched through plain addresses. */
  readonly plain: PacketSet;
  /** VIP names in the destination column, and the packets their term admits. */
  readonly vips: readonly string[];
  readonly vipPackets: PacketSet;
}

function addressPart(p: FgPolicy, family: 4 | 6, usedBy: string, services: ServiceSet, isdb: boolean, ctx: PolicyContext): AddressPart {
  const [srcCol, dstCol, srcField, dstField] = family === 4 ? [p.srcaddr, p.dstaddr, 'srcaddr', 'dstaddr'] : [p.srcaddr6, p.dstaddr6, 'srcaddr6', 'dstaddr6'];
  const [srcNegate, dstNegate] = family === 4 ? [p.srcaddrNegate, p.dstaddrNegate] : [p.srcaddr6Negate, p.dstaddr6Negate];
  const { addresses, refs } = ctx;
  for (const [col, field] of [
    [srcCol, srcField],
    [dstCol, dstField],
  ] as const) {
    for (const name of col.names) {
      const entry = addresses.lookup(name, family);
      refs.addSetting(referenceKind(entry), name, entry !== undefined, usedBy, field, col.line, p.context);
      if (col === srcCol && (entry?.kind === 'vip' || entry?.kind === 'vip-group')) {
        ctx.sink.invalid(col.line, p.context, `${usedBy} names VIP "${name}" in ${field}; a VIP only matches destinations, so it matches nothing here`);
      }
      if (entry?.kind === 'other-vip') {
        ctx.sink.unsupported(col.line, p.context, `${usedBy} names VIP "${name}" (IPv6/NAT46/NAT64), whose translation is not modelled; it matches nothing`);
      }
    }
  }
  const empty = { plain: PacketSet.EMPTY, vips: [], vipPackets: PacketSet.EMPTY };
  if (srcCol.names.length === 0 || dstCol.names.length === 0) {
    if (srcCol.names.length + dstCol.names.length > 0 && !isdb) {
      ctx.sink.invalid(p.line, p.context, `${usedBy} sets only one of ${srcField} and ${dstField}; its IPv${family} part matches nothing`);
    }
    return { present: false, ...empty };
  }
  let src = addresses.union(srcCol.names, family);
  if (srcNegate) src = complementIn(src, family);
  const plainNames = dstCol.names.filter((n) => !isVipEntry(addresses, n, family));
  const vips = family === 4 ? dstCol.names.flatMap((n) => addresses.vipNames(n)) : [];
  if (vips.length > 0 && dstNegate) {
    ctx.sink.unsupported(dstCol.line, p.context, `${usedBy} negates a destination that includes VIPs; the VIPs are matched without the negation`);
  }
  let plain = PacketSet.EMPTY;
  if (plainNames.length > 0 || dstNegate) {
    let dst = addresses.union(plainNames, family);
    if (dstNegate) dst = complementIn(dst, family);
    plain = packets(src, dst, services, p.serviceNegate);
  }
  const anyDst = family === 4 ? AddressSpace.ANY_V4 : AddressSpace.ANY_V6;
  const vipPackets = vips.length > 0 ? packets(src, anyDst, services, p.serviceNegate) : PacketSet.EMPTY;
  return { present: true, plain, vips, vipPackets };
}

function isVipEntry(addresses: AddressResolver, name: string, family: 4 | 6): boolean {
  const kind = addresses.lookup(name, family)?.kind;
  return kind === 'vip' || kind === 'vip-group' || kind === 'other-vip';
}

/** src × dst × services, or with service-negate src × dst × (everything but services). */
function packets(src: AddressSpace, dst: AddressSpace, services: ServiceSet, negate: boolean): PacketSet {
  if (!negate) return PacketSet.of(src, dst, services);
  return PacketSet.of(src, dst).subtract(PacketSet.of(src, dst, services));
}

function recordSchedule(p: FgPolicy, usedBy: string, ctx: PolicyContext): void {
  for (const name of p.schedule.names) {
    // "always" exists on every unit, written in the file or not.
    const resolved = name === 'always' || ctx.schedules.has(name);
    ctx.refs.addSetting('schedule', name, resolved, usedBy, 'schedule', p.schedule.line, p.context, 'the policy is still modelled as always active');
  }
}

/**
 * `set nat enable`: translate sources to the named IP pools (`set ippool enable`), or to the
 * egress interface's address when no pool is named (pool left absent).
 */
function ruleSourceNat(p: FgPolicy, usedBy: string, ctx: PolicyContext): RuleSourceNat {
  if (!p.ippool || p.poolname.names.length === 0) return {};
  const ranges = [];
  for (const name of p.poolname.names) {
    const pool = ctx.pools.get(name);
    ctx.refs.addSetting('ip-pool', name, pool !== undefined, usedBy, 'poolname', p.poolname.line, p.context, 'it adds no address to the pool');
    if (pool?.range) ranges.push(pool.range);
  }
  return { pool: spaceOfRanges(ranges), poolNames: p.poolname.names };
}

/**
 * `set intrazone allow`: traffic between interfaces of the zone passes without a policy.
 * Modelled as implicit permit rules placed before every policy.
 */
export function intrazoneRules(zones: readonly FgZone[], interfaces: InterfaceNames, file: string): Rule[] {
  const out: Rule[] = [];
  for (const z of zones) {
    if (z.intrazone !== 'allow') continue;
    const members = interfaces.resolve(z.name).members;
    out.push({
      id: `intrazone:${z.name}`,
      action: 'permit',
      enabled: true,
      log: false,
      terms: [{ inInterfaces: members, outInterfaces: members, packets: PacketSet.ANY }],
      implicit: true,
      comment: `intrazone allow (zone ${z.name})`,
      display: { inInterfaces: [z.name], outInterfaces: [z.name], sources: ['all'], destinations: ['all'], services: ['ALL'] },
      provenance: { file, line: z.line },
    });
  }
  return out;
}
