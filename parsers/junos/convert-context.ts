import type { Provenance } from '../../src/model/provenance.js';
import type { DeviceScope } from './device-scope.js';
import type { References } from './references.js';
import type { AddressResolver } from './resolve-addresses.js';
import type { ApplicationResolver } from './resolve-applications.js';
import type { JZone, JunosConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** Zones as one device sees them: members restricted to the device's interfaces. */
export class ZoneIndex {
  private readonly byName = new Map<string, JZone>();
  private readonly members = new Map<string, string[]>();
  private readonly zoneOfIface = new Map<string, string>();
  /** Interfaces of `functional-zone management`: host traffic only. */
  readonly managementOnly = new Set<string>();

  constructor(config: JunosConfig, scope: DeviceScope) {
    for (const z of config.zones) {
      const inDevice = z.interfaces.map((i) => i.name).filter((n) => scope.interfaceNames.has(n));
      if (z.functional) {
        for (const n of inDevice) this.managementOnly.add(n);
        continue;
      }
      this.byName.set(z.name, z);
      this.members.set(z.name, inDevice);
      for (const n of inDevice) if (!this.zoneOfIface.has(n)) this.zoneOfIface.set(n, z.name);
    }
  }

  isDefined(zone: string): boolean {
    return this.byName.has(zone);
  }

  zone(zone: string): JZone | undefined {
    return this.byName.get(zone);
  }

  /** Member interfaces in this device (empty for an undefined zone). */
  interfacesOf(zone: string): string[] {
    return this.members.get(zone) ?? [];
  }

  zoneOf(iface: string): string | undefined {
    return this.zoneOfIface.get(iface);
  }

  /** Security zones with at least one interface in this device. */
  zonesHere(): JZone[] {
    return [...this.byName.values()].filter((z) => (this.members.get(z.name) ?? []).length > 0);
  }

  all(): JZone[] {
    return [...this.byName.values()];
  }
}

/** Everything a converter needs about the file and the device being built. */
export interface ConvertContext {
  readonly config: JunosConfig;
  readonly scope: DeviceScope;
  readonly file: string;
  readonly sink: WarningSink;
  readonly refs: References;
  readonly addresses: AddressResolver;
  readonly applications: ApplicationResolver;
  readonly zones: ZoneIndex;
  /** True for the default instance, which also carries file-wide objects and admins. */
  readonly isMaster: boolean;
}

export function provenance(ctx: { readonly file: string }, line: number): Provenance {
  return { file: ctx.file, line };
}
