import type { AdminAccount, ManagementAccess } from '../../src/model/management.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { ICMP, ICMP6, TCP, UDP } from '../../src/space/protocols.js';
import { ALL_PORTS, ServiceSet } from '../../src/space/service-set.js';
import { type ConvertContext, provenance } from './convert-context.js';
import { hasSecurityPolicies } from './convert-policies.js';
import type { JHostInbound, JSystemService, JunosConfig } from './vendor-config.js';

/** What a host-inbound system-service keyword opens, when the device runs it. */
interface HostService {
  readonly packets: ServiceSet;
  readonly secure: boolean;
  /** The `system services` (or other) line that makes the device answer, or undefined if it does not. */
  readonly line: number | undefined;
}

const tcp = (port: number) => ServiceSet.ports(TCP, port, port);
const udp = (port: number) => ServiceSet.ports(UDP, port, port);
const ECHO = new ServiceSet([
  { proto: IntervalSet.range(ICMP, ICMP + 1), sport: ALL_PORTS, dport: IntervalSet.range(8, 9) },
  { proto: IntervalSet.range(ICMP6, ICMP6 + 1), sport: ALL_PORTS, dport: IntervalSet.range(128, 129) },
]);

/** Keywords `all` stands for, in the order they are listed. */
const ALL_KEYWORDS = ['ssh', 'telnet', 'netconf', 'http', 'https', 'ping', 'traceroute', 'snmp', 'ntp', 'dns', 'dhcp', 'dhcpv6', 'ike', 'ftp', 'tftp', 'xnm-clear-text', 'xnm-ssl', 'rlogin', 'finger'];

/**
 * The service behind one keyword on interface `iface`: host-inbound-traffic only lets the
 * packets in; something must also listen. SSH, Telnet, NETCONF, J-Web (`web-management http`/
 * `https`, optionally limited to some interfaces), FTP and the XML services listen when
 * `system services` has them; ping and traceroute are always answered; SNMP when `snmp` is
 * configured (cleartext when it has v1/v2c communities); NTP when `system ntp` is; IKE when
 * an IPsec VPN is.
 */
function hostService(config: JunosConfig, keyword: string, iface: string): HostService | undefined {
  const svc = (name: string): JSystemService | undefined => config.system.services.find((s) => s.name === name);
  const listening = (name: string) => {
    const s = svc(name);
    if (!s) return undefined;
    return s.interfaces.length === 0 || s.interfaces.some((i) => i.name === iface) ? s : undefined;
  };
  switch (keyword) {
    case 'ssh': {
      const s = listening('ssh');
      return { packets: tcp(s?.port ?? 22), secure: true, line: s?.line };
    }
    case 'telnet':
      return { packets: tcp(23), secure: false, line: listening('telnet')?.line };
    case 'netconf': {
      const s = listening('netconf');
      return { packets: tcp(s?.port ?? 830), secure: true, line: s?.line };
    }
    case 'http': {
      const s = listening('http');
      return { packets: tcp(s?.port ?? 80), secure: false, line: s?.line };
    }
    case 'https': {
      const s = listening('https');
      return { packets: tcp(s?.port ?? 443), secure: true, line: s?.line };
    }
    case 'ping':
      return { packets: ECHO, secure: true, line: 0 };
    case 'traceroute':
      return { packets: ServiceSet.ports(UDP, 33434, 33523), secure: true, line: 0 };
    case 'snmp':
      return { packets: udp(161), secure: !(config.system.snmp?.communities ?? false), line: config.system.snmp?.line };
    case 'ntp':
      return { packets: udp(123), secure: true, line: config.system.ntp };
    case 'dns':
      return { packets: udp(53).union(tcp(53)), secure: true, line: listening('dns')?.line };
    case 'dhcp':
      return { packets: udp(67), secure: true, line: (listening('dhcp-local-server') ?? listening('dhcp'))?.line };
    case 'dhcpv6':
      return { packets: udp(547), secure: true, line: listening('dhcp-local-server')?.line };
    case 'ike':
      return { packets: udp(500).union(udp(4500)), secure: true, line: config.features.ipsecVpns[0]?.line };
    case 'ftp':
      return { packets: tcp(21), secure: false, line: listening('ftp')?.line };
    case 'tftp':
      return { packets: udp(69), secure: false, line: listening('tftp-server')?.line };
    case 'xnm-clear-text':
      return { packets: tcp(3221), secure: false, line: listening('xnm-clear-text')?.line };
    case 'xnm-ssl':
      return { packets: tcp(3220), secure: true, line: listening('xnm-ssl')?.line };
    case 'rlogin':
      return { packets: tcp(513), secure: false, line: listening('rlogin')?.line };
    case 'finger':
      return { packets: tcp(79), secure: false, line: listening('finger')?.line };
    default:
      return undefined;
  }
}

/** Keywords allowed by one host-inbound list: `all` (minus `except`s) or those listed. */
function allowedKeywords(h: JHostInbound): { keywords: string[]; line: number }[] {
  const items = h.systemServices;
  const all = items.find((i) => (i.name === 'all' || i.name === 'any-service') && !i.except);
  const excepted = new Set(items.filter((i) => i.except).map((i) => i.name));
  if (all) return ALL_KEYWORDS.filter((k) => !excepted.has(k)).map((k) => ({ keywords: [k], line: all.line }));
  return items.filter((i) => !i.except).map((i) => ({ keywords: [i.name], line: i.line }));
}

/**
 * What the device answers on each interface. A zone's `host-inbound-traffic system-services`
 * apply to its interfaces unless an interface lists its own (which then replace them).
 * Interfaces in no zone drop host traffic, except the out-of-band management ports
 * (fxp0, em0, me0), which answer every running service. A router without zones answers
 * every running service on every interface. Host-inbound `protocols` (routing protocols)
 * are not modelled.
 *
 * A zoned SRX answers traffic for another interface's address, arriving on a different
 * interface, only when a security policy permits the ingress zone to reach that interface's
 * zone (Juniper KB30997): those services are answered through the policy (throughPolicy).
 */
export function convertManagement(ctx: ConvertContext): ManagementAccess[] {
  const out: ManagementAccess[] = [];
  const add = (iface: string, keyword: string, grantLine: number) => {
    const s = hostService(ctx.config, keyword, iface);
    if (!s || s.line === undefined) return;
    out.push({ interface: iface, service: keyword, packets: s.packets, secure: s.secure, throughPolicy: true, provenance: provenance(ctx, grantLine) });
  };
  for (const z of ctx.config.zones) {
    for (const i of z.interfaces) {
      if (!ctx.scope.interfaceNames.has(i.name)) continue;
      if (!z.functional && ctx.zones.zoneOf(i.name) !== z.name) continue;
      const own = i.hostInbound.systemServices.length > 0;
      for (const { keywords, line } of allowedKeywords(own ? i.hostInbound : z.hostInbound)) for (const k of keywords) add(i.name, k, line);
    }
  }
  if (!hasSecurityPolicies(ctx)) {
    // A router (or an SRX in packet mode) has no zones: every running service answers on
    // every interface, unless a loopback filter says otherwise (warned, not modelled).
    for (const k of ALL_KEYWORDS) {
      const s = hostService(ctx.config, k, '');
      if (s?.line !== undefined) {
        out.push({ service: k, packets: s.packets, secure: s.secure, provenance: provenance(ctx, s.line > 0 ? s.line : ctx.scope.line) });
        continue;
      }
      // J-Web limited to some interfaces listens on those only.
      for (const { unit } of ctx.scope.units) {
        const on = hostService(ctx.config, k, unit.name);
        if (on?.line !== undefined) out.push({ interface: unit.name, service: k, packets: on.packets, secure: on.secure, provenance: provenance(ctx, on.line) });
      }
    }
    return dedupe(out);
  }
  for (const { unit, physical } of ctx.scope.units) {
    if (!/^(?:fxp|em|me)\d/.test(physical.name)) continue;
    if (ctx.zones.zoneOf(unit.name) !== undefined || ctx.zones.managementOnly.has(unit.name)) continue;
    for (const k of ALL_KEYWORDS) add(unit.name, k, unit.line);
  }
  return dedupe(out);
}

function dedupe(list: ManagementAccess[]): ManagementAccess[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const key = `${m.interface ?? '*'}\u0000${m.service}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Login users (class as the profile) and root; no hash or key is read. */
export function convertAdmins(ctx: ConvertContext): AdminAccount[] {
  const admins: AdminAccount[] = [];
  if (ctx.config.system.rootAuthentication !== undefined) admins.push({ name: 'root', profile: 'super-user', provenance: provenance(ctx, ctx.config.system.rootAuthentication) });
  for (const u of ctx.config.system.users) admins.push({ name: u.name, ...(u.class === undefined ? {} : { profile: u.class }), provenance: provenance(ctx, u.line) });
  return admins;
}
