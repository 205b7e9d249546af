import type { ConfigNode } from './config-tree.js';
import type { IosSnmpCommunity, IosSnmpGroup, IosUser, IosVtyLine, NameRef } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** Line sub-commands that do not change who may connect (secrets among them are never read). */
const LINE_NOISE = new Set([
  'login',
  'password',
  'exec-timeout',
  'logging',
  'length',
  'width',
  'privilege',
  'session-timeout',
  'absolute-timeout',
  'stopbits',
  'rotary',
  'authorization',
  'accounting',
  'escape-character',
  'history',
  'exec',
  'autoselect',
  'location',
  'motd-banner',
  'exec-banner',
  'session-limit',
  'timeout',
  'speed',
  'flowcontrol',
  'modem',
  'databits',
  'parity',
  'terminal-type',
  'vacant-message',
  'activation-character',
  'international',
  'notify',
  'refuse-message',
]);

/** `line vty A [B]`: `transport input …` and `access-class ACL in [vrf-also]`. */
export function extractVtyLine(node: ConfigNode, sink: WarningSink): IosVtyLine | undefined {
  const first = Number(node.words[2]);
  const last = node.words[3] === undefined ? first : Number(node.words[3]);
  if (!Number.isInteger(first) || !Number.isInteger(last) || node.words.length > 4) {
    sink.unrecognized(node.line, '', 'expected "line vty FIRST [LAST]"');
    return undefined;
  }
  const context = `line vty ${node.words.slice(2).join(' ')}`;
  let transportInput: IosVtyLine['transportInput'];
  let accessClassIn: IosVtyLine['accessClassIn'];
  for (const child of node.children) {
    const k = child.words.map((x) => x.toLowerCase());
    const noForm = k[0] === 'no';
    const body = noForm ? k.slice(1) : k;
    if (body[0] === 'transport' && body[1] === 'input') {
      const protocols = noForm ? ['none'] : body.slice(2);
      if (protocols.length === 0) sink.unrecognized(child.line, context, 'transport input without a protocol');
      else transportInput = { protocols, line: child.line };
    } else if (body[0] === 'access-class' && !noForm) {
      const acl = child.words[1];
      const dir = k[2];
      if (acl === undefined || (dir !== 'in' && dir !== 'out')) sink.unrecognized(child.line, context, 'expected "access-class ACL in|out [vrf-also]"');
      else if (dir === 'in') accessClassIn = { name: acl, line: child.line, vrfAlso: k.includes('vrf-also') };
    } else if (body[0] === 'ipv6' && body[1] === 'access-class') {
      sink.unsupported(child.line, context, 'IPv6 access-class is not modelled: IPv6 connections to the vty lines are treated as allowed from anywhere');
    } else if (body[0] === 'transport' || LINE_NOISE.has(body[0] ?? '')) {
      // transport output/preferred and session settings
    } else sink.unrecognized(child.line, context, `unknown line command "${child.text}"`);
  }
  return {
    line: node.line,
    context,
    first,
    last,
    ...(transportInput ? { transportInput } : {}),
    ...(accessClassIn ? { accessClassIn } : {}),
  };
}

/**
 * `snmp-server community STRING [view V] [RO|RW] [ipv6 ACL6] [ACL]`. The community string is
 * the password of SNMP v1/v2c: it is skipped, never copied.
 */
export function extractSnmpCommunity(node: ConfigNode, sink: WarningSink): IosSnmpCommunity | undefined {
  const w = node.words;
  if (w[2] === undefined) {
    sink.unrecognized(node.line, 'snmp-server', 'SNMP community line without its string');
    return undefined;
  }
  let access: 'RO' | 'RW' = 'RO';
  let acl: string | undefined;
  for (let i = 3; i < w.length; i++) {
    const k = w[i]!.toLowerCase();
    if (k === 'ro') access = 'RO';
    else if (k === 'rw') access = 'RW';
    else if (k === 'view' || k === 'ipv6') i++;
    else if (acl === undefined) acl = w[i];
    else {
      sink.unrecognized(node.line, 'snmp-server', 'unexpected word after the SNMP access list');
      return undefined;
    }
  }
  return { line: node.line, context: 'snmp-server', access, ...(acl !== undefined ? { acl } : {}) };
}

/** `snmp-server group NAME {v1|v2c|v3 LEVEL} [read V] [write V] [notify V] [access [ipv6 N] ACL]`. */
export function extractSnmpGroup(node: ConfigNode, sink: WarningSink): IosSnmpGroup | undefined {
  const w = node.words;
  const name = w[2];
  const version = w[3]?.toLowerCase();
  if (name === undefined || (version !== 'v1' && version !== 'v2c' && version !== 'v3')) {
    sink.unrecognized(node.line, 'snmp-server', 'expected "snmp-server group NAME v1|v2c|v3 …"');
    return undefined;
  }
  let i = 4;
  let level: IosSnmpGroup['level'];
  if (version === 'v3') {
    const l = w[4]?.toLowerCase();
    if (l === 'auth' || l === 'noauth' || l === 'priv') {
      level = l;
      i = 5;
    }
  }
  let acl: string | undefined;
  for (; i < w.length; i++) {
    const k = w[i]!.toLowerCase();
    if (k === 'read' || k === 'write' || k === 'notify' || k === 'context' || k === 'match') i++;
    else if (k === 'access') {
      if (w[i + 1]?.toLowerCase() === 'ipv6') i += 2;
      acl = w[i + 1];
      i++;
    }
  }
  return { line: node.line, context: 'snmp-server', name, version, ...(level ? { level } : {}), ...(acl !== undefined ? { acl } : {}) };
}

/** `username NAME [privilege N] …`: the name and level only; secrets on the line are skipped. */
export function extractUser(node: ConfigNode, sink: WarningSink): IosUser | undefined {
  const name = node.words[1];
  if (name === undefined) {
    sink.unrecognized(node.line, '', 'username without a name');
    return undefined;
  }
  const at = node.words.findIndex((x) => x.toLowerCase() === 'privilege');
  const privilege = at >= 0 ? Number(node.words[at + 1]) : 1;
  if (at >= 0 && !(Number.isInteger(privilege) && privilege >= 0 && privilege <= 15)) {
    sink.invalid(node.line, '', 'privilege level must be 0 to 15; the default 1 is assumed');
    return { name, line: node.line, context: '', privilege: 1 };
  }
  return { name, line: node.line, context: '', privilege };
}

/** `ip http …` settings that open or restrict the web server. */
export interface HttpSettings {
  server?: { line: number };
  secureServer?: { line: number };
  port: number;
  securePort: number;
  accessClass?: NameRef;
}

/** Returns false when the `ip http` command is not one that matters here. */
export function extractHttp(node: ConfigNode, http: HttpSettings, sink: WarningSink): boolean {
  const k = node.words.map((x) => x.toLowerCase());
  const off = k[0] === 'no';
  const body = off ? k.slice(1) : k;
  if (body[0] !== 'ip' || body[1] !== 'http') return false;
  if (body[2] === 'server' && body.length === 3) {
    if (off) delete http.server;
    else http.server = { line: node.line };
    return true;
  }
  if (body[2] === 'secure-server' && body.length === 3) {
    if (off) delete http.secureServer;
    else http.secureServer = { line: node.line };
    return true;
  }
  if ((body[2] === 'port' || body[2] === 'secure-port') && !off) {
    const n = Number(body[3]);
    if (!Number.isInteger(n) || n < 1 || n > 65535) sink.invalid(node.line, '', `bad HTTP port "${body[3] ?? ''}"; the default is kept`);
    else if (body[2] === 'port') http.port = n;
    else http.securePort = n;
    return true;
  }
  if (body[2] === 'access-class' && !off) {
    const name = node.words[body[3] === 'ipv4' ? 4 : 3];
    if (name === undefined) sink.unrecognized(node.line, '', 'ip http access-class without an access list');
    else http.accessClass = { name, line: node.line };
    return true;
  }
  return false;
}
