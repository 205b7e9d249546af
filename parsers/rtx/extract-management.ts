import type { ConfigBuilder } from './config-builder.js';
import { type Command, type Extraction, invalid, parseNumber, syntax, unrecognized } from './extract-context.js';
import { IGNORED_TOP } from './ignored-commands.js';
import { interfaceKind } from './interface-names.js';
import { parseAddress, parseAddressRange } from './ipv4-values.js';
import { unquote } from './tokenize.js';
import type { HostItem, RtxServer } from './vendor-config.js';

type Server = { -readonly [K in keyof RtxServer]: RtxServer[K] };

/** `telnetd|httpd|sshd|tftp service|host|listen …`. */
export function extractServer(x: Extraction, c: Command): void {
  const name = c.lower[0] as 'telnetd' | 'httpd' | 'sshd' | 'tftp';
  const server: Server = serverOf(x.b, name);
  const what = c.lower[1];
  if (what === 'service' && name !== 'tftp') {
    if ((c.lower[2] !== 'on' && c.lower[2] !== 'off') || c.words.length !== 3) return syntax(x, c, `${name} service on|off`);
    server.service = { on: c.lower[2] === 'on', line: c.st.line };
    return;
  }
  if (what === 'host') {
    // `sshd host key generate …` holds the encrypted host key: never read, never stored.
    if (name === 'sshd' && c.lower[2] === 'key') return;
    const items = parseHostItems(x, c, c.words.slice(2));
    if (items) server.hosts = { items, line: c.st.line };
    return;
  }
  if (what === 'listen' && name !== 'tftp') {
    const port = parseNumber(c.words[2], 65535);
    if (port === undefined || port < 1 || c.words.length !== 3) return syntax(x, c, `${name} listen PORT`);
    server.port = { value: port, line: c.st.line };
    return;
  }
  const ignored = IGNORED_TOP.get(name);
  if (ignored !== undefined && ignored !== '*' && ignored.has(what ?? '')) return;
  return unrecognized(x, c, `unknown ${name} setting "${c.words[1] ?? ''}"; the command is ignored`);
}

function serverOf(b: ConfigBuilder, name: 'telnetd' | 'httpd' | 'sshd' | 'tftp'): Server {
  return name === 'telnetd' ? b.telnetd : name === 'httpd' ? b.httpd : name === 'sshd' ? b.sshd : b.tftp;
}

/** `snmp host HOST [RO [RW]]`, `snmpv2c host …`, `snmpv3 host HOST user ID…`; community names are not kept. */
export function extractSnmpHost(x: Extraction, c: Command): void {
  const version = c.lower[0] === 'snmp' ? 'v1' : c.lower[0] === 'snmpv2c' ? 'v2c' : 'v3';
  const host = c.words[2];
  if (host === undefined) return syntax(x, c, `${c.words[0]} host HOST …`);
  const items = parseHostItems(x, c, [host]);
  if (items) x.b.snmp.push({ version, items, line: c.st.line });
}

/** `login user NAME …`: the name only; what follows is the password or its hash. */
export function extractLoginUser(x: Extraction, c: Command): void {
  const name = c.words[2];
  if (name === undefined) return syntax(x, c, 'login user NAME [PASSWORD]');
  x.b.loginUser(name, c.st.line);
}

/** `user attribute [USER] ATTR=VALUE…`: the `host=` restriction is kept per user. */
export function extractUserAttribute(x: Extraction, c: Command): void {
  const words = c.words.slice(2);
  const user = words[0] !== undefined && !words[0].includes('=') ? words.shift()! : '(anonymous)';
  if (words.length === 0 || !words.every((w) => w.includes('='))) return syntax(x, c, 'user attribute [USER] ATTRIBUTE=VALUE…');
  const host = words.find((w) => w.toLowerCase().startsWith('host='));
  if (host === undefined) return;
  const items = parseHostItems(x, c, [host.slice(5)]);
  if (items) x.b.userHosts(user, items, c.st.line);
}

/** `console prompt TEXT`: kept for display. */
export function extractPrompt(x: Extraction, c: Command): void {
  x.b.prompt = { text: c.words.slice(2).map(unquote).join(' '), line: c.st.line };
}

/**
 * Host restrictions: `any`, `none`, `lan`, addresses, `A-B` ranges and interface names
 * (lanN, lanN/M, vlanN, bridgeN, wanN), blank or comma separated. An unreadable item is
 * left out with a warning; the others still apply.
 */
export function parseHostItems(x: Extraction, c: Command, words: readonly string[]): HostItem[] | undefined {
  const items: HostItem[] = [];
  const values = words.flatMap((w) => w.split(',')).filter((w) => w !== '');
  if (values.length === 0) {
    syntax(x, c, `${c.words[0]} host any|none|lan|ADDRESS…`);
    return undefined;
  }
  for (const raw of values) {
    const v = raw.toLowerCase();
    if (v === 'any' || v === 'none' || v === 'lan') items.push({ kind: v });
    else if (interfaceKind(v) !== undefined) items.push({ kind: 'interface', name: v });
    else {
      const single = parseAddress(v);
      const range = single === undefined ? parseAddressRange(v) : ([single, single] as const);
      if (range) items.push({ kind: 'range', first: range[0], last: range[1] });
      else invalid(x, c, `"${raw}" is neither an address, a range nor an interface; it is left out of the host list`);
    }
  }
  return items;
}
