import type { Vendor } from '../../model/device.js';
import type { ObjectKind } from '../../model/objects.js';

/**
 * The kinds of object each vendor's converter records every use of, among the parts of the
 * config sansou reads. Only these kinds are reported as unused: an object whose uses a
 * converter does not record would look unused while the device relies on it. Interfaces and
 * zones are never reported (interfaces serve routing and management, zones may be empty on
 * purpose). What each converter records, and why the other kinds are left out:
 *
 * - fortigate: policies (srcaddr, dstaddr, service, poolname, schedule), address, service and
 *   VIP group members, VIPs in policies, static route dstaddr. Schedules are left out because
 *   `firewall schedule group` members are not recorded. Sections sansou does not read (IPsec
 *   phase2 selectors, SSL-VPN settings, local-in, proxy and shaping policies, central SNAT)
 *   can still name objects; the message says "not referenced by anything sansou reads".
 * - paloalto: security and NAT rules, address and service group members (resolved for every
 *   group, used or not), interface addresses, rule schedules. PBF, decryption, QoS and
 *   authentication rules are not read.
 * - asa: every access list (bound or not, so crypto and class-map ACLs count), object-group
 *   members, twice NAT, time-ranges of ACL entries. Object NAT does not record its own object
 *   (see implicit-uses.ts). Access lists are left out: crypto maps, class-maps, route-maps,
 *   VPN filters and split tunnels name them and are ignored lines.
 * - ios: every access list is resolved up front, so object-groups (nested ones too) and
 *   time-ranges in any ACL count. Access lists are left out (crypto maps, route-maps, NTP and
 *   distribute-lists name them unrecorded); NAT pools too (route-map and outside NAT name
 *   them unrecorded).
 * - junos: NAT rules record their pools. Addresses and address sets are left out (set members
 *   are not recorded, and prefix-lists, which share the address-group kind, serve routing
 *   policy); applications and application sets likewise (set members); firewall filters (lo0
 *   bindings are not recorded); static NAT rules are not something one refers to.
 * - rtx: secure filter lists and filter sets on every interface (LAN, PP, tunnel), dynamic
 *   filters' static filters, route filters, and `nat descriptor` bindings. Policy forwarding
 *   (`ip IF forward filter`) and RIP filters are ignored lines.
 * - iptables: jumps and gotos to user chains.
 * - neutral: the neutral format defines no objects.
 */
export const UNUSED_KINDS: Readonly<Record<Vendor, readonly ObjectKind[]>> = {
  fortigate: ['address', 'address-group', 'service', 'service-group', 'vip', 'vip-group', 'ip-pool'],
  paloalto: ['address', 'address-group', 'service', 'service-group', 'schedule'],
  asa: ['address', 'address-group', 'service', 'service-group', 'schedule'],
  ios: ['address-group', 'service-group', 'schedule'],
  junos: ['ip-pool'],
  rtx: ['acl', 'ip-pool'],
  iptables: ['acl'],
  neutral: [],
};

/**
 * Kinds that share one name space in references: a name written where an address goes may
 * resolve to an address, a group, a VIP or a pool depending on the vendor (an ASA PAT pool is
 * a network object, recorded as 'ip-pool'), so a use of any of them counts for all.
 */
export function nameSpaceOf(kind: ObjectKind): string {
  switch (kind) {
    case 'address':
    case 'address-group':
    case 'vip':
    case 'vip-group':
    case 'ip-pool':
      return 'address';
    case 'service':
    case 'service-group':
      return 'service';
    default:
      return kind;
  }
}
