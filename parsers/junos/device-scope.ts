import type { JPhysical, JStaticRoute, JUnit, JunosConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** Instance types that are full forwarding contexts, modelled as devices of their own. */
const ROUTER_TYPES = new Set(['virtual-router', 'vrf']);

/** One neutral device to build: the default instance or one routing instance. */
export interface DeviceScope {
  readonly id: string;
  readonly hostname: string;
  /** The routing instance; absent for the default instance. */
  readonly instance?: string;
  readonly units: ReadonlyArray<{ readonly unit: JUnit; readonly physical: JPhysical }>;
  readonly interfaceNames: ReadonlySet<string>;
  readonly routes: readonly JStaticRoute[];
  readonly line: number;
}

/**
 * Splits the configuration into forwarding contexts. Interfaces listed under a
 * virtual-router or VRF instance belong to that instance's device (`hostname/instance`);
 * every other unit belongs to the default instance (`hostname`). Other instance types
 * (forwarding, virtual-switch, l2vpn…) are not forwarding contexts of their own: they are
 * warned, and their interfaces are left out rather than wrongly joined to the default one.
 */
export function deviceScopes(config: JunosConfig, hostname: string, sink: WarningSink): DeviceScope[] {
  const owner = new Map<string, string | null>();
  const routers = config.routingInstances.filter((r) => {
    const type = r.type?.name ?? 'virtual-router';
    if (ROUTER_TYPES.has(type)) return true;
    sink.unsupported(
      r.type?.line ?? r.line,
      r.context,
      `routing-instance type ${type} is not a virtual router and is not modelled: its routes are ignored${r.interfaces.length > 0 ? ' and its interfaces left out' : ''}`,
    );
    for (const i of r.interfaces) owner.set(i.name, null);
    return false;
  });
  if (routers.length > 0) {
    const first = routers[0]!;
    sink.unsupported(first.line, first.context, 'each routing instance is modelled as a separate device; route leaking between instances (next-table, rib-groups, instance-import) is not modelled, so traffic crosses instances only through outside links');
  }
  const allUnits = new Map<string, { unit: JUnit; physical: JPhysical }>();
  for (const p of config.interfaces) for (const u of p.units) allUnits.set(u.name, { unit: u, physical: p });
  for (const r of routers) {
    for (const i of r.interfaces) {
      const previous = owner.get(i.name);
      if (previous !== undefined) {
        sink.invalid(i.line, r.context, `interface ${i.name} is already in routing instance ${previous ?? '(another)'}; it stays there`);
        continue;
      }
      owner.set(i.name, r.name);
      if (!allUnits.has(i.name)) sink.invalid(i.line, r.context, `routing instance ${r.name} names interface ${i.name}, which is not configured under interfaces; it has no address in the model`);
    }
  }
  const scopes: DeviceScope[] = [];
  const unitsOf = (instance: string | undefined) =>
    [...allUnits.values()].filter((x) => {
      const o = owner.get(x.unit.name);
      return instance === undefined ? o === undefined : o === instance;
    });
  const master = unitsOf(undefined);
  scopes.push({ id: hostname, hostname, units: master, interfaceNames: new Set(master.map((x) => x.unit.name)), routes: config.routes, line: config.hostname?.line ?? 1 });
  for (const r of routers) {
    const units = unitsOf(r.name);
    scopes.push({ id: `${hostname}/${r.name}`, hostname, instance: r.name, units, interfaceNames: new Set(units.map((x) => x.unit.name)), routes: r.routes, line: r.line });
  }
  return scopes;
}
