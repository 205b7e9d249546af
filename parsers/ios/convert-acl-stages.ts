import type { FilterStage, Rule } from '../../src/model/filter.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { Occurrences } from '../common/occurrences.js';
import type { References } from './references.js';
import type { IosResolver, ResolvedAcl } from './resolver.js';
import type { IosAclEntry, IosInterface, NameRef } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

export interface AclStageContext {
  readonly file: string;
  readonly sink: WarningSink;
  readonly resolver: IosResolver;
  readonly refs: References;
  /** The device has IPv6 addresses: IPv4 ACLs must let IPv6 through. */
  readonly hasIpv6: boolean;
  /** The device translates sources on the way out of its `ip nat outside` interfaces. */
  readonly translatesSources: boolean;
}

/**
 * Interface ACLs as filter stages, inbound ones first: IOS checks the input ACL before
 * routing and the output ACL after it. A list applied on several interfaces is one stage
 * over all of them (a packet meets at most one input and one output list).
 *
 * - An input ACL sees the packet as it arrived, before the outside-to-inside NAT that IOS
 *   performs after it: header 'original'.
 * - An input ACL also filters packets addressed to the router itself (ssh, telnet, HTTP,
 *   SNMP, ping to any of its addresses): IOS checks every packet received on the interface
 *   against it before it decides whether to forward or to receive the packet, which is why
 *   infrastructure ACLs that protect the control plane are interface input ACLs. The stage is
 *   `local`. An output ACL never sees what the router receives for itself (nor what it
 *   originates): those stages are not local.
 * - An output ACL sees the packet after destination NAT: header 'translated'. On an `ip nat
 *   outside` interface IOS checks it after source NAT too, which the model (filters before
 *   source NAT) cannot express; the stage checks pre-translation sources and a warning says so.
 * - An ACL that is not defined, or has no entries, passes every packet on IOS.
 * - An IPv4 ACL does not filter IPv6: an implicit rule lets IPv6 through.
 */
export function aclStages(own: readonly IosInterface[], ctx: AclStageContext): FilterStage[] {
  const stages: FilterStage[] = [];
  for (const direction of ['in', 'out'] as const) {
    // One stage per list and direction, over every interface that applies it: the same
    // verdicts as one stage per interface, without repeating a long list once per VLAN.
    const users = new Map<string, IosInterface[]>();
    for (const i of own) {
      const ref = direction === 'in' ? i.accessGroupIn : i.accessGroupOut;
      if (!ref) continue;
      checkUse(i, ref, direction, ctx);
      users.set(ref.name, [...(users.get(ref.name) ?? []), i]);
    }
    for (const [name, ifaces] of users) stages.push(stage(name, ifaces, direction, ctx));
  }
  return stages;
}

/** The reference, and the warnings, of one interface's access-group line. */
function checkUse(iface: IosInterface, ref: NameRef, direction: 'in' | 'out', ctx: AclStageContext): void {
  const resolved = ctx.resolver.acl(ref.name);
  ctx.refs.add('acl', ref.name, resolved !== undefined, `interface ${iface.name} ip access-group ${direction}`, ref.line, iface.context, 'IOS passes every packet, and so does the model');
  if (resolved && resolved.entries.length === 0) ctx.sink.invalid(ref.line, iface.context, `access list ${ref.name} has no entries; IOS passes every packet, and so does the model`);
  if (resolved && direction === 'out' && iface.natSide?.side === 'outside' && ctx.translatesSources && dependsOnSource(resolved)) {
    ctx.sink.unsupported(
      ref.line,
      iface.context,
      `on this ip nat outside interface IOS checks access list ${ref.name} after source NAT (inside global sources); the model checks the sources before translation`,
    );
  }
}

function stage(aclName: string, ifaces: readonly IosInterface[], direction: 'in' | 'out', ctx: AclStageContext): FilterStage {
  const names = ifaces.map((i) => i.name);
  const name = `ip access-group ${aclName} ${direction}`;
  const where = direction === 'in' ? { inInterfaces: names, local: true } : { outInterfaces: names };
  const header = direction === 'in' ? ('original' as const) : ('translated' as const);
  const resolved = ctx.resolver.acl(aclName);
  const firstUse = (direction === 'in' ? ifaces[0]!.accessGroupIn : ifaces[0]!.accessGroupOut)!;
  if (!resolved || resolved.entries.length === 0) {
    return {
      name,
      ...where,
      header,
      rules: [],
      defaultAction: 'permit',
      defaultReason: resolved ? `access list ${aclName} has no entries (IOS passes everything)` : `access list ${aclName} is not defined (IOS passes everything)`,
      defaultProvenance: { file: ctx.file, line: firstUse.line },
    };
  }
  const rules = aclRules(resolved, ctx.file);
  if (ctx.hasIpv6) rules.push(ipv6Passes(firstUse, ctx.file));
  return {
    name,
    ...where,
    header,
    rules,
    defaultAction: 'deny',
    defaultReason: `implicit deny at the end of access list ${aclName}`,
    defaultProvenance: { file: ctx.file, line: resolved.acl.line },
  };
}

/**
 * One rule per entry, in sequence order; ids are "ACL:sequence". A sequence number is often
 * a position in disguise: IOS numbers unnumbered entries 10, 20, 30… in the order they are
 * typed, and an ACL pasted anew after an edit is numbered afresh, so each rule also gets an
 * identity from its content (entryIdentity) for fingerprints.
 */
export function aclRules(resolved: ResolvedAcl, file: string): Rule[] {
  const identities = new Occurrences();
  return resolved.entries.map(({ entry, packets }) => ({
    id: `${resolved.acl.name}:${entry.seq}`,
    identity: identities.next(entryIdentity(resolved.acl.name, entry)),
    action: entry.action,
    enabled: true,
    log: entry.log,
    terms: packets.isEmpty() ? [] : [{ packets }],
    implicit: false,
    ...(entry.remarks.length > 0 ? { comment: entry.remarks.join(' / ') } : {}),
    display: { inInterfaces: [], outInterfaces: [], sources: [entry.display.source], destinations: [entry.display.destination], services: [entry.display.service] },
    provenance: { file, line: entry.line },
  }));
}

/**
 * The list name and the entry as written, without its sequence number, its remarks or its
 * logging keywords: the same entry moved, renumbered, re-commented or logged is still the
 * same rule for a fingerprint.
 */
function entryIdentity(acl: string, entry: IosAclEntry): string {
  const words = entry.text.split(/\s+/).filter((w) => w !== '' && !LOG_WORDS.has(w.toLowerCase()));
  return `${acl}: ${words.join(' ')}`;
}

/** Keywords that only make IOS log matches. */
const LOG_WORDS: ReadonlySet<string> = new Set(['log', 'log-input']);

function ipv6Passes(ref: NameRef, file: string): Rule {
  return {
    id: `${ref.name}:ipv6`,
    action: 'permit',
    enabled: true,
    log: false,
    terms: [{ packets: PacketSet.of(AddressSpace.ANY_V6, AddressSpace.ANY_V6) }],
    implicit: true,
    comment: 'an IPv4 access list does not filter IPv6',
    display: { inInterfaces: [], outInterfaces: [], sources: ['any6'], destinations: ['any6'], services: ['ipv6'] },
    provenance: { file, line: ref.line },
  };
}

function dependsOnSource(resolved: ResolvedAcl): boolean {
  return resolved.entries.some(({ entry }) => entry.source.kind !== 'any' || entry.sourcePorts !== undefined);
}
