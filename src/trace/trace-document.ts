import type { Disposition } from '../analysis/flow.js';
import { AddressSpace } from '../space/address-space.js';
import { UNCLASSIFIED } from '../network/ownership.js';
import type { Topology } from '../network/topology.js';
import type { Site } from '../site/types.js';
import { formatIp } from '../space/ip.js';
import type { Packet } from '../space/packet.js';
import { PacketSet } from '../space/packet-set.js';
import { protocolName } from '../space/protocols.js';
import { summarizePacketSet } from '../space/summary.js';
import { applyToPacket, isIdentity } from '../space/transform.js';
import { type WitnessHints, pickWitness } from '../space/witness.js';
import { uncarried } from '../checks/carriers.js';
import { compareText } from '../util/compare-text.js';
import type { EntryPoint, EntryVia } from './entry-points.js';
import { type HopDocument, hopDocuments } from './hop-document.js';
import type { TraceClass } from './trace-class.js';
import type { IngressChoice, InterfaceRef, ServiceFilter } from './trace-query.js';
import { type TraceStop, traceStop } from './trace-stop.js';

/**
 * The trace as data (`sansou trace --format json`, schemas/trace.schema.json). The text
 * output renders this one document, so the two never disagree.
 */
export interface TraceDocument {
  /** Version of this contract. */
  readonly schemaVersion: 1;
  /** The program that wrote it. */
  readonly tool: { readonly name: 'sansou'; readonly version: string };
  /** The site file's organization. */
  readonly organization?: string;
  /** What was asked. */
  readonly query: PacketQueryDocument | SegmentQueryDocument;
  /** Every segment, external network or other owner the document names, by id. */
  readonly owners: Readonly<Record<string, OwnerDocument>>;
  /** --src/--dst: where the packets entered the network. */
  readonly entries?: readonly EntryDocument[];
  /** Every class of the traced packets with its path and fate. */
  readonly classes: readonly TraceClassDocument[];
  /** The distinct fates of the classes, in a fixed order. */
  readonly dispositions: readonly Disposition[];
  /** True when some packet is delivered or accepted (exit status 0). */
  readonly getsThrough: boolean;
}

/** The --src/--dst question. */
export interface PacketQueryDocument extends ServiceDocument {
  /** Which kind of trace. */
  readonly mode: 'packet';
  /** Source address. */
  readonly src: string;
  /** Destination address, before any NAT. */
  readonly dst: string;
  /** The interface given with --ingress. */
  readonly ingress?: IngressChoice;
}

/** The --from/--to question. */
export interface SegmentQueryDocument extends ServiceDocument {
  /** Which kind of trace. */
  readonly mode: 'segments';
  /** Segment or external id the traffic is initiated in. */
  readonly from: string;
  /** Segment or external id it is delivered into. */
  readonly to: string;
}

/** The service part of a question; absent fields mean every value. */
export interface ServiceDocument {
  /** Protocol name (tcp, udp, icmp) or proto-N. */
  readonly protocol?: string;
  /** Source port (ICMP: code). */
  readonly srcPort?: number;
  /** Destination port (ICMP: type). */
  readonly dstPort?: number;
}

/** A segment, external network, the transit links, or unclaimed space. */
export interface OwnerDocument {
  /** What it is. */
  readonly type: 'segment' | 'external' | 'transit' | 'unclassified';
  /** Segment or external kind (lgwan, internet …). */
  readonly kind?: string;
  /** Display name from the site file. */
  readonly name?: string;
}

/** An interface where the traced packets entered. */
export interface EntryDocument {
  /** Owner of the source address. */
  readonly source: string;
  /** Device id. */
  readonly device: string;
  /** Interface name. */
  readonly iface: string;
  /** Why there. */
  readonly via: EntryVia;
  /** The interface's own subnet holds the source address. */
  readonly onLink: boolean;
}

/** A concrete packet header; for ICMP, dstPort is the type and srcPort the code. */
export interface PacketDocument {
  /** Source address. */
  readonly src: string;
  /** Destination address. */
  readonly dst: string;
  /** Protocol name (tcp, udp, icmp) or proto-N. */
  readonly protocol: string;
  /** Source port. */
  readonly srcPort: number;
  /** Destination port. */
  readonly dstPort: number;
}

/** One class of packets: one entry, one path, one fate. */
export interface TraceClassDocument {
  /** Segment or external id the packets were initiated in. */
  readonly source: string;
  /** Where they entered. */
  readonly entry: InterfaceRef;
  /** How they ended. */
  readonly disposition: Disposition;
  /** For 'delivered': the owner id of where they arrived. */
  readonly deliveredTo?: string;
  /** For 'accepted': the device that answered them itself. */
  readonly acceptedBy?: string;
  /** For the others: where and why they stopped. */
  readonly stop?: TraceStop;
  /** For the others: the analysis' reason, in English. */
  readonly reason?: string;
  /** Readable summary of the class's packets as initiated. */
  readonly packets: readonly string[];
  /** One concrete packet of the class, as initiated. */
  readonly witness: PacketDocument;
  /** The witness as the last device handled it, when NAT changed it. */
  readonly translated?: PacketDocument;
  /** The path, device by device. */
  readonly hops: readonly HopDocument[];
}

/** What a document is built from besides the classes. */
export interface TraceContext {
  /** The resolved site (owner names and kinds). */
  readonly site: Site;
  /** The topology the analysis ran on. */
  readonly topology: Topology;
  /** sansou's version. */
  readonly version: string;
  /** Hosts to prefer in witnesses. */
  readonly hints: WitnessHints;
}

const DISPOSITION_ORDER: readonly Disposition[] = ['delivered', 'accepted', 'denied', 'no-route', 'null-route', 'loop'];

export function packetTraceDocument(ctx: TraceContext, query: Omit<PacketQueryDocument, 'mode'>, entries: readonly EntryPoint[], classes: readonly TraceClass[]): TraceDocument {
  return document(ctx, { mode: 'packet', ...query }, entries, classes);
}

export function segmentTraceDocument(ctx: TraceContext, query: Omit<SegmentQueryDocument, 'mode'>, classes: readonly TraceClass[]): TraceDocument {
  return document(ctx, { mode: 'segments', ...query }, undefined, classes);
}

/** The service filter in document form. */
export function serviceDocument(filter: ServiceFilter): ServiceDocument {
  return {
    ...(filter.protocol === undefined ? {} : { protocol: protocolName(filter.protocol) }),
    ...(filter.srcPort === undefined ? {} : { srcPort: filter.srcPort }),
    ...(filter.dstPort === undefined ? {} : { dstPort: filter.dstPort }),
  };
}

function document(ctx: TraceContext, query: PacketQueryDocument | SegmentQueryDocument, entries: readonly EntryPoint[] | undefined, classes: readonly TraceClass[]): TraceDocument {
  const docs = classes.map((c) => classDocument(ctx, c));
  const named = new Set<string>();
  if (query.mode === 'segments') named.add(query.from).add(query.to);
  for (const e of entries ?? []) named.add(e.source);
  for (const c of docs) {
    named.add(c.source);
    if (c.deliveredTo !== undefined) named.add(c.deliveredTo);
  }
  const present = new Set(docs.map((c) => c.disposition));
  const dispositions = DISPOSITION_ORDER.filter((d) => present.has(d));
  return {
    schemaVersion: 1,
    tool: { name: 'sansou', version: ctx.version },
    ...(ctx.site.organization === undefined ? {} : { organization: ctx.site.organization }),
    query,
    owners: Object.fromEntries([...named].sort(compareText).map((id) => [id, ownerDocument(ctx, id)])),
    ...(entries ? { entries: entries.map((e) => ({ source: e.source, device: e.device, iface: e.iface, via: e.via, onLink: e.onLink })) } : {}),
    classes: docs,
    dispositions,
    getsThrough: present.has('delivered') || present.has('accepted'),
  };
}

function ownerDocument(ctx: TraceContext, id: string): OwnerDocument {
  const owner = ctx.topology.ownership.owner(id);
  if (!owner) return { type: id === UNCLASSIFIED ? 'unclassified' : 'transit' };
  if (owner.type === 'transit') return { type: 'transit' };
  const declared = owner.type === 'segment' ? ctx.site.segments.find((s) => s.id === id) : ctx.site.externals.find((e) => e.id === id);
  return { type: owner.type, kind: owner.kind, ...(declared?.name === undefined ? {} : { name: declared.name }) };
}

function classDocument(ctx: TraceContext, c: TraceClass): TraceClassDocument {
  const hops = hopDocuments(c.hops);
  const stop = traceStop(c.disposition, hops);
  const witness = pickWitness(focusOf(ctx, c), ctx.hints)!;
  // The translation of the outcome the witness belongs to: outcomes of a class share the
  // path but may differ in NAT (one per pool piece).
  const t = (c.outcomes.find((o) => o.orig.contains(witness)) ?? c.outcomes[0]!).t;
  return {
    source: c.source,
    entry: c.entry,
    disposition: c.disposition,
    ...(c.disposition === 'delivered' && c.to !== undefined ? { deliveredTo: c.to } : {}),
    ...(c.disposition === 'accepted' && c.to !== undefined ? { acceptedBy: c.to } : {}),
    ...(stop ? { stop } : {}),
    ...(c.reason === undefined ? {} : { reason: c.reason }),
    packets: summarizePacketSet(c.packets),
    witness: packetDocument(witness),
    ...(isIdentity(t) ? {} : { translated: packetDocument(applyToPacket(t, witness)) }),
    hops,
  };
}

/**
 * Where to take the witness from: packets leaving through an attach point count as delivered
 * to that external network whatever their address, so, as the audit does, prefer one whose
 * destination (after NAT) really is the owner's.
 */
function focusOf(ctx: TraceContext, c: TraceClass): PacketSet {
  if (c.disposition !== 'delivered' || c.to === undefined) return c.packets;
  const scope = PacketSet.of(AddressSpace.ANY, ctx.topology.ownership.spaceOf(c.to));
  const focus = PacketSet.unionAll(c.outcomes.map((o) => uncarried([], o, scope)));
  return focus.isEmpty() ? c.packets : focus;
}

export function packetDocument(p: Packet): PacketDocument {
  return { src: formatIp(p.src), dst: formatIp(p.dst), protocol: protocolName(p.protocol), srcPort: p.srcPort, dstPort: p.dstPort };
}
