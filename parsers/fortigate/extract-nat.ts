import { parseIp } from '../../src/space/ip.js';
import { type EditBlock, contextOf } from './config-tree.js';
import { defined } from './defined.js';
import { type IpRange, parseBoundedInt, parseIpRange, parsePortRange } from './fortios-values.js';
import { type Scope, entriesIn, nestedEntries } from './scope.js';
import { isEnabled, lineOf, nameList, setting, word, words } from './settings.js';
import type { FgIpPool, FgNamed, FgVip, FgVipGroup, UnmodelledMatch } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

const VIP_PROTOCOLS = new Set(['tcp', 'udp', 'sctp', 'icmp']);

/** `config firewall vip` (IPv4 destination NAT). */
export function extractVips(scope: Scope, sink: WarningSink): FgVip[] {
  const out: FgVip[] = [];
  for (const e of entriesIn(scope, 'firewall vip')) {
    const context = contextOf(e);
    const extipText = word(e, 'extip');
    const extip = extipText === undefined ? undefined : v4Range(e, 'extip', extipText, sink);
    const mappedip: IpRange[] = [];
    for (const text of words(e, 'mappedip')) {
      const r = v4Range(e, 'mappedip', text, sink);
      if (r) mappedip.push(r);
    }
    const srcFilter: IpRange[] = [];
    for (const text of words(e, 'src-filter')) {
      const r = v4Range(e, 'src-filter', text, sink);
      if (r) srcFilter.push(r);
    }
    const protocolText = word(e, 'protocol') ?? 'tcp';
    if (!VIP_PROTOCOLS.has(protocolText)) sink.invalid(lineOf(e, 'protocol'), context, `protocol "${protocolText}" is not tcp, udp, sctp or icmp; tcp is used`);
    const protocol = (VIP_PROTOCOLS.has(protocolText) ? protocolText : 'tcp') as FgVip['protocol'];
    const realservers: FgVip['realservers'][number][] = [];
    for (const r of nestedEntries(e, 'realservers')) {
      const ip = parseIp(word(r, 'ip') ?? '');
      const portText = word(r, 'port');
      const port = portText === undefined ? undefined : parseBoundedInt(portText, 65535);
      if (ip === undefined || ip.family !== 4) {
        sink.invalid(lineOf(r, 'ip'), contextOf(r), `real server ip "${word(r, 'ip') ?? ''}" is not an IPv4 address; ignored`);
        continue;
      }
      realservers.push({ ip, line: r.line, ...(port !== undefined && port > 0 && { port }) });
    }
    const unmodelled: UnmodelledMatch[] = [];
    for (const key of ['nat-source-vip', 'service', 'extaddr', 'mapped-addr', 'h2-support']) {
      const s = setting(e, key);
      if (s === undefined) continue;
      const active = key === 'nat-source-vip' ? s.values[0] === 'enable' : key === 'h2-support' ? false : s.values.length > 0 && s.values[0] !== '';
      if (active) unmodelled.push({ key, values: s.values, line: s.line });
    }
    const optional = {
      extip,
      extport: portSetting(e, 'extport', sink),
      mappedport: portSetting(e, 'mappedport', sink),
    };
    out.push({
      name: e.name,
      line: e.line,
      context,
      type: word(e, 'type') ?? 'static-nat',
      extipLine: lineOf(e, 'extip'),
      mappedip,
      mappedipLine: lineOf(e, 'mappedip'),
      extintf: nameList(e, 'extintf'),
      portforward: isEnabled(e, 'portforward'),
      protocol,
      srcFilter,
      srcintfFilter: nameList(e, 'srcintf-filter'),
      realservers,
      unmodelled,
      ...defined(optional),
    });
  }
  return out;
}

function v4Range(e: EditBlock, key: string, text: string, sink: WarningSink): IpRange | undefined {
  const r = parseIpRange(text);
  if (r === undefined || r.start.family !== 4) {
    sink.invalid(lineOf(e, key), contextOf(e), `${key} "${text}" is not an IPv4 address or range; ignored`);
    return undefined;
  }
  return r;
}

function portSetting(e: EditBlock, key: string, sink: WarningSink): readonly [number, number] | undefined {
  const text = word(e, key);
  if (text === undefined) return undefined;
  const r = parsePortRange(text);
  if (r === undefined) sink.invalid(lineOf(e, key), contextOf(e), `${key} "${text}" is not a port or port range; ignored`);
  // FortiOS writes 0 for "not set" in full-configuration output.
  return r && !(r[0] === 0 && r[1] === 0) ? r : undefined;
}

/** `config firewall vipgrp`. */
export function extractVipGroups(scope: Scope): FgVipGroup[] {
  return entriesIn(scope, 'firewall vipgrp').map((e) => ({ name: e.name, line: e.line, context: contextOf(e), members: nameList(e, 'member') }));
}

/** IPv6 and NAT46/NAT64 VIPs and their groups: named so references resolve, not translated. */
export function extractOtherVips(scope: Scope): FgNamed[] {
  const out: FgNamed[] = [];
  for (const table of ['firewall vip6', 'firewall vip46', 'firewall vip64', 'firewall vipgrp6', 'firewall vipgrp46', 'firewall vipgrp64']) {
    for (const e of entriesIn(scope, table)) out.push({ name: e.name, line: e.line, context: contextOf(e) });
  }
  return out;
}

/** `config firewall ippool`. */
export function extractIpPools(scope: Scope, sink: WarningSink): FgIpPool[] {
  const out: FgIpPool[] = [];
  for (const e of entriesIn(scope, 'firewall ippool')) {
    const startText = word(e, 'startip');
    const endText = word(e, 'endip') ?? startText;
    const start = startText === undefined ? undefined : parseIp(startText);
    const end = endText === undefined ? undefined : parseIp(endText);
    let range: IpRange | undefined;
    if (start === undefined || end === undefined || start.family !== 4 || end.family !== 4 || end.value < start.value) {
      sink.invalid(lineOf(e, 'startip'), contextOf(e), `ippool "${e.name}" has no valid startip-endip range; it translates to nothing`);
    } else {
      range = { start, end };
    }
    out.push({ name: e.name, line: e.line, context: contextOf(e), type: word(e, 'type') ?? 'overload', ...(range !== undefined && { range }) });
  }
  return out;
}
