import { UNCLASSIFIED } from '../network/ownership.js';
import type { Topology } from '../network/topology.js';
import { formatIp, type IpAddress } from '../space/ip.js';
import { compareText } from '../util/compare-text.js';
import { suggest } from '../util/suggest.js';
import { TraceInputError } from './trace-input-error.js';
import type { IngressChoice } from './trace-query.js';

/** Why a trace enters the network at an interface. */
export type EntryVia =
  /** An attach point of the source's segment or external network in the site file. */
  | 'attach'
  /** An interface whose own address lies in the source's segment. */
  | 'subnet'
  /** No injection of the analysis fits: an enabled interface whose connected subnet holds the source. */
  | 'link'
  /** The interface named with --ingress. */
  | 'ingress';

/** Where the traced packets enter the modelled devices, and on whose behalf. */
export interface EntryPoint {
  /** Segment or external id owning the source address ('unclassified' when none does). */
  readonly source: string;
  /** Device id. */
  readonly device: string;
  /** Interface name. */
  readonly iface: string;
  /** Why here. */
  readonly via: EntryVia;
  /** The interface's own connected subnet holds the source: the host sits on that link. */
  readonly onLink: boolean;
}

/**
 * Where packets from `src` enter: every injection of the analysis (Topology.injections, as
 * reachability's startsFor uses them) of the segment or external network that owns `src`,
 * so that a trace starts exactly where the audit does and follows the same paths. The audit
 * lets a segment's traffic, any of its source addresses, start at each of its interfaces
 * (hosts may sit behind a router on any of them), so a trace does too; each entry says
 * whether its own subnet holds the source, and --ingress picks one. An address no injection
 * covers (transit links, unclaimed space) enters at the interfaces whose connected subnet
 * holds it. No entry at all is an input error.
 */
export function entryPoints(topology: Topology, src: IpAddress, ingress?: IngressChoice): EntryPoint[] {
  const owner = topology.ownership.ownerOf(src)?.id ?? UNCLASSIFIED;
  const onLink = (device: string, iface: string) => topology.port(device, iface)?.subnet.contains(src) ?? false;
  if (ingress) return [chosenEntry(topology, owner, ingress, onLink)];
  const injections = topology.injections.filter((i) => i.source === owner && i.space.contains(src));
  if (injections.length > 0) {
    return injections.map((i) => ({ source: owner, device: i.device, iface: i.iface, via: topology.attachmentAt(i.device, i.iface) ? 'attach' : 'subnet', onLink: onLink(i.device, i.iface) }));
  }
  const links = [...topology.allPorts()]
    // Not the interface that owns the address itself: that device would be the sender, and
    // traffic a device originates is not what the analysis follows.
    .filter((p) => p.iface.enabled && p.subnet.contains(src) && !p.iface.addresses.some((a) => a.address.family === src.family && a.address.value === src.value))
    .map((p) => ({ source: owner, device: p.device.id, iface: p.iface.name, via: 'link' as const, onLink: true }))
    .sort((a, b) => compareText(`${a.device} ${a.iface}`, `${b.device} ${b.iface}`));
  if (links.length > 0) return links;
  const whose = owner === UNCLASSIFIED ? 'no segment or external network claims it' : `it belongs to ${owner}, which enters no device of the configs`;
  throw new TraceInputError(`--src ${formatIp(src)}: no traffic from it can be traced, as ${whose} and no interface's subnet holds it; name the entry with --ingress DEVICE:INTERFACE`);
}

/**
 * The --ingress interface, checked against the configs; the packets keep the owner of their
 * source. A shut-down interface is accepted, as the analysis starts at an attach point
 * whatever its state: the trace must be able to show what the audit assumed.
 */
function chosenEntry(topology: Topology, owner: string, choice: IngressChoice, onLink: (device: string, iface: string) => boolean): EntryPoint {
  const device = topology.devices.get(choice.device);
  if (!device) {
    const ids = [...topology.devices.keys()].sort(compareText);
    const near = suggest(choice.device, ids);
    throw new TraceInputError(`--ingress: no device ${choice.device} in the configs${near ? ` (did you mean ${near}?)` : ''}; devices: ${ids.join(', ')}`);
  }
  const port = topology.port(device.id, choice.iface);
  if (!port) {
    const names = device.interfaces.map((i) => i.name);
    const near = suggest(choice.iface, names);
    throw new TraceInputError(`--ingress: ${device.id} has no interface ${choice.iface}${near ? ` (did you mean ${near}?)` : ''}; it has ${names.join(', ') || 'none'}`);
  }
  return { source: owner, device: device.id, iface: port.iface.name, via: 'ingress', onLink: onLink(device.id, port.iface.name) };
}

