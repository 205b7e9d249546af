import { type IpAddress, parseAddressWithPrefix, parseIp } from '../../src/space/ip.js';
import { interfaceName, readAddress } from './read-address.js';
import { briefAddressLine, indexWord, isHostname, sysctlLine } from './read-line-kinds.js';
import { ROUTE_TYPES, readNextHop, readRoute } from './read-route.js';
import { type Section, announcedCommand, sectionOfCommand } from './sections.js';
import { type TextLines, words } from './text-lines.js';
import type { IpAddr, IpLink, IpNextHop, IpRoute, LinuxIpConfig, Sysctl } from './vendor-config.js';
import type { CompanionWarnings } from './warnings.js';

/** Lines that may follow an interface header in multi-line `ip addr`/`ip link` output. */
const LINK_DETAIL = new Set([
  'valid_lft',
  'altname',
  'alias',
  'vlan',
  'bridge',
  'bridge_slave',
  'bond',
  'bond_slave',
  'veth',
  'vxlan',
  'gre',
  'gretap',
  'ipip',
  'tun',
  'wireguard',
  'macvlan',
  'ipvlan',
  'vrf',
  'prop',
  'promiscuity',
  'RX:',
  'TX:',
  'RX',
  'TX',
  'openvswitch',
  'team',
  'xdp',
  'xdpgeneric',
  'numtxqueues',
  'addrgenmode',
  'inet6_addr_gen_mode',
]);

/** Section names for warning contexts, as a reader of the companion would call them. */
function sectionName(s: Section): string {
  switch (s) {
    case 'addr':
      return 'ip addr';
    case 'link':
      return 'ip link';
    case 'route4':
      return 'ip route';
    case 'route6':
      return 'ip -6 route';
    case 'rule':
      return 'ip rule';
    case 'sysctl':
      return 'sysctl';
    case 'hostname':
      return 'hostname';
    default:
      return 'companion';
  }
}

/**
 * Reads the companion line by line. Each line says what it is by its shape (an `inet` line, a
 * route, a `key = value`); the section announced by the last header only breaks ties.
 */
export function extractLinuxIp(lines: TextLines, warnings: CompanionWarnings): LinuxIpConfig {
  let hostname: { name: string; line: number } | undefined;
  const links: IpLink[] = [];
  const addresses: IpAddr[] = [];
  const routes: IpRoute[] = [];
  const sysctls: Sysctl[] = [];
  let section: Section = 'unknown';
  /** The interface of the last header, for indented `inet` lines. */
  let currentLink: string | undefined;
  /** The route the next `nexthop` line belongs to. */
  let lastRoute: { route: IpRoute; hops: IpNextHop[] } | undefined;
  let seenContent = false;

  const flushRoute = () => {
    if (lastRoute && lastRoute.hops.length > 0) routes[routes.length - 1] = { ...lastRoute.route, nextHops: [...lastRoute.route.nextHops, ...lastRoute.hops] };
    lastRoute = undefined;
  };

  for (let n = 1; n <= lines.count; n++) {
    const raw = lines.line(n);
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const where = sectionName(section);

    // Comments: a hostname, a command header, or free text.
    if (trimmed.startsWith('#')) {
      const body = trimmed.replace(/^#+/, '').trim();
      if (/^hostname\s*[:=]\s*\S/.test(body)) {
        const name = body.slice(body.search(/[:=]/) + 1).trim();
        if (!isHostname(name)) warnings.add('invalid', n, 'hostname', `"${name}" is not a hostname; ignored`);
        else if (!hostname) hostname = { name, line: n };
        continue;
      }
      const next = sectionOfCommand(body);
      if (next !== undefined) {
        flushRoute();
        section = next;
        currentLink = undefined;
      }
      continue;
    }
    // A shell prompt that ran a command: the output of commands sansou does not know is skipped.
    const prompt = announcedCommand(trimmed);
    if (prompt !== undefined) {
      flushRoute();
      section = sectionOfCommand(prompt) ?? 'ignored';
      currentLink = undefined;
      continue;
    }

    const indented = raw.startsWith(' ') || raw.startsWith('\t');
    // Everything after a backslash in one-line (-o) output is the continuation of the record.
    const head = trimmed.includes('\\') ? trimmed.slice(0, trimmed.indexOf('\\')) : trimmed;
    const w = words(head);
    const first = w[0];
    if (section === 'ignored') continue;
    if (first === undefined) {
      warnings.add('unrecognized', n, where, 'a continuation of nothing: the line starts with a backslash');
      continue;
    }
    if (section === 'hostname') {
      // `hostname` prints one word, and then the next command's output may follow without a
      // header; `hostnamectl` prints "Static hostname: NAME" among other fields.
      if (w.length === 1 && isHostname(first)) {
        if (!hostname) hostname = { name: first, line: n };
        section = 'unknown';
        continue;
      }
      const name = /^Static hostname:/i.test(head) ? head.slice(head.indexOf(':') + 1).trim() : undefined;
      if (name !== undefined && isHostname(name) && !hostname) hostname = { name, line: n };
      continue;
    }

    if (indented) {
      if (first === 'nexthop' && lastRoute) {
        const r = readNextHop(w, n);
        if ('error' in r) warnings.add('invalid', n, where, `${r.error}; the next hop is ignored`);
        else {
          lastRoute.hops.push(r.nextHop);
          if (r.unknown.length > 0) warnings.add('unrecognized', n, where, `next hop attributes not understood: ${r.unknown.join(', ')}`);
        }
        continue;
      }
      if ((first === 'inet' || first === 'inet6') && currentLink !== undefined) {
        const r = readAddress(currentLink, first === 'inet' ? 4 : 6, w.slice(1), n);
        if ('error' in r) warnings.add('invalid', n, 'ip addr', `${r.error}; the address is ignored`);
        else addresses.push(r.address);
        continue;
      }
      if (currentLink !== undefined && (first.startsWith('link/') || LINK_DETAIL.has(first) || /^\d+$/.test(first))) continue;
      warnings.add('unrecognized', n, where, 'indented line not understood here: it is neither an address of the interface above nor a next hop of the route above');
      continue;
    }
    const firstContent = !seenContent;
    seenContent = true;

    // "2: eth0 …": one-line address, interface header, or `ip rule` priority.
    const index = indexWord(first);
    if (index !== undefined) {
      flushRoute();
      const second = w[1];
      if (second === undefined) {
        warnings.add('unrecognized', n, where, 'interface index with nothing after it');
        continue;
      }
      if (second === 'from' || second === 'not' || section === 'rule') {
        if (!isDefaultRule(w)) warnings.add('unsupported', n, 'ip rule', 'policy routing rules are not modelled: every packet is routed by the main table');
        continue;
      }
      const third = w[2];
      if (third === 'inet' || third === 'inet6') {
        const r = readAddress(interfaceName(second), third === 'inet' ? 4 : 6, w.slice(3), n);
        if ('error' in r) warnings.add('invalid', n, 'ip addr', `${r.error}; the address is ignored`);
        else addresses.push(r.address);
        currentLink = undefined;
        continue;
      }
      if (second.endsWith(':') && third !== undefined && third.startsWith('<')) {
        const link = readLinkHeader(interfaceName(second), index, w.slice(2), n);
        links.push(link);
        currentLink = link.name;
        continue;
      }
      warnings.add('unrecognized', n, where, 'line starts with an interface index but is neither an address nor an interface header');
      continue;
    }
    currentLink = undefined;

    const sysctl = sysctlLine(head);
    if (sysctl) {
      flushRoute();
      sysctls.push({ ...sysctl, line: n });
      continue;
    }

    if (/^Static hostname:/i.test(head)) {
      const name = head.slice(head.indexOf(':') + 1).trim();
      if (!hostname && isHostname(name)) hostname = { name, line: n };
      continue;
    }

    if (briefAddressLine(w)) {
      flushRoute();
      const name = interfaceName(first);
      links.push({ name, flags: [], state: w[1]!, up: w[1] !== 'DOWN', line: n });
      for (const a of w.slice(2)) {
        const parsed = parseAddressWithPrefix(a)!;
        addresses.push({ iface: name, family: parsed.address.family, address: parsed.address, prefixLength: parsed.prefixLength, flags: [], line: n });
      }
      continue;
    }

    if (looksLikeRoute(first)) {
      flushRoute();
      const hint = section === 'route6' ? 6 : section === 'route4' ? 4 : undefined;
      const r = readRoute(w, n, hint);
      if ('error' in r) {
        warnings.add('invalid', n, first.includes(':') || section === 'route6' ? 'ip -6 route' : 'ip route', `${r.error}; the route is ignored`);
        continue;
      }
      const ctx = r.route.family === 6 ? 'ip -6 route' : 'ip route';
      if (r.unknown.length > 0) warnings.add('unrecognized', n, ctx, `route attributes not understood: ${r.unknown.join(', ')}; the route is read without them`);
      for (const note of r.notes) warnings.add('unsupported', n, ctx, note);
      routes.push(r.route);
      lastRoute = { route: r.route, hops: [] };
      continue;
    }

    // `hostname` output as the very first line of the file.
    if (w.length === 1 && isHostname(first) && firstContent) {
      if (!hostname) hostname = { name: first, line: n };
      continue;
    }

    warnings.add('unrecognized', n, where, 'not a line of `ip addr`, `ip route` or `sysctl` output; ignored');
  }
  flushRoute();
  return { ...(hostname && { hostname }), links, addresses, routes, sysctls };
}

function looksLikeRoute(first: string): boolean {
  if (first === 'default' || ROUTE_TYPES.has(first)) return true;
  const slash = first.indexOf('/');
  const addr: IpAddress | undefined = parseIp(slash < 0 ? first : first.slice(0, slash));
  return addr !== undefined || (slash > 0 && /^[0-9a-fA-F:.]+$/.test(first.slice(0, slash)));
}

/** The three rules every Linux host has: lookup local, main and default. */
function isDefaultRule(w: readonly string[]): boolean {
  const text = w.slice(1).join(' ');
  return text === 'from all lookup local' || text === 'from all lookup main' || text === 'from all lookup default';
}

function readLinkHeader(name: string, index: number, rest: readonly string[], line: number): IpLink {
  const flagsWord = rest[0] ?? '<>';
  const flags = flagsWord.replace(/^</, '').replace(/>$/, '').split(',').filter((f) => f !== '');
  const stateAt = rest.indexOf('state');
  const state = stateAt >= 0 ? rest[stateAt + 1] : undefined;
  return { name, index, flags, ...(state !== undefined && { state }), up: flags.includes('UP'), line };
}
