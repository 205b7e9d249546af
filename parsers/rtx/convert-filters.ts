import type { FilterStage, Rule } from '../../src/model/filter.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet } from '../../src/space/service-set.js';
import { type ConvertContext, at, scopeLabel, warnOnce } from './convert-context.js';
import { addressSpace, appServices, filterServices } from './filter-packets.js';
import type { RtxDynamicFilter, RtxFilterBinding, RtxInterface, RtxStaticFilter } from './vendor-config.js';

type Direction = 'in' | 'out';

/** Static and dynamic filter numbers of one bound list, with the line that binds it. */
interface BoundList {
  readonly line: number;
  readonly staticFilters: readonly number[];
  readonly dynamicFilters: readonly number[];
  readonly via: string;
}

/**
 * One filter stage per interface direction with a secure filter. RTX checks the static
 * filters in list order, first match decides; a new flow no static filter decided is then
 * permitted by a dynamic filter of the list that matches it (the router inspects it and opens
 * its return path; return traffic is never a new flow here). Nothing matched: discarded.
 * IN lists see the header after this interface's NAT, OUT lists the header before the egress
 * NAT, which is the model's translated header in both cases. No list: everything passes.
 *
 * An IN list also filters packets addressed to the router itself, so IN stages are `local`.
 * The command reference describes `ip INTERFACE secure filter` as restricting the packets the
 * interface sends and receives, every packet no filter matches being discarded, with no
 * exception for the router's own addresses (YAMAHA コマンドリファレンス「フィルタリングによる
 * セキュリティの設定」, https://www.rtpro.yamaha.co.jp/RT/manual/vrx/ip/ip_interface_secure_filter.html,
 * the same command as on RTX). That is why YAMAHA's VPN examples add IN filters passing IKE
 * (udp 500/4500) and ESP to the router's own WAN address, and why a `telnetd host`/`sshd host`
 * line alone does not open management through a filtered interface. The OUT list of the
 * egress interface does not see what the router receives: OUT stages are not local.
 */
export function secureFilterStages(ctx: ConvertContext, direction: Direction): FilterStage[] {
  const stages: FilterStage[] = [];
  for (const iface of ctx.config.interfaces) {
    const binding = direction === 'in' ? iface.secureFilterIn : iface.secureFilterOut;
    if (!binding) continue;
    const list = resolveBinding(ctx, iface, binding, direction);
    if (!list) continue;
    const rules: Rule[] = [];
    for (const n of list.staticFilters) rules.push(staticRule(ctx, iface, direction, n, list));
    for (const n of list.dynamicFilters) rules.push(dynamicRule(ctx, iface, direction, n, list));
    stages.push({
      name: `${iface.name} secure filter ${direction}`,
      ...(direction === 'in' ? { inInterfaces: [iface.name], local: true } : { outInterfaces: [iface.name] }),
      header: 'translated',
      rules,
      defaultAction: 'deny',
      defaultReason: 'no filter of the secure filter list matched (RTX discards)',
      defaultProvenance: at(ctx, list.line),
    });
  }
  return stages;
}

function resolveBinding(ctx: ConvertContext, iface: RtxInterface, binding: RtxFilterBinding, direction: Direction): BoundList | undefined {
  if (binding.kind === 'list') return { line: binding.line, staticFilters: binding.staticFilters, dynamicFilters: binding.dynamicFilters, via: `${iface.name} secure filter ${direction}` };
  const set = ctx.config.filterSets.get(binding.name);
  const key = `set:${iface.name}:${binding.name}`;
  if (!set) {
    // Referenced once per interface, for both directions.
    warnOnce(ctx, key, () =>
      ctx.refs.add('acl', `ip filter set ${binding.name}`, false, `${iface.name} secure filter name`, binding.line, scopeLabel(iface), 'the router then filters nothing on this interface, and neither does the model'),
    );
    return undefined;
  }
  warnOnce(ctx, key, () => ctx.refs.add('acl', `ip filter set ${binding.name}`, true, `${iface.name} secure filter name`, binding.line, scopeLabel(iface), ''));
  const side = direction === 'in' ? set.in : set.out;
  if (!side) return undefined;
  return { line: binding.line, staticFilters: side.filters, dynamicFilters: [], via: `filter set ${binding.name} ${direction}` };
}

function staticRule(ctx: ConvertContext, iface: RtxInterface, direction: Direction, n: number, list: BoundList): Rule {
  const f = ctx.config.staticFilters.get(n);
  ctx.refs.add('acl', `ip filter ${n}`, f !== undefined, list.via, list.line, scopeLabel(iface), 'the router skips it, so it matches nothing');
  const display = {
    inInterfaces: direction === 'in' ? [iface.name] : [],
    outInterfaces: direction === 'out' ? [iface.name] : [],
    sources: [f?.source.text ?? '?'],
    destinations: [f?.destination.text ?? '?'],
    services: [f ? serviceText(f) : '?'],
  };
  if (!f) {
    return { id: String(n), action: 'deny', enabled: true, log: false, terms: [], implicit: false, comment: 'undefined filter: matches nothing', display, provenance: at(ctx, list.line) };
  }
  return {
    id: String(n),
    action: f.action === 'reject' ? 'deny' : 'permit',
    enabled: true,
    log: f.log,
    terms: f.broken ? [] : [{ packets: cached(ctx, `s${n}`, () => staticPackets(ctx, f)) }],
    implicit: false,
    ...(f.broken ? { comment: `unreadable filter (${f.broken}): matches nothing` } : {}),
    display,
    provenance: at(ctx, f.line),
  };
}

/** The opening packets a static filter matches; see filterServices for the protocol rules. */
export function staticPackets(ctx: ConvertContext, f: RtxStaticFilter): PacketSet {
  const erring = f.action === 'reject' ? 'less' : 'more';
  if (f.action === 'restrict') {
    warnOnce(ctx, `restrict:${f.line}`, () =>
      ctx.sink.unsupported(f.line, '', `filter ${f.number} is \`${f.actionText}\`: it passes only while the line is connected, and is modelled as pass (the model permits more when the line is down)`),
    );
  }
  const src = addressSpace(f.source, erring);
  const dst = addressSpace(f.destination, erring);
  for (const a of [src.approximation, dst.approximation]) {
    if (a !== undefined) warnOnce(ctx, `approx:${f.line}:${a}`, () => ctx.sink.unsupported(f.line, '', `filter ${f.number}: ${a}`));
  }
  return PacketSet.of(src.space, dst.space, filterServices(f.protocol, f.sourcePorts, f.destinationPorts));
}

function dynamicRule(ctx: ConvertContext, iface: RtxInterface, direction: Direction, n: number, list: BoundList): Rule {
  const f = ctx.config.dynamicFilters.get(n);
  ctx.refs.add('acl', `ip filter dynamic ${n}`, f !== undefined, list.via, list.line, scopeLabel(iface), 'the router skips it, so it permits nothing');
  const display = {
    inInterfaces: direction === 'in' ? [iface.name] : [],
    outInterfaces: direction === 'out' ? [iface.name] : [],
    sources: [f?.source.text ?? '?'],
    destinations: [f?.destination.text ?? '?'],
    services: [f ? triggerText(f) : '?'],
  };
  const id = `dynamic ${n}`;
  if (!f) return { id, action: 'permit', enabled: true, log: false, terms: [], implicit: false, comment: 'undefined dynamic filter: matches nothing', display, provenance: at(ctx, list.line) };
  const packets = f.broken ? PacketSet.EMPTY : cached(ctx, `d${n}`, () => dynamicPackets(ctx, f));
  return { id, action: 'permit', enabled: true, log: true, terms: packets.isEmpty() ? [] : [{ packets }], implicit: false, comment: 'dynamic filter (stateful inspection)', display, provenance: at(ctx, f.line) };
}

/**
 * The new flows a dynamic filter lets start: its source and destination, with the opening
 * service of its application, or the protocol and ports of the static filters after `filter`
 * (whose addresses and pass/reject the router ignores here).
 */
export function dynamicPackets(ctx: ConvertContext, f: RtxDynamicFilter): PacketSet {
  const src = addressSpace(f.source, 'more');
  const dst = addressSpace(f.destination, 'more');
  for (const a of [src.approximation, dst.approximation]) {
    if (a !== undefined) warnOnce(ctx, `approx:${f.line}:${a}`, () => ctx.sink.unsupported(f.line, '', `dynamic filter ${f.number}: ${a}`));
  }
  let services: ServiceSet;
  if (f.trigger.kind === 'application') {
    services = appServices(f.trigger.services);
  } else {
    const parts: ServiceSet[] = [];
    for (const n of f.trigger.filters) {
      const s = ctx.config.staticFilters.get(n);
      warnOnce(ctx, `dyn-ref:${f.line}:${n}`, () =>
        ctx.refs.add('acl', `ip filter ${n}`, s !== undefined, `dynamic filter ${f.number} (filter)`, f.line, '', 'it contributes no protocol to the trigger'),
      );
      if (s && !s.broken) parts.push(filterServices(s.protocol, s.sourcePorts, s.destinationPorts));
    }
    for (const n of [...f.trigger.inFilters, ...f.trigger.outFilters]) {
      warnOnce(ctx, `dyn-ref:${f.line}:${n}`, () =>
        ctx.refs.add('acl', `ip filter ${n}`, ctx.config.staticFilters.has(n), `dynamic filter ${f.number} (in/out)`, f.line, '', 'the router skips it'),
      );
    }
    services = ServiceSet.unionAll(parts);
  }
  if (services.isEmpty()) return PacketSet.EMPTY;
  return PacketSet.of(src.space, dst.space, services);
}

function cached(ctx: ConvertContext, key: string, build: () => PacketSet): PacketSet {
  let set = ctx.packetCache.get(key);
  if (!set) {
    set = build();
    ctx.packetCache.set(key, set);
  }
  return set;
}

function serviceText(f: RtxStaticFilter): string {
  const ports = f.sourcePorts.any && f.destinationPorts.any ? '' : ` ${f.sourcePorts.text} ${f.destinationPorts.text}`;
  return `${f.protocol.text}${ports}`;
}

function triggerText(f: RtxDynamicFilter): string {
  if (f.trigger.kind === 'application') return f.trigger.name;
  return `filter ${f.trigger.filters.join(' ')}`;
}
