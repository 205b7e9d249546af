import { ConfigBuilder } from './config-builder.js';
import { type Command, type Extraction, type Scope, TOP, syntax, unrecognized, unsupported } from './extract-context.js';
import { extractIpFilter } from './extract-filters.js';
import {
  extractCarrier,
  extractDescription,
  extractEnable,
  extractIpInterface,
  extractLanShutdown,
  extractPpSelect,
  extractTunnelSelect,
  extractVlan,
} from './extract-interfaces.js';
import { extractLoginUser, extractPrompt, extractServer, extractSnmpHost, extractUserAttribute } from './extract-management.js';
import { extractNat } from './extract-nat.js';
import { extractRoute } from './extract-routes.js';
import { IGNORED_IP_GLOBAL, IGNORED_PP, IGNORED_TOP, IGNORED_TUNNEL } from './ignored-commands.js';
import { interfaceKind } from './interface-names.js';
import type { Statement } from './statements.js';
import { tokenize } from './tokenize.js';
import type { RtxConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * Reads the statements of a `show config` export into the typed RTX configuration. Scope is
 * tracked by `pp select` / `tunnel select` (not by indentation, which hand-edited files lose);
 * every statement is either understood, deliberately ignored, or reported.
 */
export function extractRtx(statements: readonly Statement[], sink: WarningSink): RtxConfig {
  const b = new ConfigBuilder();
  const x: Extraction = { b, sink };
  let scope: Scope = TOP;
  for (const st of statements) {
    if (st.text.startsWith('#')) {
      readComment(b, st);
      continue;
    }
    if (isPromptOrPager(st.text)) continue;
    const { words, unclosedQuote } = tokenize(st.text);
    const c: Command = { st, words, lower: words.map((w) => w.toLowerCase()), scope };
    if (unclosedQuote) {
      unrecognized(x, c, 'a quote opens and never closes (the line looks truncated); the command is ignored');
      continue;
    }
    scope = dispatch(x, c) ?? scope;
  }
  return b.build();
}

/** Handles one command; returns the new scope when the command changes it. */
function dispatch(x: Extraction, c: Command): Scope | undefined {
  const [first, second] = c.lower;
  switch (first) {
    case 'ip':
      return void extractIp(x, c);
    case 'ipv6':
      return void extractIpv6(x, c);
    case 'description':
      return void extractDescription(x, c);
    case 'vlan':
      return second === 'port' ? undefined : void extractVlan(x, c);
    case 'lan':
      return second === 'shutdown' ? void extractLanShutdown(x, c) : void ignoredOrUnknown(x, c);
    case 'pp':
      if (second === 'select') return extractPpSelect(x, c);
      if (second === 'enable' || second === 'disable') return void extractEnable(x, c, 'pp');
      if (second === 'bind') return void extractCarrier(x, c);
      return IGNORED_PP.has(second ?? '') ? undefined : void unrecognized(x, c, `unknown pp setting "${c.words[1] ?? ''}"; the command is ignored`);
    case 'pppoe':
      return second === 'use' ? void extractCarrier(x, c) : undefined;
    case 'tunnel':
      if (second === 'select') return extractTunnelSelect(x, c);
      if (second === 'enable' || second === 'disable') return void extractEnable(x, c, 'tunnel');
      return IGNORED_TUNNEL.has(second ?? '') ? undefined : void unrecognized(x, c, `unknown tunnel setting "${c.words[1] ?? ''}"; the command is ignored`);
    case 'nat':
      return void extractNat(x, c);
    case 'telnetd':
    case 'httpd':
    case 'sshd':
    case 'tftp':
      return void extractServer(x, c);
    case 'snmp':
    case 'snmpv2c':
    case 'snmpv3':
      return second === 'host' ? void extractSnmpHost(x, c) : void ignoredOrUnknown(x, c);
    case 'login':
      return second === 'user' ? void extractLoginUser(x, c) : void ignoredOrUnknown(x, c);
    case 'user':
      return second === 'attribute' ? void extractUserAttribute(x, c) : void unrecognized(x, c, 'unknown command; it is ignored');
    case 'console':
      return second === 'prompt' ? void extractPrompt(x, c) : void ignoredOrUnknown(x, c);
    case 'rip':
    case 'ospf':
    case 'bgp':
      if (second === 'use' && c.lower[2] === 'on') {
        unsupported(x, c, `${first.toUpperCase()} is on, but dynamic routing is not modelled: only connected and static routes are used, so learned paths are absent`);
      }
      return undefined;
    case 'bridge':
      if (second === 'member') unsupported(x, c, 'bridged member interfaces switch frames between them; layer-2 forwarding is not modelled, only the bridge interface routes');
      return undefined;
    case 'ethernet':
      if (interfaceKind(second ?? '') !== undefined && c.lower[2] === 'filter') {
        unsupported(x, c, 'Ethernet (layer-2) filters are not modelled: what they discard is treated as passing, so the model permits more');
      }
      return undefined;
    case 'url':
      if (c.lower[2] === 'filter') unsupported(x, c, 'URL filters are not modelled: what they block is treated as passing, so the model permits more');
      return undefined;
    case 'no':
      return void unrecognized(x, c, '`show config` never writes `no` commands; the line is not applied');
    default:
      return void ignoredOrUnknown(x, c);
  }
}

function extractIp(x: Extraction, c: Command): void {
  const second = c.lower[1];
  if (second === undefined) return syntax(x, c, 'ip …');
  if (second === 'route') return extractRoute(x, c);
  if (second === 'filter') return extractIpFilter(x, c);
  if (second === 'routing') {
    if (c.lower[2] === 'process') return;
    if ((c.lower[2] !== 'on' && c.lower[2] !== 'off') || c.words.length !== 3) return syntax(x, c, 'ip routing on|off');
    x.b.routing = { on: c.lower[2] === 'on', line: c.st.line };
    return;
  }
  if (second === 'icmp') {
    if (c.lower[2] === 'echo-reply' && c.lower[3] === 'send' && (c.lower[4] === 'on' || c.lower[4] === 'off')) {
      x.b.echoReply = { on: c.lower[4] === 'on', line: c.st.line };
    }
    return;
  }
  if (second === 'forward') {
    return unsupported(x, c, 'policy forwarding (`ip forward filter`) is not modelled: packets follow the routing table in the model');
  }
  if (second === 'policy') {
    return unsupported(x, c, 'policy filters are not modelled: what they discard is treated as passing, so the model permits more');
  }
  if (second === 'pp' || second === 'tunnel' || interfaceKind(second) !== undefined) return extractIpInterface(x, c);
  if (IGNORED_IP_GLOBAL.has(second)) return;
  return unrecognized(x, c, `unknown command \`ip ${c.words[1]}\`; it is ignored`);
}

/** IPv6 is not modelled; the lines that would carry IPv6 traffic say so, the rest is ignored. */
function extractIpv6(x: Extraction, c: Command): void {
  const second = c.lower[1] ?? '';
  const onInterface = second === 'pp' || second === 'tunnel' || interfaceKind(second) !== undefined;
  const third = c.lower[2];
  if (second === 'route' || (onInterface && (third === 'address' || third === 'secure'))) {
    unsupported(x, c, 'IPv6 is not modelled: the device has no IPv6 address, route or filter in the model, so IPv6 paths through it are absent');
  }
}

function ignoredOrUnknown(x: Extraction, c: Command): void {
  const [first, second] = c.lower;
  const ignored = IGNORED_TOP.get(first ?? '');
  if (ignored === '*' || (ignored !== undefined && ignored.has(second ?? ''))) return;
  unrecognized(x, c, ignored ? `unknown \`${first}\` setting "${c.words[1] ?? ''}"; the command is ignored` : `unknown command "${c.words[0]}"; it is ignored`);
}

const HEADER = /^#\s*((?:RTX|NVR|RT|vRX|FWX)[A-Za-z0-9-]*(?:\s+[A-Za-z][A-Za-z0-9-]*){0,3})\s+Rev\.([0-9][0-9.]*)/;

/** `# RTX1220 Rev.15.04.04 (…)` gives the model and revision; other comments are skipped. */
function readComment(b: ConfigBuilder, st: Statement): void {
  if (b.header) return;
  const m = HEADER.exec(st.text);
  if (m) b.header = { line: st.line, model: m[1]!, revision: m[2]!.replace(/\.$/, '') };
}

/** Console captures carry the prompt line (`> show config`) and pager markers (`---つづく---`). */
function isPromptOrPager(text: string): boolean {
  if (text.startsWith('>')) return true;
  if (/^\[[^\]]*\]\s*[>#]/.test(text)) return true;
  return /^-{2,}\s*(more|つづく|続く)/i.test(text);
}
