import type { Interface } from '../../src/model/interface.js';
import type { AsaConfig, AsaInterface } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** An interface that carries traffic: it has a nameif. */
export interface NamedInterface {
  readonly name: string;
  readonly iface: AsaInterface;
  /** The configured level, or ASA's default: 100 for "inside", 0 for any other name. */
  readonly level: number;
  /** The line that decides the level: `security-level`, else `nameif`. */
  readonly levelLine: number;
  /** Up: not shut down, and its parent (for a subinterface) not shut down either. */
  readonly enabled: boolean;
}

/**
 * The interfaces other commands can name, keyed by nameif, in config order. ASA refuses a
 * nameif used twice; the first keeps it.
 */
export function namedInterfaces(config: AsaConfig, sink: WarningSink): Map<string, NamedInterface> {
  const byHardware = new Map(config.interfaces.map((i) => [i.hardware, i] as const));
  const out = new Map<string, NamedInterface>();
  for (const i of config.interfaces) {
    const context = `interface ${i.hardware}`;
    if (!i.nameif) {
      if (i.addresses.length > 0) sink.unsupported(i.line, context, 'the interface has an address but no nameif: ASA passes no traffic through it, so it is left out');
      continue;
    }
    const name = i.nameif.name;
    if (out.has(name)) {
      sink.invalid(i.nameif.line, context, `nameif ${name} is already used by interface ${out.get(name)!.iface.hardware}; this interface is left out`);
      continue;
    }
    const parent = i.parent === undefined ? undefined : byHardware.get(i.parent);
    const enabled = i.shutdown === undefined && parent?.shutdown === undefined;
    if (i.dynamicAddress !== undefined) {
      sink.unsupported(i.dynamicAddress, context, 'the address is learned at run time (DHCP or PPPoE); the interface has no address in the model, so nothing is connected to it');
    }
    const level = i.securityLevel?.level ?? (name === 'inside' ? 100 : 0);
    out.set(name, { name, iface: i, level, levelLine: i.securityLevel?.line ?? i.nameif.line, enabled });
  }
  return out;
}

/** Neutral interfaces: named by nameif, as every ASA command names them. */
export function convertInterfaces(named: ReadonlyMap<string, NamedInterface>, file: string): Interface[] {
  return [...named.values()].map((n) => ({
    name: n.name,
    description: n.iface.description ?? n.iface.hardware,
    addresses: n.iface.addresses.map((a) => ({ address: a.address, prefixLength: a.prefixLength })),
    enabled: n.enabled,
    provenance: { file, line: n.iface.line },
  }));
}
