import type { ObjectKind } from '../../src/model/objects.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { makeCidr } from '../../src/space/ip.js';
import { onlyFamily, unionSpaces } from './space-union.js';
import type { FgAddress, FgAddressGroup, FgInterface, FgNamed, FgVdom, FgVip, FgVipGroup } from './vendor-config.js';
import type { WarningSink } from './warnings.js';
import { expandWildcard } from './wildcard.js';

/** What a name in an address column denotes in one VDOM and family. */
export type AddressEntry =
  | { readonly kind: 'address'; readonly object: FgAddress }
  | { readonly kind: 'group'; readonly object: FgAddressGroup }
  | { readonly kind: 'vip'; readonly object: FgVip }
  | { readonly kind: 'vip-group'; readonly object: FgVipGroup }
  /** IPv6/NAT46/NAT64 VIPs: defined, but their translation is not modelled. */
  | { readonly kind: 'other-vip'; readonly object: FgNamed }
  /** Threat feeds (`system external-resource`): fetched at run time. */
  | { readonly kind: 'external'; readonly object: FgNamed }
  /** `all` and `none` when the file does not define them. */
  | { readonly kind: 'predefined'; readonly space: AddressSpace };

/** The neutral object kind a reference to this entry is recorded as. */
export function referenceKind(entry: AddressEntry | undefined): ObjectKind {
  switch (entry?.kind) {
    case 'group':
      return 'address-group';
    case 'vip':
    case 'other-vip':
      return 'vip';
    case 'vip-group':
      return 'vip-group';
    default:
      return 'address';
  }
}

/**
 * Resolves address names of one VDOM to exact address spaces. Groups are resolved depth-first
 * with memoization; a group met again while it is being resolved closes a cycle, which is
 * reported once and cut there, so resolution always terminates.
 */
export class AddressResolver {
  private readonly byFamily: Record<4 | 6, Map<string, AddressEntry>> = { 4: new Map(), 6: new Map() };
  private readonly memo: Record<4 | 6, Map<string, AddressSpace>> = { 4: new Map(), 6: new Map() };
  private readonly resolving: Record<4 | 6, Set<string>> = { 4: new Set(), 6: new Set() };
  /** Unions of whole address columns, which policies repeat. */
  private readonly columns: Record<4 | 6, Map<string, AddressSpace>> = { 4: new Map(), 6: new Map() };
  private readonly warned = new Set<unknown>();
  private readonly interfaces: ReadonlyMap<string, FgInterface>;
  private readonly sink: WarningSink;

  constructor(vdom: FgVdom, interfaces: ReadonlyMap<string, FgInterface>, sink: WarningSink) {
    this.interfaces = interfaces;
    this.sink = sink;
    // Later kinds never shadow earlier ones: FortiOS keeps these names unique, and an address
    // is what a name most likely means when a hand-edited file breaks that rule.
    const add = (family: 4 | 6, name: string, entry: AddressEntry) => {
      if (!this.byFamily[family].has(name)) this.byFamily[family].set(name, entry);
    };
    for (const a of vdom.addresses) add(a.family, a.name, { kind: 'address', object: a });
    for (const g of vdom.addressGroups) add(g.family, g.name, { kind: 'group', object: g });
    for (const v of vdom.vips) add(4, v.name, { kind: 'vip', object: v });
    for (const g of vdom.vipGroups) add(4, g.name, { kind: 'vip-group', object: g });
    for (const v of vdom.otherVips) add(6, v.name, { kind: 'other-vip', object: v });
    for (const r of vdom.externalResources) {
      add(4, r.name, { kind: 'external', object: r });
      add(6, r.name, { kind: 'external', object: r });
    }
    for (const family of [4, 6] as const) {
      add(family, 'all', { kind: 'predefined', space: family === 4 ? AddressSpace.ANY_V4 : AddressSpace.ANY_V6 });
      add(family, 'none', { kind: 'predefined', space: AddressSpace.EMPTY });
    }
  }

  lookup(name: string, family: 4 | 6): AddressEntry | undefined {
    return this.byFamily[family].get(name);
  }

  /**
   * The addresses `name` denotes in `family`. VIPs and undefined names denote no address here
   * (VIPs are matched through destination NAT; undefined names are reported where used).
   */
  space(name: string, family: 4 | 6): AddressSpace {
    const memo = this.memo[family];
    const cached = memo.get(name);
    if (cached !== undefined) return cached;
    const entry = this.lookup(name, family);
    let space: AddressSpace;
    switch (entry?.kind) {
      case 'address':
        space = onlyFamily(this.addressSpace(entry.object), family);
        break;
      case 'group':
        space = this.groupSpace(entry.object);
        break;
      case 'predefined':
        space = entry.space;
        break;
      case 'external':
        this.warnOnce(entry.object, entry.object.line, entry.object.context, `external resource "${name}" is a threat feed fetched at run time; it is unresolved offline and matches nothing`);
        space = AddressSpace.EMPTY;
        break;
      default:
        space = AddressSpace.EMPTY;
    }
    memo.set(name, space);
    return space;
  }

  /** Union of the spaces of several names. */
  union(names: readonly string[], family: 4 | 6): AddressSpace {
    if (names.length === 1) return this.space(names[0]!, family);
    const key = names.join('\u0000');
    let space = this.columns[family].get(key);
    if (space === undefined) {
      space = unionSpaces(names.map((n) => this.space(n, family)));
      this.columns[family].set(key, space);
    }
    return space;
  }

  /** The VIP names a name stands for: itself for a VIP, the member VIPs for a VIP group. */
  vipNames(name: string): string[] {
    const entry = this.lookup(name, 4);
    if (entry?.kind === 'vip') return [name];
    if (entry?.kind === 'vip-group') return entry.object.members.names.filter((m) => this.lookup(m, 4)?.kind === 'vip');
    return [];
  }

  private addressSpace(a: FgAddress): AddressSpace {
    const v = a.value;
    switch (v.type) {
      case 'subnet':
        return AddressSpace.fromCidr(v.cidr);
      case 'range':
        return AddressSpace.fromRange(v.range.start, v.range.end);
      case 'wildcard': {
        const expansion = expandWildcard(v.base, v.mask);
        if (expansion.widened) {
          this.warnOnce(
            a,
            a.line,
            a.context,
            `wildcard address "${a.name}" denotes ${expansion.exactRanges} separate ranges, more than sansou expands; it is widened to a superset (${expansion.set.rangeCount} range(s)), so it may match more than on the device`,
          );
        }
        return new AddressSpace(expansion.set, AddressSpace.EMPTY.v6);
      }
      case 'interface-subnet': {
        if (v.cidr) return AddressSpace.fromCidr(v.cidr);
        const ip = this.interfaces.get(v.interface)?.ip;
        if (ip) return AddressSpace.fromCidr(makeCidr(ip.address, ip.prefixLength));
        this.warnOnce(a, a.line, a.context, `interface-subnet address "${a.name}" names interface "${v.interface}", which has no static address; it matches nothing`);
        return AddressSpace.EMPTY;
      }
      case 'unresolved':
        this.warnOnce(
          a,
          a.line,
          a.context,
          `address "${a.name}" is of type ${v.addressType}${v.detail ? ` (${v.detail})` : ''}, which FortiOS resolves at run time; it is unresolved offline and matches nothing`,
        );
        return AddressSpace.EMPTY;
      case 'invalid':
        return AddressSpace.EMPTY;
    }
  }

  private groupSpace(g: FgAddressGroup): AddressSpace {
    const { family } = g;
    const resolving = this.resolving[family];
    resolving.add(g.name);
    const members = this.memberSpaces(g, g.members.names, g.members.line);
    let space = unionSpaces(members);
    if (g.exclude && g.excludeMembers.names.length > 0) {
      space = space.subtract(unionSpaces(this.memberSpaces(g, g.excludeMembers.names, g.excludeMembers.line)));
    }
    resolving.delete(g.name);
    return onlyFamily(space, family);
  }

  private memberSpaces(g: FgAddressGroup, names: readonly string[], line: number): AddressSpace[] {
    const out: AddressSpace[] = [];
    for (const member of names) {
      const entry = this.lookup(member, g.family);
      if (entry?.kind === 'group' && this.resolving[g.family].has(member)) {
        this.warnOnce(
          `${g.family}:${g.name}>${member}`,
          line,
          g.context,
          `address group cycle: "${g.name}" contains "${member}", which leads back to "${g.name}"; this member is ignored`,
          'invalid',
        );
        continue;
      }
      if (entry?.kind === 'vip' || entry?.kind === 'vip-group' || entry?.kind === 'other-vip') {
        this.warnOnce(`${g.name}>${member}`, line, g.context, `address group "${g.name}" lists VIP "${member}", which cannot be a group member; it is ignored`, 'invalid');
        continue;
      }
      out.push(this.space(member, g.family));
    }
    return out;
  }

  /** One warning per object (or per group member), however many policies use it. */
  private warnOnce(key: unknown, line: number, context: string, comment: string, kind: 'unsupported' | 'invalid' = 'unsupported'): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.sink.add(kind, line, context, comment);
  }
}
