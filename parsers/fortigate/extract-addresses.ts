import { parseIPv4, parseIp } from '../../src/space/ip.js';
import { type EditBlock, contextOf } from './config-tree.js';
import { parseSubnet } from './fortios-values.js';
import { type Scope, entriesIn } from './scope.js';
import { isEnabled, lineOf, nameList, setting, word, words } from './settings.js';
import type { FgAddress, FgAddressGroup, FgAddressValue } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * `config firewall address` and `address6`. Each object's value is read by its type; types
 * FortiOS resolves at run time (FQDN, geography, SDN, MAC) are kept as unresolved, and a value
 * that cannot be read becomes an invalid object that matches nothing.
 */
export function extractAddresses(scope: Scope, sink: WarningSink): FgAddress[] {
  const out: FgAddress[] = [];
  for (const e of entriesIn(scope, 'firewall address')) {
    out.push({ name: e.name, line: e.line, context: contextOf(e), family: 4, value: addressValue4(e, sink) });
  }
  for (const e of entriesIn(scope, 'firewall address6')) {
    out.push({ name: e.name, line: e.line, context: contextOf(e), family: 6, value: addressValue6(e, sink) });
  }
  return out;
}

function addressValue4(e: EditBlock, sink: WarningSink): FgAddressValue {
  const type = word(e, 'type') ?? 'ipmask';
  switch (type) {
    case 'ipmask': {
      // An ipmask address without `set subnet` is 0.0.0.0/0: this is how "all" is defined.
      const s = setting(e, 'subnet');
      if (s === undefined) return { type: 'subnet', cidr: { family: 4, address: 0, prefixLength: 0 } };
      const cidr = parseSubnet(s.values);
      if (cidr === undefined || cidr.family !== 4) return invalid(e, 'subnet', `subnet "${s.values.join(' ')}" is not an IPv4 address with a contiguous mask`, sink);
      return { type: 'subnet', cidr };
    }
    case 'iprange':
      return rangeValue(e, 4, sink);
    case 'wildcard': {
      const s = setting(e, 'wildcard');
      const base = s && parseIPv4(s.values[0] ?? '');
      const mask = s && parseIPv4(s.values[1] ?? '');
      if (s === undefined || base === undefined || mask === undefined || s.values.length !== 2) {
        return invalid(e, 'wildcard', `wildcard "${s?.values.join(' ') ?? ''}" is not an IPv4 address and mask`, sink);
      }
      return { type: 'wildcard', base, mask };
    }
    case 'interface-subnet': {
      const iface = word(e, 'interface') ?? '';
      const s = setting(e, 'subnet');
      const cidr = s && parseSubnet(s.values);
      return cidr && cidr.prefixLength > 0 ? { type: 'interface-subnet', interface: iface, cidr } : { type: 'interface-subnet', interface: iface };
    }
    default:
      return unresolved(e, type);
  }
}

function addressValue6(e: EditBlock, sink: WarningSink): FgAddressValue {
  const type = word(e, 'type') ?? 'ipprefix';
  switch (type) {
    case 'ipprefix': {
      const s = setting(e, 'ip6');
      if (s === undefined) return { type: 'subnet', cidr: { family: 6, address: 0n, prefixLength: 0 } };
      const cidr = parseSubnet(s.values);
      if (cidr === undefined || cidr.family !== 6) return invalid(e, 'ip6', `ip6 "${s.values.join(' ')}" is not an IPv6 prefix`, sink);
      return { type: 'subnet', cidr };
    }
    case 'iprange':
      return rangeValue(e, 6, sink);
    default:
      return unresolved(e, type);
  }
}

function rangeValue(e: EditBlock, family: 4 | 6, sink: WarningSink): FgAddressValue {
  const startText = word(e, 'start-ip');
  const endText = word(e, 'end-ip') ?? startText;
  const start = startText === undefined ? undefined : parseIp(startText);
  const end = endText === undefined ? undefined : parseIp(endText);
  if (start === undefined || start.family !== family) {
    return invalid(e, 'start-ip', `start-ip "${startText ?? ''}" is not an IPv${family} address`, sink);
  }
  if (end === undefined || end.family !== family) return invalid(e, 'end-ip', `end-ip "${endText ?? ''}" is not an IPv${family} address`, sink);
  if (end.value < start.value) return invalid(e, 'end-ip', `end-ip ${endText} is below start-ip ${startText}`, sink);
  return { type: 'range', range: { start, end } };
}

/** Detail shown in the warning when a policy uses the address: what FortiOS resolves it from. */
const DETAIL_KEYS: Readonly<Record<string, readonly string[]>> = {
  fqdn: ['fqdn'],
  geography: ['country'],
  dynamic: ['sub-type', 'sdn', 'filter'],
  mac: ['macaddr', 'start-mac'],
  template: ['template'],
};

function unresolved(e: EditBlock, type: string): FgAddressValue {
  const keys = DETAIL_KEYS[type] ?? [];
  const detail = keys.map((k) => words(e, k).join(' ')).filter((v) => v !== '').join(' ');
  return { type: 'unresolved', addressType: type, detail };
}

function invalid(e: EditBlock, key: string, reason: string, sink: WarningSink): FgAddressValue {
  sink.invalid(lineOf(e, key), contextOf(e), `${reason}; address "${e.name}" matches nothing`);
  return { type: 'invalid', reason };
}

/** `config firewall addrgrp` and `addrgrp6`. */
export function extractAddressGroups(scope: Scope): FgAddressGroup[] {
  const out: FgAddressGroup[] = [];
  for (const [table, family] of [
    ['firewall addrgrp', 4],
    ['firewall addrgrp6', 6],
  ] as const) {
    for (const e of entriesIn(scope, table)) {
      out.push({
        name: e.name,
        line: e.line,
        context: contextOf(e),
        family,
        members: nameList(e, 'member'),
        exclude: isEnabled(e, 'exclude'),
        excludeMembers: nameList(e, 'exclude-member'),
      });
    }
  }
  return out;
}
