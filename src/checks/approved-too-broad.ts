import type { Provenance } from '../model/provenance.js';
import type { AddressSpace } from '../space/address-space.js';
import { IntervalSet } from '../space/interval-set.js';
import type { ServiceSet } from '../space/service-set.js';
import type { CheckContext } from './context.js';
import { type Finding, fingerprintOf } from './finding.js';
import type { CheckConfig } from './types.js';

type ApprovedTooBroad = Extract<CheckConfig, { primitive: 'approved-too-broad' }>;

/** Protocols whose services are ports: an entry must name them. */
const PORTED = new Set([6, 17, 132]);
const EVERY_PORT = IntervalSet.range<number>(1, 65536);
/** More protocols than this in one item reads as `any`, not as a list someone chose. */
const MAX_PROTOCOLS = 4;

interface Entry {
  readonly kind: 'approved' | 'breakout' | 'sanitizer' | 'published';
  readonly name: string;
  readonly addresses: ReadonlyArray<readonly [field: string, space: AddressSpace]>;
  readonly services: ServiceSet;
  readonly provenance?: Provenance;
}

/**
 * An entry that makes a crossing legitimate (approved 特定通信, α′ breakout, sanitizer, published
 * service) must be limited to hosts and ports (通信経路の限定): more than `maxAddresses` on one
 * side (for a breakout destination, a contiguous range over `maxBreakoutRange`), several
 * protocols in one item, or every port of TCP/UDP is not a limit. The whole
 * entry is one finding, naming each field that is too wide. Sanitizers sansou inferred from
 * the inventory are not checked: their services are sansou's assumption, not a declaration.
 */
export function approvedTooBroad(ctx: CheckContext, check: ApprovedTooBroad): Finding[] {
  const entries: Entry[] = [
    ...ctx.site.approved.map((a) => entry('approved', a.name, [['from', a.from], ['to', a.to]], a.services, a.provenance)),
    ...ctx.site.breakout.map((b) => entry('breakout', b.name, [['destinations', b.destinations]], b.services, b.provenance)),
    ...ctx.site.sanitizers.filter((s) => s.origin === 'site').map((s) => entry('sanitizer', s.name, [['hosts', s.hosts]], s.services, s.provenance)),
    ...ctx.site.published.map((p) => entry('published', p.name, [['hosts', p.hosts]], p.services, p.provenance)),
  ];
  const findings: Finding[] = [];
  for (const e of entries) {
    const tooWide = (space: AddressSpace) =>
      e.kind === 'breakout' ? largestRange(space) > BigInt(check.maxBreakoutRange) : addressCount(space) > BigInt(check.maxAddresses);
    const wide = e.addresses.filter(([, space]) => tooWide(space)).map(([field, space]) => `${field} ${space.toString()}`);
    if (!portLimited(e.services)) wide.push(`services ${e.services.toString()}`);
    if (wide.length === 0) continue;
    findings.push({
      check: check.id,
      severity: check.severity,
      params: { kind: e.kind, name: e.name, fields: wide.join('; '), max: check.maxAddresses },
      ...(e.provenance ? { location: e.provenance } : {}),
      fingerprint: fingerprintOf(check.id, e.kind, e.name),
    });
  }
  return findings;
}

function entry(kind: Entry['kind'], name: string, addresses: Entry['addresses'], services: ServiceSet, provenance: Provenance | undefined): Entry {
  return { kind, name, addresses, services, ...(provenance ? { provenance } : {}) };
}

/** The size of the largest contiguous range of the space. */
function largestRange(space: AddressSpace): bigint {
  let most = 0n;
  for (const [lo, hi] of space.v4.ranges()) if (BigInt(hi - lo) > most) most = BigInt(hi - lo);
  for (const [lo, hi] of space.v6.ranges()) if (hi - lo > most) most = hi - lo;
  return most;
}

function addressCount(space: AddressSpace): bigint {
  let n = 0n;
  for (const [lo, hi] of space.v4.ranges()) n += BigInt(hi - lo);
  for (const [lo, hi] of space.v6.ranges()) n += hi - lo;
  return n;
}

/**
 * Each item names its protocols (not `any` or a sweep of protocol numbers), and for TCP, UDP
 * and SCTP not every port. tcp/3389 and udp/3389 may share one box; that is still limited.
 */
export function portLimited(services: ServiceSet): boolean {
  return services.boxes.every((box) => {
    let count = 0;
    for (const [lo, hi] of box.proto.ranges()) {
      count += hi - lo;
      for (const p of PORTED) if (p >= lo && p < hi && EVERY_PORT.isSubsetOf(box.dport)) return false;
    }
    return count <= MAX_PROTOCOLS;
  });
}
