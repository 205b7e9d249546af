import { type ConfigBlock, contextOf } from './config-tree.js';
import { type Scope, configsIn } from './scope.js';
import type { WarningSink } from './warnings.js';

/**
 * Blocks that change which traffic passes or where it goes, but that the model leaves out.
 * Each non-empty one gets one 'unsupported' warning on its `config` line, so a reader knows
 * the model may differ from the device there. Every other block is recognized and ignored.
 */
const UNSUPPORTED_TABLES: ReadonlyArray<readonly [string, string]> = [
  ['firewall central-snat-map', 'the central SNAT map is not modelled: source NAT of the traffic it matches is missing'],
  ['firewall policy46', 'NAT46 policies are not modelled: IPv4-to-IPv6 traffic is missing'],
  ['firewall policy64', 'NAT64 policies are not modelled: IPv6-to-IPv4 traffic is missing'],
  ['firewall proxy-policy', 'proxy policies are not modelled: traffic through the explicit or transparent proxy is missing'],
  ['firewall security-policy', 'NGFW policy-based security policies are not modelled: in policy-based mode they decide which traffic passes'],
  ['firewall local-in-policy', 'local-in policies are not modelled: management access may be narrower than modelled'],
  ['firewall local-in-policy6', 'IPv6 local-in policies are not modelled: management access may be narrower than modelled'],
  ['firewall multicast-policy', 'multicast policies are not modelled'],
  ['firewall multicast-policy6', 'IPv6 multicast policies are not modelled'],
  ['firewall acl', 'NP ACLs are not modelled: traffic they drop before policy is still shown as reaching the policies'],
  ['firewall acl6', 'IPv6 NP ACLs are not modelled: traffic they drop before policy is still shown as reaching the policies'],
  ['router policy', 'policy routes are not modelled: forwarding follows the routing table only'],
  ['router policy6', 'IPv6 policy routes are not modelled: forwarding follows the routing table only'],
  ['system virtual-wire-pair', 'virtual wire pairs are not modelled: traffic between their members bypasses routing'],
  ['firewall vip6', 'IPv6 VIPs are not modelled: policies naming them match nothing'],
  ['firewall vip46', 'NAT46 VIPs are not modelled: policies naming them match nothing'],
  ['firewall vip64', 'NAT64 VIPs are not modelled: policies naming them match nothing'],
];

/** Dynamic routing blocks and the nested tables that show the protocol is in use. */
const DYNAMIC_ROUTING: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['router bgp', ['neighbor', 'neighbor-group', 'neighbor-range', 'network']],
  ['router ospf', ['area', 'ospf-interface', 'network']],
  ['router ospf6', ['area', 'ospf6-interface']],
  ['router rip', ['network', 'neighbor']],
  ['router ripng', ['network', 'neighbor']],
  ['router isis', ['isis-net', 'isis-interface']],
];

export function reportUnsupportedBlocks(scope: Scope, sink: WarningSink): void {
  for (const [name, comment] of UNSUPPORTED_TABLES) {
    for (const block of configsIn(scope, name)) if (block.edits.length > 0) warn(block, comment, sink);
  }
  for (const [name, tables] of DYNAMIC_ROUTING) {
    for (const block of configsIn(scope, name)) {
      const used = block.configs.some((c) => tables.includes(c.name) && c.edits.length > 0);
      if (used) warn(block, `dynamic routing (${name.slice('router '.length)}) is not modelled: routes it learns are missing`, sink);
    }
  }
}

function warn(block: ConfigBlock, comment: string, sink: WarningSink): void {
  sink.unsupported(block.line, contextOf(block), comment);
}
