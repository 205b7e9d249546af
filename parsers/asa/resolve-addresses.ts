import type { ObjectKind } from '../../src/model/objects.js';
import { AddressSpace } from '../../src/space/address-space.js';
import type { References } from './references.js';
import type { AddressOperand, AsaConfig, AsaInterface, AsaNetworkGroup, AsaNetworkObject, NetworkMember, NetworkValue } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** Where a reference is made, for reference records and warnings. */
export interface Use {
  readonly usedBy: string;
  readonly line: number;
  readonly context: string;
}

/**
 * Network objects, object-groups and interface addresses as address spaces. Groups resolve
 * once (memoized) and cycle-safe: a group that contains itself, directly or not, contributes
 * nothing the second time round and is reported where the cycle closes.
 */
export class AddressResolver {
  private readonly objects: ReadonlyMap<string, AsaNetworkObject>;
  private readonly groups: ReadonlyMap<string, AsaNetworkGroup>;
  private readonly memo = new Map<string, AddressSpace>();
  private readonly resolving = new Set<string>();

  constructor(
    config: AsaConfig,
    private readonly interfaces: ReadonlyMap<string, AsaInterface>,
    private readonly refs: References,
    private readonly sink: WarningSink,
  ) {
    this.objects = new Map(config.networkObjects.map((o) => [o.name, o]));
    this.groups = new Map(config.networkGroups.map((g) => [g.name, g]));
  }

  hasObject(name: string): boolean {
    return this.objects.has(name);
  }

  hasGroup(name: string): boolean {
    return this.groups.has(name);
  }

  objectSpace(name: string): AddressSpace {
    const o = this.objects.get(name);
    return o ? valueSpace(o.value) : AddressSpace.EMPTY;
  }

  groupSpace(name: string): AddressSpace {
    const memo = this.memo.get(name);
    if (memo) return memo;
    const g = this.groups.get(name);
    if (!g) return AddressSpace.EMPTY;
    if (this.resolving.has(name)) return AddressSpace.EMPTY;
    this.resolving.add(name);
    const parts = g.members.map((m) => this.memberSpace(g, m));
    this.resolving.delete(name);
    const space = AddressSpace.unionAll(parts);
    this.memo.set(name, space);
    return space;
  }

  private memberSpace(g: AsaNetworkGroup, m: NetworkMember): AddressSpace {
    switch (m.kind) {
      case 'host':
        return AddressSpace.fromAddress(m.address);
      case 'prefix':
        return AddressSpace.fromCidr(m.cidr);
      case 'object':
        return this.objectSpace(m.name);
      case 'group':
        if (this.resolving.has(m.name)) {
          this.sink.invalid(m.line, `object-group network ${g.name}`, `group-object ${m.name} closes a cycle of nested groups; the nesting adds nothing the second time`);
          return AddressSpace.EMPTY;
        }
        return this.groupSpace(m.name);
    }
  }

  /** Addresses of an interface by nameif (empty when it has none or does not exist). */
  interfaceSpace(nameif: string): AddressSpace {
    const i = this.interfaces.get(nameif);
    return AddressSpace.unionAll((i?.addresses ?? []).map((a) => AddressSpace.fromAddress(a.address)));
  }

  /**
   * An ACE operand as an address space, recording the reference it makes. `any` is both
   * families, `any4` / `any6` one. An undefined name matches nothing (and is reported).
   */
  operand(op: AddressOperand, use: Use): AddressSpace {
    switch (op.kind) {
      case 'any':
        return op.family === 4 ? AddressSpace.ANY_V4 : op.family === 6 ? AddressSpace.ANY_V6 : AddressSpace.ANY;
      case 'host':
        return AddressSpace.fromAddress(op.address);
      case 'prefix':
        return AddressSpace.fromCidr(op.cidr);
      case 'object':
        this.record('address', op.name, this.objects.has(op.name), use);
        return this.objectSpace(op.name);
      case 'group':
        this.record('address-group', op.name, this.groups.has(op.name), use);
        return this.groupSpace(op.name);
      case 'interface':
        this.record('interface', op.name, this.interfaces.has(op.name), use);
        return this.interfaceSpace(op.name);
    }
  }

  private record(kind: ObjectKind, name: string, resolved: boolean, use: Use): void {
    this.refs.add(kind, name, resolved, use.usedBy, use.line, use.context);
  }
}

export function valueSpace(v: NetworkValue): AddressSpace {
  switch (v.kind) {
    case 'host':
      return AddressSpace.fromAddress(v.address);
    case 'subnet':
      return AddressSpace.fromCidr(v.cidr);
    case 'range':
      return AddressSpace.fromRange(v.first, v.last);
    case 'fqdn':
    case 'none':
      return AddressSpace.EMPTY;
  }
}

/** The readable form of an operand, as ASA writes it. */
export function operandText(op: AddressOperand): string {
  switch (op.kind) {
    case 'any':
      return op.family === 4 ? 'any4' : op.family === 6 ? 'any6' : 'any';
    case 'host':
      return `host ${AddressSpace.fromAddress(op.address).toString()}`;
    case 'prefix':
      return AddressSpace.fromCidr(op.cidr).toString();
    case 'object':
      return op.name;
    case 'group':
      return op.name;
    case 'interface':
      return `interface ${op.name}`;
  }
}
