import { parseVersionLine } from './detect.js';
import { ConfigBuilder } from './builder.js';
import { extractAccessList } from './extract-acl.js';
import { extractAccessGroup, extractIcmpRule, extractManagementHost, extractNameAlias, extractRoute, extractSameSecurity, extractUsername } from './extract-commands.js';
import { extractObjectGroup } from './extract-groups.js';
import { extractInterface } from './extract-interfaces.js';
import { extractTwiceNat } from './extract-nat.js';
import { extractObject } from './extract-objects.js';
import { IGNORED_COMMANDS, IGNORED_NEGATIONS } from './ignored-commands.js';
import type { SourceText } from '../common/source-text.js';
import { type Statement, type StatementList, head, word } from './statements.js';
import type { AsaConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * Lines → typed ASA configuration. This step knows ASA commands, their syntax and defaults,
 * but nothing of the neutral model. Each top-level command is read once, in file order.
 */
export function extractAsa(list: StatementList, source: SourceText, sink: WarningSink): AsaConfig {
  const b = new ConfigBuilder(sink);
  for (const line of list.orphans) sink.unrecognized(line.line, '', 'an indented line outside any block');
  for (const n of list.comments) {
    const t = source.lineText(n).trim();
    if (t === ': end') b.complete = true;
  }
  for (const st of list.statements) dispatch(st, b);
  const last = source.lineCount;
  if (!b.complete && b.header && last > 0) {
    sink.unrecognized(last, '', 'the file ends without `: end`, which closes every running-config: it looks truncated, and whatever followed this line is missing');
  }
  return build(b);
}

function dispatch(st: Statement, b: ConfigBuilder): void {
  const key = word(st, 0);
  switch (key) {
    case 'ASA': {
      const v = parseVersionLine(st.text);
      if (v) b.header = { line: st.line, ...v };
      else b.sink.unrecognized(st.line, '', 'expected `ASA Version X`');
      return childrenUnexpected(st, b);
    }
    case 'hostname':
    case 'domain-name': {
      const name = word(st, 1);
      if (name === '' || st.tokens.length !== 2) b.sink.unrecognized(st.line, '', `expected \`${key} NAME\``);
      else if (key === 'hostname') b.hostname = { name, line: st.line };
      else b.domainName = { name, line: st.line };
      return childrenUnexpected(st, b);
    }
    case 'interface':
      return extractInterface(st, b);
    case 'object':
      return extractObject(st, b);
    case 'object-group':
      return extractObjectGroup(st, b);
    case 'access-list':
      extractAccessList(st, b);
      return childrenUnexpected(st, b);
    case 'access-group':
      extractAccessGroup(st, b);
      return childrenUnexpected(st, b);
    case 'same-security-traffic':
      extractSameSecurity(st, b);
      return childrenUnexpected(st, b);
    case 'nat':
      extractTwiceNat(st, b);
      return childrenUnexpected(st, b);
    case 'route':
      extractRoute(st, b, false);
      return childrenUnexpected(st, b);
    case 'ipv6':
      if (head(st, 2) === 'ipv6 route') extractRoute(st, b, true);
      else if (head(st, 2) === 'ipv6 icmp') extractIcmpRule(st, b, true);
      else if (head(st, 2) === 'ipv6 access-list') b.sink.unsupported(st.line, '', 'pre-9.0 IPv6 access lists are not modelled; use unified access-list entries');
      return;
    case 'ssh':
    case 'telnet':
    case 'http':
      extractManagementHost(st, b);
      return childrenUnexpected(st, b);
    case 'icmp':
      extractIcmpRule(st, b, false);
      return childrenUnexpected(st, b);
    case 'logging':
      // Only what decides whether connections reach a syslog host; the rest changes nothing.
      if (word(st, 1) === 'enable') b.logging.enabled = true;
      else if (word(st, 1) === 'trap' && word(st, 2) !== '') b.logging.trap = word(st, 2);
      else if (word(st, 1) === 'host') b.logging.hosts++;
      return;
    case 'management-access':
      if (st.tokens.length !== 2) b.sink.unrecognized(st.line, '', 'expected `management-access INTERFACE`');
      else b.managementAccess = { name: word(st, 1), line: st.line };
      return childrenUnexpected(st, b);
    case 'username':
      return extractUsername(st, b);
    case 'enable':
      if (word(st, 1) === 'password') b.enablePassword = st.line;
      else b.sink.unrecognized(st.line, '', 'expected `enable password …`');
      return;
    case 'name':
      extractNameAlias(st, b);
      return childrenUnexpected(st, b);
    case 'time-range':
      if (word(st, 1) === '') b.sink.unrecognized(st.line, '', 'expected `time-range NAME`');
      else b.timeRanges.push({ name: word(st, 1), line: st.line });
      return;
    case 'firewall':
      if (word(st, 1) === 'transparent') {
        b.transparent = st.line;
        b.sink.unsupported(st.line, '', 'transparent (bridging) mode is not modelled: the unit is analysed as a routed firewall, which it is not');
      }
      return;
    case 'router':
      b.sink.unsupported(st.line, '', `dynamic routing (${head(st, 2)}) is not modelled: routes learned from it are missing, so traffic that needs them reads as unroutable`);
      return;
    case 'mode':
    case 'context':
      b.sink.unsupported(st.line, '', 'this is the system execution space of a multiple-context unit; each security context has its own configuration file, which is what sansou reads');
      return;
    case 'zone':
      b.sink.unsupported(st.line, '', 'traffic zones are not modelled: each member interface is treated on its own');
      return;
    case 'wccp':
      b.sink.unsupported(st.line, '', 'WCCP redirection is not modelled: redirected traffic is analysed as if it were forwarded normally');
      return;
    case 'no':
      if (word(st, 1) === 'logging' && word(st, 2) === 'message' && word(st, 3) !== '') b.logging.disabledMessages.push(word(st, 3));
      if (IGNORED_COMMANDS.has(word(st, 1)) || IGNORED_NEGATIONS.has(word(st, 1))) return;
      b.sink.unrecognized(st.line, '', 'unknown command');
      return childrenUnrecognized(st, b);
    default:
      if (key === 'crypto') return cryptoCommand(st, b);
      // `Cryptochecksum:0123…` closes a running-config, its value glued to the keyword.
      if (key.startsWith('Cryptochecksum:')) return;
      if (IGNORED_COMMANDS.has(key)) return;
      b.sink.unrecognized(st.line, '', 'unknown command');
      return childrenUnrecognized(st, b);
  }
}

/** Crypto is ignored, but certificate bodies are hidden and crypto maps on interfaces noted. */
function cryptoCommand(st: Statement, b: ConfigBuilder): void {
  if (head(st, 4) === 'crypto ca certificate chain') for (const c of st.children) b.sink.hide(c.line);
  const w = st.tokens.map((t) => t.text);
  if (w[1] === 'map' && w[3] === 'interface' && w[4] !== undefined) {
    b.sink.unsupported(st.line, '', `IPsec VPN on interface ${w[4]} is not modelled: traffic through the tunnels is not analysed`);
  }
}

/** A single-line command with indented lines under it: those lines belong to nothing. */
function childrenUnexpected(st: Statement, b: ConfigBuilder): void {
  for (const c of st.children) b.sink.unrecognized(c.line, st.text, 'an indented line under a command that has no sub-commands');
}

function childrenUnrecognized(st: Statement, b: ConfigBuilder): void {
  for (const c of st.children) b.sink.unrecognized(c.line, st.text, 'inside a block that was not understood');
}

function build(b: ConfigBuilder): AsaConfig {
  return {
    ...(b.header && { header: b.header }),
    ...(b.hostname && { hostname: b.hostname }),
    ...(b.domainName && { domainName: b.domainName }),
    complete: b.complete,
    ...(b.transparent !== undefined && { transparent: b.transparent }),
    names: b.names,
    interfaces: b.interfaces,
    networkObjects: [...b.networkObjects.values()],
    serviceObjects: [...b.serviceObjects.values()],
    networkGroups: [...b.networkGroups.values()],
    serviceGroups: [...b.serviceGroups.values()],
    protocolGroups: [...b.protocolGroups.values()],
    icmpGroups: [...b.icmpGroups.values()],
    timeRanges: b.timeRanges,
    accessLists: [...b.accessLists.values()].map((a) => ({ name: a.name, line: a.line, entries: a.entries })),
    accessGroups: b.accessGroups,
    sameSecurity: { ...b.sameSecurity },
    nats: b.nats,
    routes: b.routes,
    managementHosts: b.managementHosts,
    ...(b.httpServer && { httpServer: b.httpServer }),
    icmpRules: b.icmpRules,
    ...(b.managementAccess && { managementAccess: b.managementAccess }),
    logging: b.logging,
    users: b.users,
    ...(b.enablePassword !== undefined && { enablePassword: b.enablePassword }),
  };
}
