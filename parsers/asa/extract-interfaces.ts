import type { IpAddress } from '../../src/space/ip.js';
import { parseAddress, parseAddressMask, parseIntIn, parseIpv6Prefix } from './asa-values.js';
import type { ConfigBuilder } from './builder.js';
import { type Line, type Statement, head, restFrom, word } from './statements.js';
import type { AsaInterfaceAddress } from './vendor-config.js';

/** Interface sub-commands that cannot change what passes through: speed, LACP, MAC … */
const IGNORED = new Set([
  'speed',
  'duplex',
  'channel-group',
  'lacp',
  'port-channel',
  'mac-address',
  'flowcontrol',
  'delay',
  'nve-only',
  'pppoe',
  'dhcp',
  'dhcprelay',
  'ddns',
  'authentication',
  'ospf',
  'igmp',
  'pim',
  'bfd',
  'member-interface',
  'negotiation',
  'media-type',
  'efp',
  'power',
  'multicast',
  'rip',
  'eigrp',
  'summary-address',
  'hello-interval',
  'hold-time',
  'split-horizon',
]);

/**
 * `interface HARDWARE` and its block. Only an interface with a `nameif` carries traffic; the
 * rest (port-channel members, unused ports) are kept for completeness and left out later.
 */
export function extractInterface(st: Statement, b: ConfigBuilder): void {
  const context = st.text;
  const hardware = word(st, 1);
  if (hardware === '' || st.tokens.length > 2) {
    b.sink.unrecognized(st.line, '', 'expected `interface NAME`; the block is skipped');
    return;
  }
  let nameif: { name: string; line: number } | undefined;
  let securityLevel: { level: number; line: number } | undefined;
  let addresses: AsaInterfaceAddress[] = [];
  const v6: AsaInterfaceAddress[] = [];
  let description: string | undefined;
  let shutdown: number | undefined;
  let managementOnly: number | undefined;
  let vlan: number | undefined;
  let dynamicAddress: number | undefined;
  for (const c of st.children) {
    const key = head(c, 1);
    switch (key) {
      case 'nameif':
        if (c.tokens.length !== 2) b.sink.unrecognized(c.line, context, 'expected `nameif NAME`');
        else nameif = { name: word(c, 1), line: c.line };
        break;
      case 'security-level': {
        const level = parseIntIn(word(c, 1), 0, 100);
        if (level === undefined || c.tokens.length !== 2) b.sink.invalid(c.line, context, 'security-level must be a number from 0 to 100; the ASA default for the name is used');
        else securityLevel = { level, line: c.line };
        break;
      }
      case 'ip':
        if (head(c, 2) === 'ip address') {
          const read = readIpv4Address(c, b, context);
          if (read === 'dynamic') dynamicAddress = c.line;
          else if (read) addresses = [read];
        } else if (head(c, 2) !== 'ip verify') {
          b.sink.unrecognized(c.line, context, 'unknown interface command');
        }
        break;
      case 'ipv6': {
        const a = readIpv6Address(c, b, context);
        if (a) v6.push(a);
        break;
      }
      case 'description':
        description = restFrom(c, 1);
        break;
      case 'shutdown':
        shutdown = c.line;
        break;
      case 'management-only':
        managementOnly = c.line;
        break;
      case 'vlan': {
        const id = parseIntIn(word(c, 1), 1, 4094);
        if (id === undefined) b.sink.invalid(c.line, context, 'vlan must be a number from 1 to 4094');
        else vlan = id;
        break;
      }
      case 'no':
        readNegation(c, b, context, {
          nameif: () => (nameif = undefined),
          'security-level': () => (securityLevel = undefined),
          ip: () => (addresses = []),
          shutdown: () => (shutdown = undefined),
          'management-only': () => (managementOnly = undefined),
        });
        break;
      case 'zone-member':
        b.sink.unsupported(c.line, context, 'traffic zones are not modelled: the interface is treated on its own (equal-cost routing across the zone and zone-wide connections are ignored)');
        break;
      case 'bridge-group':
        b.sink.unsupported(c.line, context, 'bridge groups (transparent or integrated routing and bridging) are not modelled: bridged traffic between members is not analysed');
        break;
      default:
        if (!IGNORED.has(key)) b.sink.unrecognized(c.line, context, 'unknown interface command');
    }
  }
  const dot = hardware.indexOf('.');
  b.interfaces.push({
    line: st.line,
    hardware,
    addresses: [...addresses, ...v6],
    ...(nameif && { nameif }),
    ...(securityLevel && { securityLevel }),
    ...(description !== undefined && { description }),
    ...(shutdown !== undefined && { shutdown }),
    ...(managementOnly !== undefined && { managementOnly }),
    ...(vlan !== undefined && { vlan }),
    ...(dot > 0 && { parent: hardware.slice(0, dot) }),
    ...(dynamicAddress !== undefined && { dynamicAddress }),
  });
}

/** `ip address A M [standby B]`, `ip address dhcp [setroute]`, `ip address pppoe [setroute]`. */
function readIpv4Address(c: Line, b: ConfigBuilder, context: string): AsaInterfaceAddress | 'dynamic' | undefined {
  const w = c.tokens.map((t) => t.text);
  if (w[2] === 'dhcp' || w[2] === 'pppoe') return 'dynamic';
  if (w.length !== 4 && !(w.length === 6 && w[4] === 'standby')) {
    b.sink.unrecognized(c.line, context, 'expected `ip address ADDRESS MASK [standby ADDRESS]`');
    return undefined;
  }
  const prefix = parseAddressMask(w[2]!, w[3]!, b.nameTable);
  if ('error' in prefix) {
    b.sink.invalid(c.line, context, `${prefix.error}; the interface gets no IPv4 address`);
    return undefined;
  }
  const address = parseAddress(w[2]!, b.nameTable)!;
  let standby: IpAddress | undefined;
  if (w[5] !== undefined) {
    standby = parseAddress(w[5], b.nameTable);
    if (!standby) b.sink.invalid(c.line, context, `standby address "${w[5]}" is not an address; it is ignored`);
  }
  return { address, prefixLength: prefix.cidr.prefixLength, line: c.line, ...(standby && { standby }) };
}

/** `ipv6 address P/LEN [standby A]`; link-local, `ipv6 enable` and ND settings are ignored. */
function readIpv6Address(c: Line, b: ConfigBuilder, context: string): AsaInterfaceAddress | undefined {
  if (head(c, 2) !== 'ipv6 address') return undefined;
  const w = c.tokens.map((t) => t.text);
  if (w[3] === 'link-local' || w[2] === 'autoconfig' || w[2] === 'dhcp') return undefined;
  const text = w[2] ?? '';
  const prefix = parseIpv6Prefix(text);
  if ('error' in prefix) {
    b.sink.invalid(c.line, context, `${prefix.error}; the interface gets no IPv6 address`);
    return undefined;
  }
  const address = parseAddress(text.slice(0, text.indexOf('/')), b.nameTable)!;
  return { address, prefixLength: prefix.cidr.prefixLength, line: c.line };
}

/** `no nameif`, `no security-level`, `no ip address`, `no shutdown` … undo their command. */
function readNegation(c: Line, b: ConfigBuilder, context: string, undo: Record<string, () => void>): void {
  const key = (c.tokens[1]?.text ?? '').toLowerCase();
  if (Object.hasOwn(undo, key)) undo[key]!();
  else if (!IGNORED.has(key) && key !== 'ipv6' && key !== 'description' && key !== 'vlan') b.sink.unrecognized(c.line, context, 'unknown interface command');
}
