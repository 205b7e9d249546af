import { type Cidr, parseIp } from '../../src/space/ip.js';
import { contextOf } from './config-tree.js';
import { defined } from './defined.js';
import { parseAddressAndMask, parseBoundedInt, parseSubnet } from './fortios-values.js';
import { type Scope, configsIn, entriesIn, nestedEntries } from './scope.js';
import { lineOf, nameList, setting, word, words } from './settings.js';
import type { Block } from './config-tree.js';
import type {
  AccessKeyword,
  FgAdmin,
  FgInterface,
  FgInterfaceAddress,
  FgSdwanMember,
  FgSdwanZone,
  FgZone,
  GlobalSettings,
} from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** `config system global`: hostname and the administration ports. */
export function extractGlobal(scope: Scope, sink: WarningSink): GlobalSettings {
  let hostname: string | undefined;
  let hostnameLine: number | undefined;
  const ports = { adminSport: 443, adminPort: 80, adminSshPort: 22, adminTelnetPort: 23 };
  for (const block of configsIn(scope, 'system global')) {
    const name = word(block, 'hostname');
    if (name !== undefined && name !== '') {
      hostname = name;
      hostnameLine = lineOf(block, 'hostname');
    }
    const keys = [
      ['admin-sport', 'adminSport'],
      ['admin-port', 'adminPort'],
      ['admin-ssh-port', 'adminSshPort'],
      ['admin-telnet-port', 'adminTelnetPort'],
    ] as const;
    for (const [key, field] of keys) {
      const text = word(block, key);
      if (text === undefined) continue;
      const port = parseBoundedInt(text, 65535);
      if (port === undefined || port === 0) {
        sink.invalid(lineOf(block, key), contextOf(block), `${key} "${text}" is not a port number; the default ${ports[field]} is kept`);
      } else {
        ports[field] = port;
      }
    }
  }
  return { ...ports, ...defined({ hostname, hostnameLine }) };
}

/** `config system interface`, with secondary and IPv6 addresses. */
export function extractInterfaces(scope: Scope, sink: WarningSink): FgInterface[] {
  const out: FgInterface[] = [];
  for (const e of entriesIn(scope, 'system interface')) {
    const context = contextOf(e);
    const ip = interfaceAddress(e, 'ip', 4, sink);
    const secondaryIps: FgInterfaceAddress[] = [];
    const secondaryAllowaccess: AccessKeyword[] = [];
    for (const s of nestedEntries(e, 'secondaryip')) {
      const address = interfaceAddress(s, 'ip', 4, sink);
      if (address) secondaryIps.push(address);
      secondaryAllowaccess.push(...accessKeywords(s, 'allowaccess'));
    }
    const ip6: FgInterfaceAddress[] = [];
    const ip6Allowaccess: AccessKeyword[] = [];
    for (const v6 of configsIn([e], 'ipv6')) {
      const primary = interfaceAddress(v6, 'ip6-address', 6, sink);
      if (primary) ip6.push(primary);
      for (const extra of nestedEntries(v6, 'ip6-extra-addr')) {
        const parsed = parseAddressAndMask([extra.name]);
        if (parsed && parsed.address.family === 6) ip6.push({ ...parsed, line: extra.line });
        else sink.invalid(extra.line, contextOf(extra), `"${extra.name}" is not an IPv6 address/prefix; ignored`);
      }
      ip6Allowaccess.push(...accessKeywords(v6, 'ip6-allowaccess'));
    }
    const mode = word(e, 'mode') ?? 'static';
    if (mode === 'dhcp' || mode === 'pppoe') {
      sink.unsupported(
        lineOf(e, 'mode'),
        context,
        `interface ${e.name} takes its address by ${mode.toUpperCase()}; it is modelled without that address and without the routes ${mode.toUpperCase()} installs`,
      );
    }
    const vlanText = word(e, 'vlanid');
    const vlanId = vlanText === undefined ? undefined : parseBoundedInt(vlanText, 4095);
    if (vlanText !== undefined && vlanId === undefined) sink.invalid(lineOf(e, 'vlanid'), context, `vlanid "${vlanText}" is not a VLAN id; ignored`);
    const optional = {
      ip,
      alias: nonEmpty(word(e, 'alias')),
      description: nonEmpty(word(e, 'description')),
      role: nonEmpty(word(e, 'role')),
      type: word(e, 'type'),
      parent: nonEmpty(word(e, 'interface')),
      vlanId,
    };
    out.push({
      name: e.name,
      line: e.line,
      context,
      vdom: word(e, 'vdom') ?? 'root',
      secondaryIps,
      ip6,
      allowaccess: accessKeywords(e, 'allowaccess'),
      secondaryAllowaccess,
      ip6Allowaccess,
      up: word(e, 'status') !== 'down',
      mode,
      ...defined(optional),
    });
  }
  return out;
}

function interfaceAddress(block: Block, key: string, family: 4 | 6, sink: WarningSink): FgInterfaceAddress | undefined {
  const s = setting(block, key);
  if (s === undefined) return undefined;
  const parsed = parseAddressAndMask(s.values);
  if (parsed === undefined || parsed.address.family !== family) {
    sink.invalid(s.line, contextOf(block), `"${s.values.join(' ')}" is not an IPv${family} address with a valid mask; the interface is modelled without it`);
    return undefined;
  }
  // 0.0.0.0 0.0.0.0 (and ::/0) is how FortiOS writes "no address".
  const zero = parsed.address.family === 4 ? parsed.address.value === 0 : parsed.address.value === 0n;
  if (zero) return undefined;
  return { ...parsed, line: s.line };
}

function accessKeywords(block: Block, key: string): AccessKeyword[] {
  const s = setting(block, key);
  return s ? s.values.map((keyword) => ({ keyword, line: s.line })) : [];
}

/** `config system zone` of one VDOM. */
export function extractZones(scope: Scope, sink: WarningSink): FgZone[] {
  const out: FgZone[] = [];
  for (const e of entriesIn(scope, 'system zone')) {
    const mode = word(e, 'intrazone') ?? 'deny';
    if (mode !== 'allow' && mode !== 'deny') {
      sink.invalid(lineOf(e, 'intrazone'), contextOf(e), `intrazone "${mode}" is neither allow nor deny; the default deny is used`);
    }
    out.push({ name: e.name, line: e.line, context: contextOf(e), interfaces: nameList(e, 'interface'), intrazone: mode === 'allow' ? 'allow' : 'deny' });
  }
  return out;
}

/**
 * SD-WAN zones (`config system sdwan`, FortiOS 6.4+) and the single implicit zone of the older
 * `config system virtual-wan-link`. Policies name these zones as they name interfaces.
 */
export function extractSdwanZones(scope: Scope, sink: WarningSink): FgSdwanZone[] {
  const zones = new Map<string, { line: number; context: string; members: FgSdwanMember[] }>();
  const zoneFor = (name: string, line: number, context: string) => {
    let z = zones.get(name);
    if (z === undefined) {
      z = { line, context, members: [] };
      zones.set(name, z);
    }
    return z;
  };
  for (const [blockName, defaultZone] of [
    ['system sdwan', 'virtual-wan-link'],
    ['system virtual-wan-link', 'virtual-wan-link'],
  ] as const) {
    for (const block of configsIn(scope, blockName)) {
      for (const z of nestedEntries(block, 'zone')) zoneFor(z.name, z.line, contextOf(z));
      for (const m of nestedEntries(block, 'members')) {
        const iface = word(m, 'interface');
        if (iface === undefined) continue;
        const zone = zoneFor(word(m, 'zone') ?? defaultZone, m.line, contextOf(m));
        const gatewayText = word(m, 'gateway');
        const gateway = gatewayText === undefined ? undefined : parseIp(gatewayText);
        if (gatewayText !== undefined && gateway === undefined) {
          sink.invalid(lineOf(m, 'gateway'), contextOf(m), `gateway "${gatewayText}" is not an IP address; ignored`);
        }
        const hasGateway = gateway !== undefined && gateway.value !== 0 && gateway.value !== 0n;
        zone.members.push({ interface: iface, enabled: word(m, 'status') !== 'disable', line: m.line, ...(hasGateway && { gateway }) });
      }
    }
  }
  return [...zones].map(([name, z]) => ({ name, ...z }));
}

/** `config system admin`. Passwords are never read: the tree already holds them masked. */
export function extractAdmins(scope: Scope, sink: WarningSink): FgAdmin[] {
  const out: FgAdmin[] = [];
  for (const e of entriesIn(scope, 'system admin')) {
    const trusthosts: Cidr[] = [];
    const ip6Trusthosts: Cidr[] = [];
    for (let i = 1; i <= 10; i++) {
      readTrusthost(e, `trusthost${i}`, 4, trusthosts, sink);
      readTrusthost(e, `ip6-trusthost${i}`, 6, ip6Trusthosts, sink);
    }
    const vdoms = [...words(e, 'vdom'), ...nestedEntries(e, 'vdom').map((v) => v.name)];
    const accprofile = word(e, 'accprofile');
    out.push({
      name: e.name,
      line: e.line,
      context: contextOf(e),
      trusthosts,
      ip6Trusthosts,
      vdoms,
      ...(accprofile !== undefined && { accprofile }),
    });
  }
  return out;
}

function readTrusthost(block: Block, key: string, family: 4 | 6, into: Cidr[], sink: WarningSink): void {
  const s = setting(block, key);
  if (s === undefined) return;
  const cidr = parseSubnet(s.values);
  if (cidr === undefined || cidr.family !== family) {
    sink.invalid(s.line, contextOf(block), `${key} "${s.values.join(' ')}" is not a valid IPv${family} subnet; ignored`);
    return;
  }
  into.push(cidr);
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}
