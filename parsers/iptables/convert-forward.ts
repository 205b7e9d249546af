import type { FilterStage, Rule as NeutralRule } from '../../src/model/filter.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { loggedRules, pathDisplay } from './display.js';
import type { FlatEntry } from './expand-chains.js';
import type { FamilyRules } from './family-rules.js';
import { matchTerms } from './match-terms.js';

const EMPTY_DISPLAY = { inInterfaces: [], outInterfaces: [], sources: [], destinations: [], services: [] };

/**
 * The filter FORWARD chain of one family as a filter stage. Transit packets meet it after nat
 * PREROUTING and routing, so it sees the translated header; its policy is the stage default.
 * The stage holds only this family's rules, so the other family passes through it on a first
 * implicit rule (when the host can route that family at all): ip6tables, or nothing when the
 * file has no ip6tables-save output, decides for it.
 */
export function forwardStage(rules: FamilyRules, file: string, dnatIds: readonly string[], otherFamily: { handledBy?: string; relevant: boolean }): FilterStage | undefined {
  const table = rules.tables.get('filter');
  if (!table) return undefined;
  const entries = rules.expand('filter', 'FORWARD', 'forward');
  const { policy, line } = rules.policy('filter', 'FORWARD');
  const logged = loggedRules(table.chains);
  const other = rules.family === 4 ? AddressSpace.ANY_V6 : AddressSpace.ANY_V4;
  const passthrough: NeutralRule = {
    id: rules.family === 4 ? 'IPv6' : 'IPv4',
    action: 'permit',
    enabled: true,
    log: false,
    terms: [{ packets: PacketSet.of(other, other) }],
    implicit: true,
    comment:
      otherFamily.handledBy !== undefined
        ? `${rules.family === 4 ? 'IPv6' : 'IPv4'} packets are filtered by the ${otherFamily.handledBy} stage, not by ${rules.tool}`
        : `the file has no ${rules.family === 4 ? 'ip6tables' : 'iptables'}-save output: ${rules.family === 4 ? 'IPv6' : 'IPv4'} forwarding is not filtered here (kernel default ACCEPT)`,
    display: EMPTY_DISPLAY,
    provenance: { file, line: rules.line },
  };
  return {
    name: `${rules.tool} FORWARD`,
    header: 'translated',
    rules: [...(otherFamily.relevant ? [passthrough] : []), ...entries.map((e) => neutralRule(e, policy, file, dnatIds, logged))],
    defaultAction: policy === 'ACCEPT' ? 'permit' : 'deny',
    defaultReason: `policy ${policy} of chain FORWARD (${rules.tool})`,
    ...(line !== undefined && { defaultProvenance: { file, line } }),
  };
}

function neutralRule(e: FlatEntry, policy: 'ACCEPT' | 'DROP', file: string, dnatIds: readonly string[], logged: ReadonlySet<unknown>): NeutralRule {
  const r = e.rule;
  const action = e.action.kind === 'drop' ? 'deny' : e.action.kind === 'policy' ? (policy === 'ACCEPT' ? 'permit' : 'deny') : 'permit';
  const notes: string[] = [];
  if (r.comment !== undefined) notes.push(r.comment);
  if (e.action.kind === 'policy') notes.push(`returns to the built-in chain, whose policy ${policy} decides`);
  if (e.action.kind === 'queue') notes.push('handed to a userspace program (NFQUEUE), whose verdict is unknown: modelled as ACCEPT');
  return {
    id: e.id,
    identity: e.identity,
    action,
    enabled: true,
    log: logged.has(r),
    terms: matchTerms(e.cond, dnatIds),
    implicit: false,
    ...(notes.length > 0 && { comment: notes.join('; ') }),
    display: pathDisplay([...e.path, r]),
    provenance: { file, line: r.line },
  };
}
