import type { Rule } from '../../src/model/filter.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ALL_PORTS, ServiceSet } from '../../src/space/service-set.js';
import { Occurrences } from '../common/occurrences.js';
import { type AddressResolver, type Use, operandText } from './resolve-addresses.js';
import { type ServiceResolver, portSet, protocolServices } from './resolve-services.js';
import type { References } from './references.js';
import type { AsaAccessList, AsaAce, IcmpOperand, PortOperand, ProtocolOperand } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

export interface AclContext {
  readonly file: string;
  readonly sink: WarningSink;
  readonly refs: References;
  readonly addresses: AddressResolver;
  readonly services: ServiceResolver;
  readonly timeRanges: ReadonlySet<string>;
  /** The unit logs every connection it builds to a syslog host (connection-logging.ts). */
  readonly logsConnections: boolean;
}

/**
 * The extended entries of an access-list as neutral rules, in ACL order. Rule ids are
 * "ACL:N", N being the entry's line in `show access-list` (remarks count), so a finding
 * reads like ASA's own hit counters. That number is a position: an entry or a remark
 * inserted above renumbers every entry below, so each rule also gets an identity from its
 * content (aceIdentity) for fingerprints. Each ACL is converted once and its rules shared by
 * every stage that binds it.
 */
export class AclConverter {
  private readonly cache = new Map<string, Rule[]>();

  constructor(private readonly ctx: AclContext) {}

  /**
   * `bound` is false for an ACL no access-group uses (route maps, VPN filters, captures): its
   * entries are still converted, so their references are recorded, but its non-extended
   * entries are expected there and not reported.
   */
  rules(acl: AsaAccessList, display: { inInterfaces: string[]; outInterfaces: string[] }, bound = true): Rule[] {
    const cached = this.cache.get(acl.name);
    if (cached) return cached;
    const out: Rule[] = [];
    const identities = new Occurrences();
    for (const e of acl.entries) {
      if (e.kind === 'extended') out.push({ ...this.rule(e, display, bound), identity: identities.next(aceIdentity(e)) });
      else if (bound && (e.kind === 'standard' || e.kind === 'ethertype' || e.kind === 'webtype')) {
        this.ctx.sink.unsupported(e.line, `access-list ${acl.name}`, `${e.kind} entries never match routed traffic through an access-group; the entry is left out`);
      }
    }
    this.cache.set(acl.name, out);
    return out;
  }

  private rule(e: AsaAce, display: { inInterfaces: string[]; outInterfaces: string[] }, bound: boolean): Rule {
    const { sink, addresses } = this.ctx;
    const context = `access-list ${e.acl}`;
    const use: Use = { usedBy: `access-list ${e.acl} line ${e.position}`, line: e.line, context };
    const src = addresses.operand(e.source, use);
    const dst = addresses.operand(e.destination, use);
    const services = this.services(e, use);
    let packets = PacketSet.of(src, dst, services);
    // Conditions the model cannot evaluate: a permit ignores them (it matches more), a deny
    // then matches nothing (it denies less). Either way the model errs towards allowing.
    const narrowing: string[] = [];
    for (const c of e.identity) narrowing.push(`${c.keyword} ${c.value}`);
    if (e.timeRange !== undefined) {
      this.ctx.refs.add('schedule', e.timeRange, this.ctx.timeRanges.has(e.timeRange), use.usedBy, e.line, context, 'ASA refuses such an entry; it is still modelled');
      narrowing.push(`time-range ${e.timeRange}`);
    }
    if (narrowing.length > 0) {
      const what = narrowing.join(', ');
      // Reported only where it changes the analysis: for an ACL some access-group binds.
      if (e.action === 'permit') {
        if (bound) sink.unsupported(e.line, context, `the entry applies only with ${what}, which the model cannot evaluate; it is treated as absent, so the rule matches more`);
      } else {
        if (bound) sink.unsupported(e.line, context, `the entry applies only with ${what}, which the model cannot evaluate; the deny matches nothing in the model`);
        packets = PacketSet.EMPTY;
      }
    }
    if (PacketSet.of(src, dst).isEmpty() && !src.isEmpty() && !dst.isEmpty()) {
      sink.invalid(e.line, context, 'its source and destination are of different address families; the entry matches nothing');
    }
    return {
      id: `${e.acl}:${e.position}`,
      action: e.action,
      enabled: !e.inactive,
      // A permitted connection is logged by the connection log even without `log` on the entry.
      log: e.log || (e.action === 'permit' && this.ctx.logsConnections),
      terms: packets.isEmpty() ? [] : [{ packets }],
      implicit: false,
      ...(e.remarks.length > 0 && { comment: e.remarks.join(' / ') }),
      display: {
        inInterfaces: display.inInterfaces,
        outInterfaces: display.outInterfaces,
        sources: [operandText(e.source)],
        destinations: [operandText(e.destination)],
        services: [serviceText(e)],
      },
      provenance: { file: this.ctx.file, line: e.line },
    };
  }

  /** The protocol column with the port and ICMP operands. */
  private services(e: AsaAce, use: Use): ServiceSet {
    const { services, sink, refs } = this.ctx;
    const p = e.protocol;
    const hasPorts = e.sourcePort !== undefined || e.destinationPort !== undefined;
    if (p.kind === 'service-object') {
      if (hasPorts) sink.invalid(e.line, use.context, 'a service object brings its own ports; the port operands are ignored');
      return services.objectServices(p.name, use);
    }
    if (p.kind === 'group') {
      const kind = services.groupKind(p.name);
      refs.add('service-group', p.name, kind === 'service' || kind === 'protocol', use.usedBy, e.line, use.context);
      if (kind === 'service') {
        if (hasPorts) sink.invalid(e.line, use.context, 'a service object-group brings its own ports; the port operands are ignored');
        return services.serviceGroup(p.name);
      }
      if (kind === 'protocol') return protocolServices(services.protocolGroup(p.name), this.ports(e.sourcePort, use), this.ports(e.destinationPort, use));
      return ServiceSet.EMPTY;
    }
    const icmp = e.icmp === undefined ? undefined : this.icmp(e.icmp, use);
    return protocolServices([p.protocol], this.ports(e.sourcePort, use), this.ports(e.destinationPort, use), icmp && { types: icmp.types, codes: icmp.codes });
  }

  private ports(op: PortOperand | undefined, use: Use): IntervalSet<number> {
    if (op === undefined) return ALL_PORTS;
    if (op.kind === 'ports') return portSet(op.match);
    const kind = this.ctx.services.groupKind(op.name);
    this.ctx.refs.add('service-group', op.name, kind === 'port', use.usedBy, use.line, use.context);
    return this.ctx.services.portGroup(op.name);
  }

  private icmp(op: IcmpOperand, use: Use): { types: IntervalSet<number>; codes: IntervalSet<number> } {
    if (op.kind === 'type') {
      return { types: IntervalSet.range(op.type, op.type + 1), codes: op.code === undefined ? ALL_PORTS : IntervalSet.range(op.code, op.code + 1) };
    }
    const kind = this.ctx.services.groupKind(op.name);
    this.ctx.refs.add('service-group', op.name, kind === 'icmp', use.usedBy, use.line, use.context);
    const types = this.ctx.services.icmpGroup(op.name);
    return { types: IntervalSet.fromRanges(types.map((t) => [t, t + 1] as [number, number])), codes: ALL_PORTS };
  }
}

/**
 * What an entry matches and does, in words, without its position, remarks, logging or
 * `inactive`: the same entry moved elsewhere in its ACL, re-commented, or with logging turned
 * on is still the same rule for a fingerprint.
 */
function aceIdentity(e: AsaAce): string {
  const conditions = e.identity.map((c) => `${c.keyword} ${c.value}`);
  const timeRange = e.timeRange === undefined ? [] : [`time-range ${e.timeRange}`];
  return [e.acl, e.action, serviceText(e), operandText(e.source), operandText(e.destination), ...conditions, ...timeRange].join(' ');
}

/** "tcp eq 443", "object-group WEB", "icmp echo" — the service column as written. */
function serviceText(e: AsaAce): string {
  const proto = protocolText(e.protocol);
  const parts = [proto];
  const port = (op: PortOperand | undefined, side: string) => {
    if (op === undefined) return;
    parts.push(op.kind === 'group' ? `${side}object-group ${op.name}` : `${side}${op.match.op} ${op.match.ports.join(' ')}`);
  };
  port(e.sourcePort, 'source ');
  port(e.destinationPort, '');
  if (e.icmp) parts.push(e.icmp.kind === 'group' ? `object-group ${e.icmp.name}` : `${e.icmp.type}${e.icmp.code === undefined ? '' : ` ${e.icmp.code}`}`);
  return parts.join(' ');
}

function protocolText(p: ProtocolOperand): string {
  if (p.kind === 'service-object') return `object ${p.name}`;
  if (p.kind === 'group') return `object-group ${p.name}`;
  return p.protocol === undefined ? 'ip' : `${p.protocol === 6 ? 'tcp' : p.protocol === 17 ? 'udp' : p.protocol === 1 ? 'icmp' : p.protocol === 58 ? 'icmp6' : p.protocol}`;
}
