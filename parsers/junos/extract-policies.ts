import { type Mutable, unknownStatement, valueFrom } from './extract-util.js';
import { type Statement, lineOfWord } from './statement.js';
import type { JPolicy, JPolicyScope, NameRef } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** `security policies` settings besides the policies themselves. */
const POLICIES_IGNORED = new Set(['policy-rematch', 'pre-id-default-policy', 'traceoptions', 'policy-stats', 'unified-policy', 'stateful-firewall-rule', 'default-policy-action']);

/** Match conditions the model has no dimension for (users, L7 applications, URL categories). */
const MATCH_UNMODELLED = new Set(['source-identity', 'dynamic-application', 'url-category', 'source-end-user-profile', 'destination-address-name', 'services']);

/** `then permit …` options that do not change which flows are permitted. */
const PERMIT_IGNORED = new Set(['application-services', 'services-offload', 'advance-policy-based-routing-profile']);

interface Group {
  readonly scope: JPolicyScope;
  readonly name: string;
  /** Index of the first word after the policy name. */
  readonly at: number;
  readonly line: number;
  readonly context: string;
  readonly statements: Statement[];
}

type PolicyBuilder = Mutable<JPolicy> & { sources: NameRef[]; destinations: NameRef[]; applications: NameRef[]; unmodelled: NameRef[]; seen: Set<string> };

/**
 * Security policies. A policy's statements are gathered first: when none is active the whole
 * policy was deactivated (kept as an inactive policy with its match); otherwise inactive
 * statements are deactivated conditions and are left out. Zone-pair policies and global
 * policies are kept in file order each; the zone-pair ones come first, as Junos looks them
 * up first.
 */
export class PoliciesBuilder {
  private readonly groups = new Map<string, Group>();
  defaultPolicy?: { action: 'permit-all' | 'deny-all'; line: number };

  constructor(private readonly sink: WarningSink) {}

  add(s: Statement): void {
    const w = s.words;
    const key = w[2];
    if (key === 'from-zone') {
      const from = w[3];
      const to = w[5];
      if (from === undefined || w[4] !== 'to-zone' || to === undefined) {
        unknownStatement(this.sink, s, 4, 'zone pair');
        return;
      }
      if (w[6] === undefined) return;
      if (w[6] !== 'policy' || w[7] === undefined) {
        unknownStatement(this.sink, s, 6, 'zone-pair setting');
        return;
      }
      this.collect(`z\u0000${from}\u0000${to}\u0000${w[7]}`, { kind: 'zone-pair', from, to }, w[7], 8, s, `security policies from-zone ${from} to-zone ${to} policy ${w[7]}`);
      return;
    }
    if (key === 'global') {
      if (w[3] === undefined) return;
      if (w[3] !== 'policy' || w[4] === undefined) {
        unknownStatement(this.sink, s, 3, 'global policy setting');
        return;
      }
      this.collect(`g\u0000${w[4]}`, { kind: 'global' }, w[4], 5, s, `security policies global policy ${w[4]}`);
      return;
    }
    if (key === 'default-policy') {
      const action = w[3];
      if (action === 'permit-all' || action === 'deny-all') {
        if (!s.inactive && (this.defaultPolicy === undefined || s.group === undefined)) this.defaultPolicy = { action, line: s.line };
      } else {
        unknownStatement(this.sink, s, 3, 'default policy');
      }
      return;
    }
    if (key !== undefined && POLICIES_IGNORED.has(key)) return;
    unknownStatement(this.sink, s, 2, 'security policies setting');
  }

  private collect(id: string, scope: JPolicyScope, name: string, at: number, s: Statement, context: string): void {
    let g = this.groups.get(id);
    if (!g) this.groups.set(id, (g = { scope, name, at, line: lineOfWord(s, at - 1), context, statements: [] }));
    g.statements.push(s);
  }

  build(): JPolicy[] {
    const zonePairs: JPolicy[] = [];
    const globals: JPolicy[] = [];
    for (const g of this.groups.values()) {
      const allInactive = g.statements.every((s) => s.inactive);
      const p: PolicyBuilder = {
        name: g.name,
        line: g.line,
        context: g.context,
        scope: g.scope,
        inactive: allInactive,
        sources: [],
        destinations: [],
        applications: [],
        unmodelled: [],
        log: false,
        seen: new Set(),
      };
      let fromZones: NameRef[] | undefined;
      let toZones: NameRef[] | undefined;
      for (const s of g.statements) {
        if (s.inactive && !allInactive) continue;
        const zones = this.statement(p, s, g.at);
        if (zones?.kind === 'from-zone') (fromZones ??= []).push(zones.ref);
        if (zones?.kind === 'to-zone') (toZones ??= []).push(zones.ref);
      }
      const { seen: _seen, ...policy } = p;
      if (g.scope.kind === 'global') {
        globals.push({ ...policy, scope: { kind: 'global', ...(fromZones ? { fromZones } : {}), ...(toZones ? { toZones } : {}) } } as JPolicy);
      } else {
        if (fromZones || toZones) this.sink.invalid(g.line, g.context, 'match from-zone/to-zone belongs to global policies; ignored in a zone-pair policy');
        zonePairs.push(policy as JPolicy);
      }
    }
    return [...zonePairs, ...globals];
  }

  /** One statement of a policy, words from `k` on; returns a global policy's zone condition. */
  private statement(p: PolicyBuilder, s: Statement, k: number): { kind: 'from-zone' | 'to-zone'; ref: NameRef } | undefined {
    const w = s.words;
    const key = w[k];
    if (key === undefined) return undefined;
    if (key === 'description') {
      p.description = valueFrom(s, k + 1) ?? '';
      return undefined;
    }
    if (key === 'scheduler-name') {
      if (w[k + 1] !== undefined) p.scheduler = { name: w[k + 1]!, line: s.line };
      return undefined;
    }
    if (key === 'match') return this.match(p, s, k + 1);
    if (key === 'then') {
      this.then(p, s, k + 1);
      return undefined;
    }
    unknownStatement(this.sink, s, k, 'policy setting');
    return undefined;
  }

  private match(p: PolicyBuilder, s: Statement, k: number): { kind: 'from-zone' | 'to-zone'; ref: NameRef } | undefined {
    const w = s.words;
    const key = w[k];
    const value = w[k + 1];
    const add = (list: NameRef[]) => {
      if (value === undefined) {
        unknownStatement(this.sink, s, k + 1, `${key} value`);
        return;
      }
      const seen = `${key} ${value}`;
      if (p.seen.has(seen)) return;
      p.seen.add(seen);
      list.push({ name: value, line: s.line });
    };
    switch (key) {
      case 'source-address':
        add(p.sources);
        return undefined;
      case 'destination-address':
        add(p.destinations);
        return undefined;
      case 'application':
        add(p.applications);
        return undefined;
      case 'source-address-excluded':
        p.sourceExcluded = s.line;
        return undefined;
      case 'destination-address-excluded':
        p.destinationExcluded = s.line;
        return undefined;
      case 'from-zone':
      case 'to-zone':
        if (value === undefined) {
          unknownStatement(this.sink, s, k + 1, `${key} value`);
          return undefined;
        }
        return { kind: key, ref: { name: value, line: s.line } };
      default:
        if (key !== undefined && MATCH_UNMODELLED.has(key)) {
          p.unmodelled.push({ name: `${key} ${value ?? ''}`.trim(), line: s.line });
          return undefined;
        }
        unknownStatement(this.sink, s, k, 'match condition');
        return undefined;
    }
  }

  private then(p: PolicyBuilder, s: Statement, k: number): void {
    const w = s.words;
    const key = w[k];
    switch (key) {
      case 'permit': {
        p.action = { type: 'permit', line: s.line };
        const opt = w[k + 1];
        if (opt === undefined || PERMIT_IGNORED.has(opt)) return;
        if (opt === 'tunnel') {
          if (w[k + 2] === 'ipsec-vpn' && w[k + 3] !== undefined) p.tunnel = { name: w[k + 3]!, line: s.line };
          return;
        }
        if (opt === 'destination-address') {
          const which = w[k + 2];
          if (which === 'drop-translated' || which === 'drop-untranslated') p.dropTranslated = { which: which === 'drop-translated' ? 'translated' : 'untranslated', line: s.line };
          else unknownStatement(this.sink, s, k + 2, 'destination-address option');
          return;
        }
        if (opt === 'firewall-authentication') {
          if (!p.unmodelled.some((u) => u.name === 'firewall-authentication')) p.unmodelled.push({ name: 'firewall-authentication', line: s.line });
          return;
        }
        unknownStatement(this.sink, s, k + 1, 'permit option');
        return;
      }
      case 'deny':
        p.action = { type: 'deny', line: s.line };
        return;
      case 'reject':
        p.action = { type: 'reject', line: s.line };
        return;
      case 'log':
        p.log = true;
        return;
      case 'count':
        return;
      default:
        unknownStatement(this.sink, s, k, 'policy action');
    }
  }
}
