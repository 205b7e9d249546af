import type { Device } from '../model/device.js';
import type { Interface } from '../model/interface.js';
import type { Provenance } from '../model/provenance.js';
import { AddressSpace } from '../space/address-space.js';
import { type IpAddress, makeCidr } from '../space/ip.js';
import type { Site } from '../site/types.js';
import { compareText } from '../util/compare-text.js';
import { Ownership } from './ownership.js';

/** An interface of a device, with its connected subnets. */
export interface Port {
  readonly device: Device;
  readonly iface: Interface;
  /** Union of the interface's connected subnets. */
  readonly subnet: AddressSpace;
}

/** Where traffic of a segment or external network enters the modelled devices. */
export interface Injection {
  /** Segment or external id. */
  readonly source: string;
  readonly device: string;
  readonly iface: string;
  /** Source addresses its packets may carry. */
  readonly space: AddressSpace;
  /** Why sansou injects here ("interface subnet in segment lgwan", "site file attach"). */
  readonly reason: string;
}

/** A problem with how the site meets the configs, reported to the user. */
export interface TopologyIssue {
  readonly message: string;
  readonly provenance?: Provenance;
}

/**
 * Layer-3 topology: which interfaces share a subnet, which device owns an address, and where
 * segments and external networks attach. Interfaces on overlapping subnets are adjacent, as in
 * Batfish; two unrelated LANs that reuse the same private subnet would be wrongly joined, so
 * each device must carry its own distinct addressing.
 */
export class Topology {
  readonly devices: ReadonlyMap<string, Device>;
  readonly ownership: Ownership;
  readonly injections: readonly Injection[];
  readonly issues: readonly TopologyIssue[];
  private readonly ports: ReadonlyMap<string, Port>;
  private readonly addressOwners: ReadonlyMap<string, Port>;
  private readonly attachments: ReadonlyMap<string, { owner: string; securityCloud: boolean }>;
  private readonly ownAddresses: ReadonlyMap<string, AddressSpace>;
  private readonly neighborCache = new Map<string, readonly Port[]>();

  constructor(devices: readonly Device[], site: Site) {
    this.devices = new Map(devices.map((d) => [d.id, d]));
    this.ownership = new Ownership(site);
    const issues: TopologyIssue[] = [];
    const ports = new Map<string, Port>();
    const addressOwners = new Map<string, Port>();
    const ownAddresses = new Map<string, AddressSpace>();
    for (const device of devices) {
      const mine: AddressSpace[] = [];
      for (const iface of device.interfaces) {
        const subnets = iface.addresses.map((a) => AddressSpace.fromCidr(makeCidr(a.address, a.prefixLength)));
        const port: Port = { device, iface, subnet: AddressSpace.unionAll(subnets) };
        ports.set(portKey(device.id, iface.name), port);
        if (!iface.enabled) continue;
        for (const a of iface.addresses) {
          addressOwners.set(addressKey(a.address), port);
          mine.push(AddressSpace.fromAddress(a.address));
        }
      }
      ownAddresses.set(device.id, AddressSpace.unionAll(mine));
    }
    this.ports = ports;
    this.addressOwners = addressOwners;
    this.ownAddresses = ownAddresses;

    const attachments = new Map<string, { owner: string; securityCloud: boolean }>();
    const injections: Injection[] = [];
    const attachAll = (owner: string, points: Site['segments'][number]['attach']) => {
      for (const point of points) {
        const port = ports.get(portKey(point.device, point.interface));
        if (!port) {
          issues.push({ message: `${owner} attaches at ${point.device} ${point.interface}, but ${this.missing(point.device, point.interface)}`, ...(point.provenance ? { provenance: point.provenance } : {}) });
          continue;
        }
        attachments.set(portKey(point.device, point.interface), { owner, securityCloud: point.securityCloud });
        injections.push({ source: owner, device: point.device, iface: point.interface, space: this.ownership.spaceOf(owner), reason: 'attach point in the site file' });
      }
    };
    for (const s of site.segments) attachAll(s.id, s.attach);
    for (const e of site.externals) attachAll(e.id, e.attach);
    this.attachments = attachments;

    // A segment's hosts sit on every enabled interface whose address the segment owns.
    for (const port of ports.values()) {
      if (!port.iface.enabled || attachments.has(portKey(port.device.id, port.iface.name))) continue;
      const owner = port.iface.addresses.map((a) => this.ownership.ownerOf(a.address)).find((o) => o?.type === 'segment');
      if (!owner) continue;
      injections.push({
        source: owner.id,
        device: port.device.id,
        iface: port.iface.name,
        space: this.ownership.spaceOf(owner.id),
        reason: `interface subnet in segment ${owner.id}`,
      });
    }
    for (const s of site.segments) {
      if (!injections.some((i) => i.source === s.id)) {
        issues.push({
          message: `segment ${s.id} touches no interface of the configs, so no traffic from it can be analysed; add an attach point or check its networks`,
          ...(s.provenance ? { provenance: s.provenance } : {}),
        });
      }
    }
    for (const e of site.externals) {
      if (e.attach.length === 0) {
        issues.push({
          message: `external ${e.id} has no attach point, so traffic from it is not analysed (traffic towards it still is)`,
          ...(e.provenance ? { provenance: e.provenance } : {}),
        });
      }
    }
    this.injections = injections.sort((a, b) => compareText(`${a.source} ${a.device} ${a.iface}`, `${b.source} ${b.device} ${b.iface}`));
    this.issues = issues;
  }

  /** Why an attach point names nothing, with the names that do exist. */
  private missing(deviceId: string, ifaceName: string): string {
    const device = this.devices.get(deviceId);
    if (device) return `${deviceId} has no interface ${ifaceName} (it has ${device.interfaces.map((i) => i.name).join(', ') || 'none'})`;
    const contexts = [...this.devices.keys()].filter((id) => id.startsWith(`${deviceId}/`));
    if (contexts.length > 0) return `${deviceId} has several contexts (VDOMs): name one of ${contexts.join(', ')}`;
    return `no device ${deviceId} is in the configs (devices: ${[...this.devices.keys()].join(', ') || 'none'})`;
  }

  port(deviceId: string, ifaceName: string): Port | undefined {
    return this.ports.get(portKey(deviceId, ifaceName));
  }

  allPorts(): IterableIterator<Port> {
    return this.ports.values();
  }

  /** The enabled interface that holds `address`, on any device. */
  portOwning(address: IpAddress): Port | undefined {
    return this.addressOwners.get(addressKey(address));
  }

  /** Addresses of the device's own enabled interfaces. */
  deviceAddresses(deviceId: string): AddressSpace {
    return this.ownAddresses.get(deviceId) ?? AddressSpace.EMPTY;
  }

  /** Addresses of every enabled interface of every device. */
  allDeviceAddresses(): AddressSpace {
    return AddressSpace.unionAll(this.ownAddresses.values());
  }

  /** The segment or external attached at this interface by the site file. */
  attachmentAt(deviceId: string, ifaceName: string): { owner: string; securityCloud: boolean } | undefined {
    return this.attachments.get(portKey(deviceId, ifaceName));
  }

  /** Enabled interfaces of other devices that share a subnet with this one (computed once per port). */
  neighbors(deviceId: string, ifaceName: string): readonly Port[] {
    const key = portKey(deviceId, ifaceName);
    const cached = this.neighborCache.get(key);
    if (cached) return cached;
    const me = this.ports.get(key);
    const out: Port[] = [];
    if (me && !me.subnet.isEmpty()) {
      for (const p of this.ports.values()) {
        if (p.device.id !== deviceId && p.iface.enabled && p.subnet.overlaps(me.subnet)) out.push(p);
      }
    }
    this.neighborCache.set(key, out);
    return out;
  }
}

function portKey(device: string, iface: string): string {
  return `${device}\u0000${iface}`;
}

function addressKey(address: IpAddress): string {
  return `${address.family}:${address.value}`;
}
