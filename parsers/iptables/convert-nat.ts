import type { Interface } from '../../src/model/interface.js';
import type { DestinationNat, SourceNat } from '../../src/model/nat.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet, type Scalar } from '../../src/space/interval-set.js';
import { type Cidr, type IpAddress, V4_END, V6_END } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet } from '../../src/space/service-set.js';
import type { FieldMap, Transform } from '../../src/space/transform.js';
import { type Cond, everything, intersect, subtract } from './conditions.js';
import type { FlatEntry } from './expand-chains.js';
import type { FamilyRules } from './family-rules.js';
import type { PortRange } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** Packets of the protocols whose ports NAT may rewrite; iptables refuses a port mapping for any other. */
const WITH_PORTS = PacketSet.of(
  AddressSpace.ANY,
  AddressSpace.ANY,
  new ServiceSet([{ proto: IntervalSet.fromRanges<number>([6, 17, 33, 132, 136].map((p) => [p, p + 1])), sport: IntervalSet.range(0, 65536), dport: IntervalSet.range(0, 65536) }]),
);

/** Largest number of aligned blocks a NETMAP rule's match is split into (one shift each). */
const MAX_NETMAP_BLOCKS = 256;

interface NatContext {
  readonly rules: FamilyRules;
  readonly interfaces: readonly Interface[];
  readonly file: string;
  readonly sink: WarningSink;
}

/**
 * nat PREROUTING as destination NAT, first match in chain order. Rules that stop NAT without
 * translating (ACCEPT, a RETURN of the built-in chain) are subtracted from every later entry.
 * DNAT maps into its address range and port range; REDIRECT maps to the primary address of
 * the ingress interface (one entry per interface); NETMAP shifts each aligned block.
 */
export function destinationNat(ctx: NatContext): DestinationNat[] {
  const entries = ctx.rules.expand('nat', 'PREROUTING', 'prerouting');
  const out: DestinationNat[] = [];
  const idPrefix = ctx.rules.family === 6 ? 'ip6:' : '';
  for (const { entry, cond } of unstopped(entries, ctx)) {
    const target = entry.rule.target;
    const id = `${idPrefix}${entry.id}`;
    const identity = `${idPrefix}${entry.identity}`;
    const provenance = { file: ctx.file, line: entry.rule.line };
    const add = (suffix: string, inInterfaces: readonly string[] | undefined, match: PacketSet, translate: Transform, mapped: AddressSpace) => {
      if (match.isEmpty()) return;
      out.push({ id: `${id}${suffix}`, identity: `${identity}${suffix}`, ...(inInterfaces && { inInterfaces }), match, translate, mapped, provenance });
    };
    cond.forEach((term, k) => {
      const suffix = cond.length > 1 ? `/${k + 1}` : '';
      const ins = term.ins ? [...term.ins].sort() : undefined;
      if (target?.kind === 'dnat') {
        const dst = target.to.first && target.to.last ? rangeSpace(target.to.first, target.to.last) : undefined;
        const translate = natTransform(dst, target.to.ports);
        const match = target.to.ports ? term.packets.intersect(WITH_PORTS) : term.packets;
        add(suffix, ins, match, translate, dst ?? AddressSpace.EMPTY);
      } else if (target?.kind === 'redirect') {
        for (const iface of ctx.interfaces) {
          if (!iface.enabled || (ins && !ins.includes(iface.name))) continue;
          const primary = iface.addresses.find((a) => a.address.family === ctx.rules.family);
          if (!primary) {
            ctx.sink.once(
              `redirect-noaddr:${entry.rule.line}:${iface.name}`,
              'unsupported',
              entry.rule.line,
              `${ctx.rules.tool} *nat PREROUTING`,
              `REDIRECT on ${iface.name}, which has no IPv${ctx.rules.family} address: the kernel drops these packets, the model leaves them untranslated (reports more)`,
            );
            continue;
          }
          const dst = AddressSpace.fromAddress(primary.address);
          const match = target.ports ? term.packets.intersect(WITH_PORTS) : term.packets;
          add(`${suffix}@${iface.name}`, [iface.name], match, natTransform(dst, target.ports), dst);
        }
      } else if (target?.kind === 'netmap') {
        netmapEntries(term.packets, target.to, ctx, entry).forEach((piece, b) => add(`${suffix}#${b + 1}`, ins, piece.match, piece.translate, piece.mapped));
      } else if (target && target.kind !== 'verdict') {
        ctx.sink.once(`nat-target:${entry.rule.line}`, 'invalid', entry.rule.line, `${ctx.rules.tool} *nat PREROUTING`, `${target.kind.toUpperCase()} is not valid in PREROUTING; the rule is ignored`);
      }
    });
  }
  return out;
}

/**
 * nat POSTROUTING as source NAT, first match, on the header after DNAT. SNAT translates into
 * its address range (the port range is not modelled), MASQUERADE into the egress interface's
 * address; NETMAP is modelled as a pool of its whole prefix (any address of it).
 */
export function sourceNat(ctx: NatContext): SourceNat[] {
  const entries = ctx.rules.expand('nat', 'POSTROUTING', 'postrouting');
  const out: SourceNat[] = [];
  const idPrefix = ctx.rules.family === 6 ? 'ip6:' : '';
  for (const { entry, cond } of unstopped(entries, ctx)) {
    const target = entry.rule.target;
    let pool: AddressSpace | undefined;
    if (target?.kind === 'snat') pool = target.to.first && target.to.last ? rangeSpace(target.to.first, target.to.last) : undefined;
    else if (target?.kind === 'netmap') {
      pool = AddressSpace.fromCidr(target.to);
      ctx.sink.once(`netmap-snat:${entry.rule.line}`, 'unsupported', entry.rule.line, `${ctx.rules.tool} *nat POSTROUTING`, 'NETMAP maps each source one-to-one; the model translates into any address of the prefix instead');
    } else if (target?.kind !== 'masquerade') {
      if (target && target.kind !== 'verdict') {
        ctx.sink.once(`nat-target:${entry.rule.line}`, 'invalid', entry.rule.line, `${ctx.rules.tool} *nat POSTROUTING`, `${target.kind.toUpperCase()} is not valid in POSTROUTING; the rule is ignored`);
      }
      continue;
    }
    cond.forEach((term, k) => {
      if (term.packets.isEmpty()) return;
      const suffix = cond.length > 1 ? `/${k + 1}` : '';
      out.push({
        id: `${idPrefix}${entry.id}${suffix}`,
        identity: `${idPrefix}${entry.identity}${suffix}`,
        ...(term.outs && { outInterfaces: [...term.outs].sort() }),
        header: 'translated',
        match: term.packets,
        ...(pool && { pool }),
        provenance: { file: ctx.file, line: entry.rule.line },
      });
    });
  }
  return out;
}

/**
 * NAT entries with the packets of earlier non-translating stops removed. In the nat table
 * ACCEPT (and RETURN from the built-in chain) ends NAT processing untranslated; DROP is
 * refused there by current iptables and is ignored with a warning.
 */
function unstopped(entries: readonly FlatEntry[], ctx: NatContext): Array<{ entry: FlatEntry; cond: Cond }> {
  const u = ctx.rules.universe;
  let open: Cond = everything(u);
  const out: Array<{ entry: FlatEntry; cond: Cond }> = [];
  for (const e of entries) {
    if (e.action.kind === 'nat') {
      const cond = intersect(e.cond, open);
      if (cond.length > 0) out.push({ entry: e, cond });
    } else if (e.action.kind === 'drop' || e.action.kind === 'queue') {
      ctx.sink.once(`nat-drop:${e.rule.line}`, 'unsupported', e.rule.line, `${ctx.rules.tool} *nat`, 'the nat table is not meant for filtering; this rule is taken to match nothing');
    } else {
      open = subtract(open, e.cond, u);
    }
  }
  return out;
}

function rangeSpace(first: IpAddress, last: IpAddress): AddressSpace {
  return AddressSpace.fromRange(first, last);
}

/** Destination rewrite: into the address range (if any) and the port range (if any). */
function natTransform(dst: AddressSpace | undefined, ports: PortRange | undefined): Transform {
  const t: { dst?: FieldMap<number> | FieldMap<bigint>; dport?: FieldMap<number> } = {};
  if (dst) t.dst = dst.v4.isEmpty() ? { set: dst.v6 } : { set: dst.v4 };
  if (ports) t.dport = { set: IntervalSet.range(ports.lo, ports.hi + 1) };
  return t;
}

/** NETMAP in PREROUTING: every aligned block of the prefix size maps onto `to` by a shift. */
function netmapEntries(match: PacketSet, to: Cidr, ctx: NatContext, entry: FlatEntry): Array<{ match: PacketSet; translate: Transform; mapped: AddressSpace }> {
  const dst = match.dstSpace();
  const out: Array<{ match: PacketSet; translate: Transform; mapped: AddressSpace }> = [];
  const mapped = AddressSpace.fromCidr(to);
  const blocks = to.family === 4 ? alignedBlocks<number>(dst.v4, 2 ** (32 - to.prefixLength), V4_END) : alignedBlocks<bigint>(dst.v6, 1n << BigInt(128 - to.prefixLength), V6_END);
  if (blocks === undefined) {
    ctx.sink.once(`netmap:${entry.rule.line}`, 'unsupported', entry.rule.line, `${ctx.rules.tool} *nat PREROUTING`, `NETMAP over more than ${MAX_NETMAP_BLOCKS} blocks is not modelled; the rule is ignored`);
    return [];
  }
  for (const base of blocks) {
    const block = to.family === 4 ? new AddressSpace(IntervalSet.range(base as number, (base as number) + 2 ** (32 - to.prefixLength)), IntervalSet.empty()) : new AddressSpace(IntervalSet.empty(), IntervalSet.range(base as bigint, (base as bigint) + (1n << BigInt(128 - to.prefixLength))));
    const translate: Transform = to.family === 4 ? { dst: { shift: (to.address as number) - (base as number) } } : { dst: { shift: (to.address as bigint) - (base as bigint) } };
    out.push({ match: match.restrictDst(block), translate, mapped });
  }
  return out;
}

function alignedBlocks<T extends Scalar>(set: IntervalSet<T>, size: T, end: T): T[] | undefined {
  const out: T[] = [];
  for (const [lo, hi] of set.ranges()) {
    const big = typeof lo === 'bigint';
    let base = (big ? (lo as bigint) - ((lo as bigint) % (size as bigint)) : (lo as number) - ((lo as number) % (size as number))) as T;
    while (base < hi && base < end) {
      if (out.length === 0 || out[out.length - 1] !== base) out.push(base);
      if (out.length > MAX_NETMAP_BLOCKS) return undefined;
      base = (big ? (base as bigint) + (size as bigint) : (base as number) + (size as number)) as T;
    }
  }
  return out;
}
