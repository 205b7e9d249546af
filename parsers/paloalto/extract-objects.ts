import { parseProtocol } from '../../src/space/protocols.js';
import { type PanNode, child, entries, membersOf, textOf } from './tree.js';
import type {
  PanAddress,
  PanAddressGroup,
  PanAddressValue,
  PanAppDefault,
  PanApplication,
  PanApplicationGroup,
  PanNamed,
  PanObjects,
  PanService,
  PanServiceGroup,
} from './vendor-config.js';
import { makeCidr } from '../../src/space/ip.js';
import { parseHostPrefix, parseIpRange, parseIpWildcard, parsePortList } from './values.js';
import type { WarningSink } from './warnings.js';

const EMPTY_MEMBERS = (line: number) => ({ names: [], line });

/** Address, service and application objects of `<shared>` or of one vsys. */
export function extractObjects(node: PanNode | undefined, scope: string, sink: WarningSink): PanObjects {
  const ctx = (section: string, name: string) => `${scope} > ${section} > ${name}`;
  return {
    addresses: entries(child(node, 'address')).map((e) => extractAddress(e, ctx('address', e.name!), sink)),
    addressGroups: entries(child(node, 'address-group')).map((e) => extractAddressGroup(e, ctx('address-group', e.name!))),
    services: entries(child(node, 'service')).map((e) => extractService(e, ctx('service', e.name!), sink)),
    serviceGroups: entries(child(node, 'service-group')).map(
      (e): PanServiceGroup => ({ name: e.name!, line: e.line, context: ctx('service-group', e.name!), members: membersOf(e, 'members') ?? EMPTY_MEMBERS(e.line) }),
    ),
    applications: entries(child(node, 'application')).map((e) => extractApplication(e, ctx('application', e.name!), sink)),
    applicationGroups: entries(child(node, 'application-group')).map(
      (e): PanApplicationGroup => ({ name: e.name!, line: e.line, context: ctx('application-group', e.name!), members: membersOf(e, 'members') ?? EMPTY_MEMBERS(e.line) }),
    ),
    applicationFilters: named(node, 'application-filter', scope),
    schedules: named(node, 'schedule', scope),
    externalLists: named(node, 'external-list', scope),
    regions: named(node, 'region', scope),
  };
}

function named(node: PanNode | undefined, section: string, scope: string): PanNamed[] {
  return entries(child(node, section)).map((e) => ({ name: e.name!, line: e.line, context: `${scope} > ${section} > ${e.name!}` }));
}

const ADDRESS_TYPES = ['ip-netmask', 'ip-range', 'ip-wildcard', 'fqdn'] as const;

function extractAddress(e: PanNode, context: string, sink: WarningSink): PanAddress {
  const typed = ADDRESS_TYPES.map((t) => ({ t, node: child(e, t) })).filter((x) => x.node?.text !== undefined && x.node.text !== '');
  const base = { name: e.name!, line: e.line, context };
  const first = typed[0];
  if (!first) {
    const reason = 'no ip-netmask, ip-range, ip-wildcard or fqdn value';
    sink.invalid(e.line, context, `address ${e.name!} has ${reason}; it matches nothing`);
    return { ...base, value: { type: 'invalid', reason }, valueLine: e.line };
  }
  const text = first.node!.text!;
  const valueLine = first.node!.line;
  let value: PanAddressValue;
  switch (first.t) {
    case 'ip-netmask': {
      const host = parseHostPrefix(text);
      value = host ? { type: 'ip-netmask', cidr: makeCidr(host.address, host.prefixLength), host } : { type: 'invalid', reason: `bad ip-netmask "${text}"` };
      break;
    }
    case 'ip-range': {
      const r = parseIpRange(text);
      value = r ? { type: 'ip-range', ...r } : { type: 'invalid', reason: `bad ip-range "${text}"` };
      break;
    }
    case 'ip-wildcard': {
      const w = parseIpWildcard(text);
      value = w ? { type: 'ip-wildcard', ...w } : { type: 'invalid', reason: `bad ip-wildcard "${text}"` };
      break;
    }
    case 'fqdn':
      value = { type: 'fqdn', fqdn: text };
      break;
  }
  if (value.type === 'invalid') sink.invalid(valueLine, context, `address ${e.name!}: ${value.reason}; it matches nothing`);
  return { ...base, value, valueLine };
}

function extractAddressGroup(e: PanNode, context: string): PanAddressGroup {
  const statics = membersOf(e, 'static');
  const filter = child(child(e, 'dynamic'), 'filter');
  return {
    name: e.name!,
    line: e.line,
    context,
    ...(statics ? { static: statics } : {}),
    ...(filter?.text !== undefined ? { dynamicFilter: { value: filter.text, line: filter.line } } : {}),
  };
}

function extractService(e: PanNode, context: string, sink: WarningSink): PanService {
  const protocol = child(e, 'protocol');
  const chosen = (['tcp', 'udp', 'sctp'] as const).find((p) => child(protocol, p) !== undefined);
  const base = { name: e.name!, line: e.line, context };
  if (!chosen) {
    sink.invalid(e.line, context, `service ${e.name!} has no tcp, udp or sctp protocol; it matches nothing`);
    return { ...base, ports: [], portsLine: e.line };
  }
  const proto = child(protocol, chosen)!;
  const portNode = child(proto, 'port');
  const ports = portNode?.text === undefined ? undefined : parsePortList(portNode.text);
  if (!ports) {
    const what = portNode?.text === undefined ? 'has no destination port' : `has bad ports "${portNode.text}"`;
    sink.invalid(portNode?.line ?? proto.line, context, `service ${e.name!} ${what}; it matches nothing`);
  }
  const sourceNode = child(proto, 'source-port');
  let sourcePorts: ReturnType<typeof parsePortList>;
  if (sourceNode?.text !== undefined) {
    sourcePorts = parsePortList(sourceNode.text);
    if (!sourcePorts) sink.invalid(sourceNode.line, context, `service ${e.name!} has bad source ports "${sourceNode.text}"; it matches nothing`);
  }
  return {
    ...base,
    protocol: chosen,
    ports: ports ?? [],
    ...(sourceNode?.text !== undefined ? { sourcePorts: sourcePorts ?? [] } : {}),
    portsLine: portNode?.line ?? proto.line,
  };
}

/**
 * A custom application's default: `port` members such as "tcp/8080,8443" or "udp/dynamic",
 * an IP protocol number, or an ICMP type. These are the ports `application-default` allows.
 */
function extractApplication(e: PanNode, context: string, sink: WarningSink): PanApplication {
  const d = child(e, 'default');
  const defaults: PanAppDefault[] = [];
  for (const spec of membersOf(d, 'port')?.names ?? []) {
    const parsed = parseAppPort(spec);
    if (parsed) defaults.push(parsed);
    else sink.invalid(child(d, 'port')!.line, context, `application ${e.name!}: bad default port "${spec}"; it adds no default port`);
  }
  const ipProto = textOf(d, 'ident-by-ip-protocol');
  if (ipProto !== undefined) {
    const n = parseProtocol(ipProto);
    if (n === undefined) sink.invalid(child(d, 'ident-by-ip-protocol')!.line, context, `application ${e.name!}: bad IP protocol "${ipProto}"`);
    else defaults.push({ kind: 'ip-protocol', protocol: n });
  }
  for (const [tag, family] of [
    ['ident-by-icmp-type', 4],
    ['ident-by-icmp6-type', 6],
  ] as const) {
    const icmp = child(d, tag);
    if (!icmp) continue;
    const type = textOf(icmp, 'type');
    const code = textOf(icmp, 'code');
    const t = type === undefined ? undefined : Number(type);
    const c = code === undefined ? undefined : Number(code);
    if ((t !== undefined && !(Number.isInteger(t) && t >= 0 && t <= 255)) || (c !== undefined && !(Number.isInteger(c) && c >= 0 && c <= 255))) {
      sink.invalid(icmp.line, context, `application ${e.name!}: bad ICMP type or code`);
      continue;
    }
    defaults.push({ kind: 'icmp', family, ...(t === undefined ? {} : { type: t }), ...(c === undefined ? {} : { code: c }) });
  }
  return { name: e.name!, line: e.line, context, defaults };
}

/** "tcp/80,8080", "udp/5000-5010", "tcp/dynamic" (any port). */
function parseAppPort(spec: string): PanAppDefault | undefined {
  const slash = spec.indexOf('/');
  if (slash < 0) return undefined;
  const proto = spec.slice(0, slash).toLowerCase();
  if (proto !== 'tcp' && proto !== 'udp') return undefined;
  const rest = spec.slice(slash + 1);
  if (rest === 'dynamic' || rest === 'any') return { kind: 'port', protocol: proto, ports: 'any' };
  const ports = parsePortList(rest);
  return ports ? { kind: 'port', protocol: proto, ports } : undefined;
}
