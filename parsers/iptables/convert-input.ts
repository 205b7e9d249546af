import type { Interface } from '../../src/model/interface.js';
import type { ManagementAccess } from '../../src/model/management.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet } from '../../src/space/service-set.js';
import { packetsAt } from './conditions.js';
import type { FlatEntry } from './expand-chains.js';
import type { FamilyRules } from './family-rules.js';
import { describeService } from './management-services.js';
import { unionMany } from './packet-union.js';
import type { WarningSink } from './warnings.js';

interface Acceptor {
  readonly line: number;
  packets: PacketSet;
}

/**
 * filter INPUT as management access. The model accepts a packet addressed to the host when
 * any management entry admits it, so INPUT is evaluated first-match, exactly, into the set of
 * packets it accepts (DROP rules before ACCEPT rules and an ACCEPT policy included), and that
 * set becomes one entry per accepting rule, interface and header box. Two things the model
 * cannot say are over-approximated and warned: the ingress interface (an entry holds for
 * packets arriving on any interface; what INPUT accepts on one interface is taken as accepted
 * on all), and a rule's destination that picks some but not all addresses of an interface.
 */
export function inputManagement(rules: FamilyRules, interfaces: readonly Interface[], file: string, sink: WarningSink): ManagementAccess[] {
  const entries = rules.expand('filter', 'INPUT', 'input');
  const { policy, line: policyLine } = rules.policy('filter', 'INPUT');
  const where = `${rules.tool} *filter INPUT`;
  const ingress = interfaces.filter((i) => i.enabled && i.name !== 'lo').map((i) => i.name);
  const byDnat = entries.some((e) => e.cond.some((t) => t.dnat !== undefined));
  const situations: Array<{ iface?: string; dnat?: 'translated' | 'untranslated' }> = [];
  for (const iface of interfaceClasses(entries, ingress)) {
    for (const dnat of byDnat ? (['untranslated', 'translated'] as const) : [undefined]) situations.push({ ...(iface !== undefined && { iface }), ...(dnat && { dnat }) });
  }
  const acceptors = new Map<number, Acceptor>();
  const accept = (line: number, p: PacketSet) => {
    if (p.isEmpty()) return;
    const a = acceptors.get(line);
    if (a) a.packets = a.packets.union(p);
    else acceptors.set(line, { line, packets: p });
  };
  const totals: PacketSet[] = [];
  for (const s of situations) {
    let remaining = rules.universe.all;
    let total = PacketSet.EMPTY;
    // Runs of rules that do not accept (a blacklist of DROPs) are removed in one subtraction.
    let dropped: PacketSet[] = [];
    const flush = () => {
      if (dropped.length > 0) remaining = remaining.subtract(unionMany(dropped));
      dropped = [];
    };
    for (const e of entries) {
      const m = packetsAt(e.cond, s.iface, undefined, s.dnat);
      if (m.isEmpty()) continue;
      const accepts = e.action.kind === 'accept' || e.action.kind === 'queue' || (e.action.kind === 'policy' && policy === 'ACCEPT');
      if (!accepts) {
        dropped.push(m);
        continue;
      }
      flush();
      if (remaining.isEmpty()) break;
      if (!remaining.overlaps(m)) continue;
      const hit = remaining.intersect(m);
      accept(e.rule.line, hit);
      total = total.union(hit);
      remaining = remaining.subtract(m);
    }
    flush();
    if (policy === 'ACCEPT' && !remaining.isEmpty()) {
      accept(policyLine ?? rules.line, remaining);
      total = total.union(remaining);
    }
    totals.push(total);
  }
  if (totals.length > 1 && totals.some((t) => !t.equals(totals[0]!))) {
    const splits = (ins: ReadonlySet<string>) => ingress.some((i) => ins.has(i)) && ingress.some((i) => !ins.has(i));
    const first = entries.find((e) => e.cond.some((t) => t.dnat !== undefined || (t.ins !== undefined && splits(t.ins))));
    sink.once(
      `input-iface:${rules.family}`,
      'unsupported',
      first?.rule.line ?? rules.line,
      where,
      'INPUT accepts different packets depending on the ingress interface (-i) or on DNAT state, which management access in the model cannot express: what is accepted on one interface is treated as accepted on every interface (matches more)',
    );
  }
  return toManagement([...acceptors.values()], interfaces, file, sink, where, rules.family);
}

/**
 * One representative ingress interface per class of interfaces that no INPUT rule tells apart
 * (usually all of them but lo): evaluating INPUT once per class gives the same sets as once per
 * interface. Undefined stands for "any interface" when no rule names one.
 */
function interfaceClasses(entries: readonly FlatEntry[], ingress: readonly string[]): Array<string | undefined> {
  const sets = entries.flatMap((e) => e.cond.flatMap((t) => (t.ins ? [t.ins] : [])));
  if (sets.length === 0) return [undefined];
  const classes = new Map<string, string>();
  for (const name of ingress) {
    const signature = sets.map((s) => (s.has(name) ? '1' : '0')).join('');
    if (!classes.has(signature)) classes.set(signature, name);
  }
  return [...classes.values()];
}

function toManagement(acceptors: readonly Acceptor[], interfaces: readonly Interface[], file: string, sink: WarningSink, where: string, family: 4 | 6): ManagementAccess[] {
  const out: ManagementAccess[] = [];
  const familyAll = family === 4 ? AddressSpace.ANY_V4 : AddressSpace.ANY_V6;
  const own = interfaces
    .filter((i) => i.enabled)
    .map((i) => ({ name: i.name, space: AddressSpace.unionAll(i.addresses.filter((a) => a.address.family === family).map((a) => AddressSpace.fromAddress(a.address))) }))
    .filter((i) => !i.space.isEmpty());
  const allOwn = AddressSpace.unionAll(own.map((i) => i.space));
  for (const a of acceptors) {
    const boxes = family === 4 ? a.packets.v4 : a.packets.v6;
    for (const box of boxes) {
      const src = family === 4 ? new AddressSpace(box.src as IntervalSet<number>, IntervalSet.empty()) : new AddressSpace(IntervalSet.empty(), box.src as IntervalSet<bigint>);
      const dst = family === 4 ? new AddressSpace(box.dst as IntervalSet<number>, IntervalSet.empty()) : new AddressSpace(IntervalSet.empty(), box.dst as IntervalSet<bigint>);
      const service = { proto: box.proto, sport: box.sport, dport: box.dport };
      const { service: keyword, secure } = describeService(service);
      const base = {
        ...(!familyAll.isSubsetOf(src) && { sources: src }),
        service: keyword,
        packets: new ServiceSet([service]),
        secure,
        provenance: { file, line: a.line },
      };
      // One entry for the whole host when the box admits every address it owns.
      if (allOwn.isSubsetOf(dst)) {
        out.push(base);
        continue;
      }
      for (const i of own) {
        if (!i.space.overlaps(dst)) continue;
        if (!i.space.isSubsetOf(dst)) {
          sink.once(
            `input-dst:${family}:${a.line}`,
            'unsupported',
            a.line,
            where,
            `the rule accepts some but not all addresses of interface ${i.name}; management access in the model covers whole interfaces, so every address of ${i.name} is treated as accepting (matches more)`,
          );
        }
        out.push({ interface: i.name, ...base });
      }
    }
  }
  return out;
}
