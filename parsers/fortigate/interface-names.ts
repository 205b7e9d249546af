import type { ObjectKind } from '../../src/model/objects.js';

/** What an interface column entry names. */
export interface InterfaceName {
  readonly kind: ObjectKind;
  readonly resolved: boolean;
  /** The interfaces it stands for. */
  readonly members: readonly string[];
}

/**
 * Resolves the names policies, VIPs and routes use for interfaces in one VDOM: an interface,
 * a system zone (its members) or an SD-WAN zone (its members). "any" stands for every one.
 */
export class InterfaceNames {
  private readonly interfaces: ReadonlySet<string>;
  private readonly zones: ReadonlyMap<string, readonly string[]>;

  constructor(interfaces: ReadonlySet<string>, zones: ReadonlyMap<string, readonly string[]>) {
    this.interfaces = interfaces;
    this.zones = zones;
  }

  resolve(name: string): InterfaceName {
    const members = this.zones.get(name);
    if (members !== undefined) return { kind: 'zone', resolved: true, members };
    if (this.interfaces.has(name)) return { kind: 'interface', resolved: true, members: [name] };
    return { kind: 'interface', resolved: false, members: [] };
  }

  /**
   * The interfaces a column names, deduplicated in order; undefined when it includes "any".
   * An empty column (which FortiOS refuses to save) names no interface at all.
   */
  expand(names: readonly string[]): string[] | undefined {
    if (names.includes('any')) return undefined;
    const out = new Set<string>();
    for (const n of names) for (const m of this.resolve(n).members) out.add(m);
    return [...out];
  }
}
