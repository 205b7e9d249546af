import type { InterfaceDraft } from './config-builder.js';
import { type Command, type Extraction, type Scope, TOP, invalid, parseNumber, syntax, unrecognized, unsupported } from './extract-context.js';
import { parseFilterBinding } from './extract-filters.js';
import { parseNatBinding } from './extract-nat.js';
import { IGNORED_IP_INTERFACE } from './ignored-commands.js';
import { interfaceKind } from './interface-names.js';
import { parseAddress, parseMask } from './ipv4-values.js';
import { unquote } from './tokenize.js';

/**
 * `ip IF …` for a LAN-side interface (words[1] is its name), and `ip pp …` / `ip tunnel …`
 * for the interface of the current select block. Addresses, secure filters, NAT descriptors
 * and rebound are read; interface details that do not change forwarding are ignored.
 */
export function extractIpInterface(x: Extraction, c: Command): void {
  const target = c.lower[1]!;
  let iface: InterfaceDraft | undefined;
  if (target === 'pp' || target === 'tunnel') {
    iface = selected(x, c, target);
    if (!iface) return;
  } else {
    iface = x.b.iface(target, interfaceKind(target)!, c.st.line);
  }
  const what = c.lower[2];
  switch (what) {
    case 'address':
      return readAddress(x, c, iface, 3, false);
    case 'secondary':
      if (c.lower[3] !== 'address') return syntax(x, c, `ip ${c.words[1]} secondary address ADDRESS/MASK`);
      return readAddress(x, c, iface, 4, true);
    case 'secure':
      return readSecureFilter(x, c, iface);
    case 'nat':
      if (c.lower[3] !== 'descriptor') return syntax(x, c, `ip ${c.words[1]} nat descriptor N…`);
      return readNat(x, c, iface);
    case 'rebound':
      if (c.lower[3] !== 'on' && c.lower[3] !== 'off') return syntax(x, c, `ip ${c.words[1]} rebound on|off`);
      iface.rebound = { on: c.lower[3] === 'on', line: c.st.line };
      return;
    case undefined:
      return syntax(x, c, `ip ${c.words[1]} SETTING …`);
    default:
      if (IGNORED_IP_INTERFACE.has(what)) return;
      return unrecognized(x, c, `unknown interface setting "${c.words[2]}"; the command is ignored`);
  }
}

function selected(x: Extraction, c: Command, kind: 'pp' | 'tunnel'): InterfaceDraft | undefined {
  if (c.scope.kind === kind && c.scope.iface) return c.scope.iface;
  invalid(x, c, `\`ip ${kind} …\` applies to the ${kind} chosen by \`${kind} select\`, and none is selected here; the command is ignored`);
  return undefined;
}

function readAddress(x: Extraction, c: Command, iface: InterfaceDraft, at: number, secondary: boolean): void {
  const value = c.words[at];
  if (value === undefined) return syntax(x, c, `ip ${c.words[1]} ${secondary ? 'secondary ' : ''}address ADDRESS/MASK`);
  if (value.toLowerCase() === 'dhcp') {
    iface.dhcp = c.st.line;
    return;
  }
  const slash = value.indexOf('/');
  const address = parseAddress(slash < 0 ? value : value.slice(0, slash));
  // pp addresses may omit the mask (a host address); LAN addresses need it.
  const prefixLength = slash < 0 ? (iface.kind === 'pp' ? 32 : undefined) : parseMask(value.slice(slash + 1));
  if (address === undefined || prefixLength === undefined) {
    return invalid(x, c, `bad interface address "${value}"; ${iface.name} is left without it`);
  }
  const rest = c.lower.slice(at + 1);
  if (rest.length > 0 && !(rest[0] === 'broadcast' && rest.length === 2 && parseAddress(rest[1]!) !== undefined)) {
    return syntax(x, c, `ip ${c.words[1]} address ADDRESS/MASK [broadcast ADDRESS]`);
  }
  const entry = { address, prefixLength, secondary, line: c.st.line };
  // An interface has one primary and one secondary address: setting either again replaces it.
  const kept = iface.addresses.filter((a) => a.secondary !== secondary);
  iface.addresses = secondary ? [...kept, entry] : [entry, ...kept];
}

function readSecureFilter(x: Extraction, c: Command, iface: InterfaceDraft): void {
  const direction = c.lower[4];
  if (c.lower[3] !== 'filter') return syntax(x, c, `ip ${c.words[1]} secure filter in|out N… [dynamic N…]`);
  if (direction === 'name') {
    const name = c.words[5];
    if (name === undefined || c.words.length > 6) return syntax(x, c, `ip ${c.words[1]} secure filter name SET`);
    // A named set replaces both directions' lists.
    x.b.setBinding(iface, 'in', { kind: 'set', line: c.st.line, name });
    x.b.setBinding(iface, 'out', { kind: 'set', line: c.st.line, name });
    return;
  }
  if (direction !== 'in' && direction !== 'out') return syntax(x, c, `ip ${c.words[1]} secure filter in|out N… [dynamic N…]`);
  const binding = parseFilterBinding(x, c, 5);
  if (binding) x.b.setBinding(iface, direction, binding);
}

function readNat(x: Extraction, c: Command, iface: InterfaceDraft): void {
  const binding = parseNatBinding(x, c, 4);
  if (!binding) return;
  if (binding.reverse.length > 0) {
    unsupported(x, c, 'NAT descriptors after `reverse` translate the opposite direction and are not modelled: their translations are absent from the model');
  }
  x.b.setNatBinding(iface, binding);
}

/** `description IF TEXT`, `description pp TEXT`, `description tunnel TEXT`, `description N TEXT` (system). */
export function extractDescription(x: Extraction, c: Command): void {
  const target = c.lower[1];
  if (target === undefined || c.words.length < 3) return syntax(x, c, 'description INTERFACE|pp|tunnel|ID TEXT');
  const text = c.words.slice(2).map(unquote).join(' ');
  if (parseNumber(target) !== undefined) return;
  let iface: InterfaceDraft | undefined;
  if (target === 'pp' || target === 'tunnel') iface = selected(x, c, target);
  else if (interfaceKind(target)) iface = x.b.iface(target, interfaceKind(target)!, c.st.line);
  else return unrecognized(x, c, `"${c.words[1]}" is not an interface name; the description is ignored`);
  if (iface) iface.description = { text, line: c.st.line };
}

/** `vlan lan1/2 802.1q vid N` defines a tagged VLAN interface. */
export function extractVlan(x: Extraction, c: Command): void {
  const name = c.lower[1]!;
  const vid = parseNumber(c.lower[4], 4094);
  if (interfaceKind(name) !== 'tagged-vlan' || c.lower[2] !== '802.1q' || c.lower[3] !== 'vid' || vid === undefined || vid < 1) {
    return syntax(x, c, 'vlan lanN/M 802.1q vid 1-4094');
  }
  x.b.iface(name, 'tagged-vlan', c.st.line).vlanId = { id: vid, line: c.st.line };
}

/** `lan shutdown lanN` takes the whole interface down; with port numbers only those ports. */
export function extractLanShutdown(x: Extraction, c: Command): void {
  const name = c.lower[2];
  if (name === undefined || interfaceKind(name) !== 'lan') return syntax(x, c, 'lan shutdown lanN [PORT…]');
  if (c.words.length > 3) return;
  x.b.iface(name, 'lan', c.st.line).shutdown = c.st.line;
}

/** `pp select N|anonymous|none`; returns the new scope. */
export function extractPpSelect(x: Extraction, c: Command): Scope | undefined {
  const which = c.lower[2];
  if (which === 'none') return TOP;
  const name = ppName(which);
  if (name === undefined || c.words.length !== 3) {
    syntax(x, c, 'pp select N|anonymous|none');
    return undefined;
  }
  const iface = x.b.iface(name, 'pp', c.st.line);
  if (name === 'pp-anonymous') {
    unsupported(x, c, 'remote-access peers of `pp select anonymous` get their addresses at run time; they are not modelled as sources, so traffic from them is absent');
  }
  return { kind: 'pp', iface, label: `pp select ${c.words[2]}` };
}

/** `tunnel select N|none`; returns the new scope. */
export function extractTunnelSelect(x: Extraction, c: Command): Scope | undefined {
  const which = c.lower[2];
  if (which === 'none') return TOP;
  const n = parseNumber(which);
  if (n === undefined || c.words.length !== 3) {
    syntax(x, c, 'tunnel select N|none');
    return undefined;
  }
  return { kind: 'tunnel', iface: x.b.iface(`tunnel${n}`, 'tunnel', c.st.line), label: `tunnel select ${n}` };
}

/** `pp enable N…|all|anonymous`, `pp disable …`, and the same for tunnels. */
export function extractEnable(x: Extraction, c: Command, kind: 'pp' | 'tunnel'): void {
  const on = c.lower[1] === 'enable';
  const targets = c.lower.slice(2);
  if (targets.length === 0) return syntax(x, c, `${kind} ${c.lower[1]} N…|all`);
  for (const t of targets) {
    if (t === 'all') {
      if (on) x.b.enableAll[kind] = c.st.line;
      continue;
    }
    const name = kind === 'pp' ? ppName(t) : parseNumber(t) === undefined ? undefined : `tunnel${Number(t)}`;
    if (name === undefined) return syntax(x, c, `${kind} ${c.lower[1]} N…|all`);
    x.b.iface(name, kind, c.st.line).enable = { on, line: c.st.line };
  }
}

/** `pp bind X` / `pppoe use lanN` inside a pp block: what carries it, for display. */
export function extractCarrier(x: Extraction, c: Command): void {
  const iface = selected(x, c, 'pp');
  if (iface && c.words.length >= 3) iface.carrier = { text: c.words.slice(2).join(' '), line: c.st.line };
}

function ppName(word: string | undefined): string | undefined {
  if (word === 'anonymous') return 'pp-anonymous';
  const n = parseNumber(word);
  return n === undefined ? undefined : `pp${n}`;
}
