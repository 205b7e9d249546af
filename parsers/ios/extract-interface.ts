import { type IpAddress, maskToPrefixLength, parseAddressWithPrefix, parseIPv4 } from '../../src/space/ip.js';
import type { ConfigNode } from './config-tree.js';
import { isIgnoredInterfaceCommand } from './ignored-commands.js';
import type { IosInterface, IosInterfaceAddress, NameRef, UnmodelledSetting } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** What an interface block says about its layer, before the platform decides. */
export interface InterfaceDraft {
  readonly iface: Omit<IosInterface, 'layer'>;
  readonly switchportLine?: number;
  readonly noSwitchport: boolean;
  readonly channelGroup: boolean;
  /** Layer-3 settings written on it (address, VRF, ACL, NAT, zone, `no ip address`). */
  readonly l3Line?: number;
}

/** Settings that change forwarding or filtering and that the model leaves out, with their effect. */
const UNMODELLED: ReadonlyArray<{ readonly prefix: readonly string[]; readonly effect: string }> = [
  { prefix: ['ip', 'policy'], effect: 'policy-based routing is not modelled: packets follow the routing table only, so the model may send them elsewhere than IOS does' },
  { prefix: ['ipv6', 'traffic-filter'], effect: 'IPv6 access lists are not modelled: IPv6 traffic on this interface is treated as unfiltered, so the model lets more through' },
  { prefix: ['ip', 'verify'], effect: 'unicast RPF is not modelled: spoofed sources are treated as accepted, so the model lets more through' },
  { prefix: ['crypto', 'map'], effect: 'the crypto map (IPsec) is not modelled: protected traffic is treated as plain routed traffic, and its crypto ACL filters nothing' },
  { prefix: ['ip', 'nat', 'enable'], effect: 'NAT Virtual Interface (ip nat enable) is not modelled: translations through it are treated as absent' },
];

export function extractInterface(node: ConfigNode, sink: WarningSink): InterfaceDraft | undefined {
  const name = node.words[1];
  if (name === undefined) {
    sink.unrecognized(node.line, '', 'interface without a name');
    return undefined;
  }
  const context = `interface ${name}`;
  let description: string | undefined;
  let shutdown = false;
  let vrf: NameRef | undefined;
  const addresses: IosInterfaceAddress[] = [];
  const ipv6: IosInterfaceAddress[] = [];
  let dynamicAddress: IosInterface['dynamicAddress'];
  const virtualAddresses: { address: IpAddress; line: number }[] = [];
  let accessGroupIn: NameRef | undefined;
  let accessGroupOut: NameRef | undefined;
  let zone: NameRef | undefined;
  let natSide: IosInterface['natSide'];
  let dot1q: IosInterface['dot1q'];
  const unmodelled: UnmodelledSetting[] = [];
  let switchportLine: number | undefined;
  let noSwitchport = false;
  let channelGroup = false;
  let l3Line: number | undefined;

  for (const child of node.children) {
    const w = child.words;
    const k = w.map((x) => x.toLowerCase());
    const line = child.line;
    const l3 = () => (l3Line ??= line);
    if (k[0] === 'description') description = child.text.slice('description'.length).trim();
    else if (k[0] === 'shutdown' && w.length === 1) shutdown = true;
    else if (k[0] === 'no' && k[1] === 'shutdown') shutdown = false;
    else if ((k[0] === 'vrf' && k[1] === 'forwarding') || (k[0] === 'ip' && k[1] === 'vrf' && k[2] === 'forwarding')) {
      const v = w[k[0] === 'vrf' ? 2 : 3];
      if (v === undefined) sink.unrecognized(line, context, 'VRF forwarding without a VRF name');
      else vrf = { name: v, line };
      l3();
    } else if (k[0] === 'ip' && k[1] === 'address') {
      l3();
      readIpv4Address(w, line, context, sink, addresses, (how) => (dynamicAddress = { how, line }));
    } else if (k[0] === 'no' && k[1] === 'ip' && k[2] === 'address') l3();
    else if (k[0] === 'ip' && k[1] === 'unnumbered') {
      l3();
      dynamicAddress = { how: `unnumbered (${w[2] ?? '?'})`, line };
    } else if (k[0] === 'ipv6' && k[1] === 'address') readIpv6Address(w, line, context, sink, ipv6);
    else if (k[0] === 'ip' && k[1] === 'access-group') {
      l3();
      const acl = w[2];
      const dir = k[3] ?? 'out';
      if (acl === undefined || (dir !== 'in' && dir !== 'out') || w.length > 4) sink.unrecognized(line, context, 'expected "ip access-group ACL in|out"');
      else if (dir === 'in') accessGroupIn = { name: acl, line };
      else accessGroupOut = { name: acl, line };
    } else if (k[0] === 'zone-member' && k[1] === 'security') {
      l3();
      if (w[2] === undefined) sink.unrecognized(line, context, 'zone-member security without a zone');
      else zone = { name: w[2], line };
    } else if (k[0] === 'ip' && k[1] === 'nat' && (k[2] === 'inside' || k[2] === 'outside') && w.length === 3) {
      l3();
      natSide = { side: k[2], line };
    } else if (k[0] === 'switchport') switchportLine ??= line;
    else if (k[0] === 'no' && k[1] === 'switchport' && w.length === 2) noSwitchport = true;
    else if (k[0] === 'channel-group') channelGroup = true;
    else if (k[0] === 'encapsulation' && k[1] === 'dot1q') {
      const vlan = Number(w[2]);
      if (Number.isInteger(vlan) && vlan >= 1 && vlan <= 4094) dot1q = { vlan, line };
      else sink.invalid(line, context, `bad VLAN id "${w[2] ?? ''}"`);
    } else if ((k[0] === 'standby' || k[0] === 'vrrp') && k.includes('ip')) {
      const at = k.indexOf('ip');
      const a = w[at + 1] === undefined ? undefined : parseIPv4(w[at + 1]!);
      if (a !== undefined) virtualAddresses.push({ address: { family: 4, value: a }, line });
      else if (w[at + 1] !== undefined) sink.invalid(line, context, `bad virtual address "${w[at + 1]}"`);
    } else {
      const u = UNMODELLED.find((x) => x.prefix.every((p, i) => k[i] === p));
      if (u) {
        unmodelled.push({ what: child.text, line });
        sink.unsupported(line, context, u.effect);
      } else if (!isIgnoredInterfaceCommand(k)) sink.unrecognized(line, context, `unknown interface command "${child.text}"`);
    }
  }
  for (const v of virtualAddresses) {
    sink.unsupported(v.line, context, 'HSRP/VRRP virtual address: modelled as an address of this interface; which router is active is not modelled');
  }
  const iface: Omit<IosInterface, 'layer'> = {
    name,
    line: node.line,
    context,
    ...(description !== undefined ? { description } : {}),
    shutdown,
    ...(vrf ? { vrf } : {}),
    addresses,
    ipv6,
    ...(dynamicAddress ? { dynamicAddress } : {}),
    virtualAddresses,
    ...(accessGroupIn ? { accessGroupIn } : {}),
    ...(accessGroupOut ? { accessGroupOut } : {}),
    ...(zone ? { zone } : {}),
    ...(natSide ? { natSide } : {}),
    ...(dot1q ? { dot1q } : {}),
    unmodelled,
  };
  return { iface, ...(switchportLine !== undefined ? { switchportLine } : {}), noSwitchport, channelGroup, ...(l3Line !== undefined ? { l3Line } : {}) };
}

/** `ip address A M [secondary]`, `ip address dhcp …`, `ip address negotiated`, `ip address pool …`. */
function readIpv4Address(
  w: readonly string[],
  line: number,
  context: string,
  sink: WarningSink,
  out: IosInterfaceAddress[],
  dynamic: (how: string) => void,
): void {
  const kind = w[2]?.toLowerCase();
  if (kind === 'dhcp' || kind === 'negotiated' || kind === 'pool') {
    dynamic(kind);
    return;
  }
  const a = w[2] === undefined ? undefined : parseIPv4(w[2]);
  const len = w[3] === undefined ? undefined : maskToPrefixLength(w[3]);
  const secondary = w[4]?.toLowerCase() === 'secondary';
  if (a === undefined || len === undefined || w.length > (secondary ? 5 : 4)) {
    sink.invalid(line, context, `bad interface address "${w.slice(2).join(' ')}" (expected an IPv4 address and a contiguous netmask); the address is left out`);
    return;
  }
  // A second primary replaces the first, as IOS does.
  if (!secondary) {
    const primary = out.findIndex((x) => !x.secondary);
    if (primary >= 0) out.splice(primary, 1);
  }
  const entry = { address: { family: 4 as const, value: a }, prefixLength: len, secondary, line };
  if (secondary) out.push(entry);
  else out.unshift(entry);
}

/** `ipv6 address P/LEN`, with `link-local`, `eui-64`, `anycast`, `autoconfig` and `dhcp` forms. */
function readIpv6Address(w: readonly string[], line: number, context: string, sink: WarningSink, out: IosInterfaceAddress[]): void {
  const text = w[2];
  const qualifier = w[3]?.toLowerCase();
  if (text === undefined) {
    sink.unrecognized(line, context, 'ipv6 address without a value');
    return;
  }
  const lower = text.toLowerCase();
  if (lower === 'autoconfig' || lower === 'dhcp') {
    sink.unsupported(line, context, `IPv6 address by ${lower}: unknown offline, the interface has no IPv6 address in the model`);
    return;
  }
  if (qualifier === 'link-local') return;
  if (qualifier === 'eui-64') {
    sink.unsupported(line, context, 'EUI-64 address: the host part depends on the MAC address; only the prefix would be known, so no IPv6 address is modelled');
    return;
  }
  const parsed = parseAddressWithPrefix(text);
  if (!parsed || parsed.address.family !== 6 || !text.includes('/') || (qualifier !== undefined && qualifier !== 'anycast')) {
    sink.invalid(line, context, `bad IPv6 interface address "${w.slice(2).join(' ')}"; the address is left out`);
    return;
  }
  out.push({ address: parsed.address, prefixLength: parsed.prefixLength, secondary: out.length > 0, line });
}
