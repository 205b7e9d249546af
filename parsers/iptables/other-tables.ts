import type { FamilyRules } from './family-rules.js';
import type { WarningSink } from './warnings.js';

/** Chains of mangle, raw and security that packets from the network traverse. */
const INBOUND = ['PREROUTING', 'INPUT', 'FORWARD', 'POSTROUTING'];

/**
 * mangle, raw and security are recognized and not modelled. They rarely drop packets, but can:
 * one note per table that holds a dropping rule or policy on a path packets from the network
 * take, saying the model may allow more than the host does. raw rules that skip connection
 * tracking (NOTRACK, CT --notrack) change what state matches and NAT see: noted too.
 */
export function noteOtherTables(rules: FamilyRules, sink: WarningSink): void {
  for (const name of ['mangle', 'raw', 'security']) {
    const table = rules.tables.get(name);
    if (!table) continue;
    const chains = table.chains;
    const dropPolicy = chains.find((c) => INBOUND.includes(c.name) && c.policy === 'DROP');
    const dropRule = chains.flatMap((c) => c.rules).find((r) => r.target?.kind === 'verdict' && r.target.verdict !== 'ACCEPT');
    const where = `${rules.tool} *${name}`;
    if (dropPolicy || dropRule) {
      const line = dropRule?.line ?? dropPolicy?.policyLine ?? table.line;
      sink.add('unsupported', line, where, `table ${name} holds rules that can drop packets; it is not modelled, so the model may allow more than the host does`);
    }
    const notrack = chains.flatMap((c) => c.rules).find((r) => r.target?.kind === 'passive' && (r.target.name === 'NOTRACK' || (r.target.name === 'CT' && r.target.options.includes('--notrack'))));
    if (name === 'raw' && notrack) {
      sink.add('unsupported', notrack.line, where, 'connection tracking exemptions (NOTRACK / CT) are not modelled: untracked packets skip NAT and match UNTRACKED, not NEW');
    }
  }
}
