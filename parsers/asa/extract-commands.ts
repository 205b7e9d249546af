import type { Cidr } from '../../src/space/ip.js';
import { parseIcmpType } from './asa-names.js';
import { parseAddress, parseAddressMask, parseIntIn, parseIpv6Prefix } from './asa-values.js';
import type { ConfigBuilder } from './builder.js';
import { type Line, type Statement, word } from './statements.js';

/**
 * The single-line commands that matter for forwarding and management: access-group,
 * same-security-traffic, route, ssh/telnet/http, icmp, username, enable and names.
 * Each reads its own words; none keeps a secret.
 */

/** `access-group ACL in|out interface IF [per-user-override|control-plane]`, `access-group ACL global`. */
export function extractAccessGroup(c: Line, b: ConfigBuilder): void {
  const w = c.tokens.map((t) => t.text);
  const acl = w[1];
  const direction = w[2];
  if (acl !== undefined && direction === 'global' && w.length === 3) {
    b.accessGroups.push({ line: c.line, acl, direction: 'global', controlPlane: false, perUserOverride: false });
    return;
  }
  if (acl === undefined || (direction !== 'in' && direction !== 'out') || w[3] !== 'interface' || w[4] === undefined || w.length > 6) {
    b.sink.unrecognized(c.line, '', 'expected `access-group ACL in|out interface IF` or `access-group ACL global`');
    return;
  }
  const option = w[5];
  if (option !== undefined && option !== 'per-user-override' && option !== 'control-plane') {
    b.sink.unrecognized(c.line, '', `unexpected "${option}"`);
    return;
  }
  b.accessGroups.push({ line: c.line, acl, direction, interface: w[4], controlPlane: option === 'control-plane', perUserOverride: option === 'per-user-override' });
}

/** `same-security-traffic permit inter-interface|intra-interface`. */
export function extractSameSecurity(c: Line, b: ConfigBuilder): void {
  const w = c.tokens.map((t) => t.text);
  if (w.length === 3 && w[1] === 'permit' && w[2] === 'inter-interface') b.sameSecurity.inter = c.line;
  else if (w.length === 3 && w[1] === 'permit' && w[2] === 'intra-interface') b.sameSecurity.intra = c.line;
  else b.sink.unrecognized(c.line, '', 'expected `same-security-traffic permit inter-interface|intra-interface`');
}

/**
 * `route IF NETWORK MASK GATEWAY [DISTANCE] [track N] [tunneled]` and
 * `ipv6 route IF PREFIX/LEN GATEWAY [DISTANCE] [tunneled]`. ASA's default distance is 1.
 */
export function extractRoute(c: Line, b: ConfigBuilder, v6: boolean): void {
  const w = c.tokens.map((t) => t.text).slice(v6 ? 1 : 0);
  const iface = w[1];
  let prefix: Cidr | undefined;
  let k: number;
  if (v6) {
    const p = w[2] === undefined ? undefined : parseIpv6Prefix(w[2]);
    if (!p || 'error' in p) {
      b.sink.invalid(c.line, '', `${p ? p.error : 'the prefix is missing'}; the route is ignored`);
      return;
    }
    prefix = p.cidr;
    k = 3;
  } else {
    if (w[2] === undefined || w[3] === undefined) {
      b.sink.unrecognized(c.line, '', 'expected `route IF NETWORK MASK GATEWAY [DISTANCE]`');
      return;
    }
    // "0 0" is how an operator may type the default route; ASA shows it as 0.0.0.0 0.0.0.0.
    const p = parseAddressMask(w[2] === '0' ? '0.0.0.0' : w[2], w[3] === '0' ? '0.0.0.0' : w[3], b.nameTable);
    if ('error' in p) {
      b.sink.invalid(c.line, '', `${p.error}; the route is ignored`);
      return;
    }
    if (p.hostBits) b.sink.invalid(c.line, '', 'the network has host bits outside the mask; they are ignored');
    prefix = p.cidr;
    k = 4;
  }
  if (iface === undefined) return;
  const discard = iface.toLowerCase() === 'null0';
  let gateway;
  if (!discard) {
    gateway = w[k] === undefined ? undefined : parseAddress(w[k]!, b.nameTable);
    if (!gateway || gateway.family !== prefix.family) {
      b.sink.invalid(c.line, '', `"${w[k] ?? ''}" is not a gateway address of the route's family; the route is ignored`);
      return;
    }
    k++;
  }
  let distance = 1;
  const d = parseIntIn(w[k], 1, 255);
  if (d !== undefined) {
    distance = d;
    k++;
  }
  let tunneled = false;
  let track: number | undefined;
  while (k < w.length) {
    if (w[k] === 'tunneled') {
      tunneled = true;
      k++;
    } else if (w[k] === 'track' && parseIntIn(w[k + 1], 1, 500) !== undefined) {
      track = Number(w[k + 1]);
      k += 2;
    } else {
      b.sink.unrecognized(c.line, '', `unexpected "${w[k]}" in route; the route is ignored`);
      return;
    }
  }
  b.routes.push({ line: c.line, interface: discard ? 'null0' : iface, prefix, distance, tunneled, ...(gateway && { gateway }), ...(track !== undefined && { track }) });
}

/** Settings of the ssh, telnet and http servers that do not open access. */
const SERVER_SETTINGS: Readonly<Record<string, ReadonlySet<string>>> = {
  ssh: new Set(['version', 'timeout', 'key-exchange', 'cipher', 'stricthostkeycheck', 'scopy', 'stack', 'pubkey-chain', 'server', 'rekey', 'hmac', 'authentication']),
  telnet: new Set(['timeout']),
  http: new Set(['redirect', 'authentication-certificate', 'password-recovery']),
};

/** `ssh|telnet|http ADDRESS MASK IF` or `… PREFIX/LEN IF`; `http server enable [PORT]`. */
export function extractManagementHost(c: Line, b: ConfigBuilder): void {
  const w = c.tokens.map((t) => t.text);
  const service = w[0] as 'ssh' | 'telnet' | 'http';
  if (service === 'http' && w[1] === 'server') {
    if (w[2] === 'enable') {
      const port = w[3] === undefined ? 443 : parseIntIn(w[3], 1, 65535);
      if (port === undefined) b.sink.invalid(c.line, '', `"${w[3]}" is not a port; 443 is assumed`);
      b.httpServer = { line: c.line, port: port ?? 443 };
    }
    return;
  }
  if (w[1] !== undefined && SERVER_SETTINGS[service]!.has(w[1])) return;
  let source: Cidr | undefined;
  let iface: string | undefined;
  if (w.length === 4) {
    const p = parseAddressMask(w[1]!, w[2]!, b.nameTable);
    if ('error' in p) {
      b.sink.invalid(c.line, '', `${p.error}; the ${service} access is ignored`);
      return;
    }
    source = p.cidr;
    iface = w[3];
  } else if (w.length === 3 && w[1]!.includes(':')) {
    const p = parseIpv6Prefix(w[1]!.includes('/') ? w[1]! : `${w[1]}/128`);
    if ('error' in p) {
      b.sink.invalid(c.line, '', `${p.error}; the ${service} access is ignored`);
      return;
    }
    source = p.cidr;
    iface = w[2];
  } else {
    b.sink.unrecognized(c.line, '', `expected \`${service} ADDRESS MASK INTERFACE\``);
    return;
  }
  b.managementHosts.push({ line: c.line, service, source, interface: iface! });
}

/**
 * `icmp permit|deny any|host A|A MASK [TYPE] IF` (and `ipv6 icmp … PREFIX/LEN …`): rules for
 * ICMP addressed to the unit. `icmp unreachable rate-limit …` only shapes replies.
 */
export function extractIcmpRule(c: Line, b: ConfigBuilder, v6: boolean): void {
  const w = c.tokens.map((t) => t.text).slice(v6 ? 1 : 0);
  const action = w[1];
  if (action === 'unreachable') return;
  if ((action !== 'permit' && action !== 'deny') || w.length < 4) {
    b.sink.unrecognized(c.line, '', 'expected `icmp permit|deny SOURCE [TYPE] INTERFACE`');
    return;
  }
  let k = 2;
  let source: Cidr | undefined;
  if (w[k] === 'any' || w[k] === 'any4' || w[k] === 'any6') k++;
  else if (w[k] === 'host') {
    const a = w[k + 1] === undefined ? undefined : parseAddress(w[k + 1]!, b.nameTable);
    if (!a) {
      b.sink.invalid(c.line, '', `"${w[k + 1] ?? ''}" is not an address; the rule is ignored`);
      return;
    }
    source = { family: a.family, address: a.value, prefixLength: a.family === 4 ? 32 : 128 } as Cidr;
    k += 2;
  } else if (v6) {
    const p = parseIpv6Prefix(w[k]!);
    if ('error' in p) {
      b.sink.invalid(c.line, '', `${p.error}; the rule is ignored`);
      return;
    }
    source = p.cidr;
    k++;
  } else {
    const p = parseAddressMask(w[k]!, w[k + 1] ?? '', b.nameTable);
    if ('error' in p) {
      b.sink.invalid(c.line, '', `${p.error}; the rule is ignored`);
      return;
    }
    source = p.cidr;
    k += 2;
  }
  let icmpType: number | undefined;
  if (w.length - k === 2) {
    icmpType = parseIcmpType(w[k]!, v6);
    if (icmpType === undefined) {
      b.sink.unrecognized(c.line, '', `"${w[k]}" is not an ICMP type; the rule is ignored`);
      return;
    }
    k++;
  }
  if (w.length - k !== 1) {
    b.sink.unrecognized(c.line, '', 'expected `icmp permit|deny SOURCE [TYPE] INTERFACE`');
    return;
  }
  b.icmpRules.push({ line: c.line, action, family: v6 ? 6 : 4, interface: w[k]!, ...(source && { source }), ...(icmpType !== undefined && { icmpType }) });
}

/**
 * `username NAME password SECRET [pbkdf2|encrypted|nt-encrypted] [privilege N]`,
 * `username NAME nopassword [privilege N]`, and the `username NAME attributes` block, whose
 * settings (service-type, ssh public key …) are ignored. The secret is never read.
 */
export function extractUsername(st: Statement, b: ConfigBuilder): void {
  const w = st.tokens.map((t) => t.text);
  const name = w[1];
  if (name === undefined) {
    b.sink.unrecognized(st.line, '', 'expected `username NAME …`');
    return;
  }
  if (w[2] === 'attributes') return;
  const p = w.indexOf('privilege');
  const privilege = p < 0 ? 2 : parseIntIn(w[p + 1], 0, 15);
  if (privilege === undefined) b.sink.invalid(st.line, '', 'privilege must be a number from 0 to 15; 2 (the default) is assumed');
  if (w[2] !== 'password' && w[2] !== 'nopassword' && w[2] !== 'privilege') {
    b.sink.unrecognized(st.line, '', 'expected `username NAME password … | nopassword`');
    return;
  }
  b.users.push({ line: st.line, name, privilege: privilege ?? 2, nopassword: w[2] === 'nopassword' });
}

/** `name ADDRESS NAME [description TEXT]`. */
export function extractNameAlias(c: Line, b: ConfigBuilder): void {
  const address = word(c, 1) === '' ? undefined : parseAddress(word(c, 1), new Map());
  const alias = word(c, 2);
  if (!address || alias === '') {
    b.sink.invalid(c.line, '', 'expected `name ADDRESS NAME`; the alias is ignored');
    return;
  }
  b.names.push({ name: alias, address, line: c.line });
  b.nameTable.set(alias, address);
}
