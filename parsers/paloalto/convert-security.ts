import type { FilterStage, MatchTerm, Rule } from '../../src/model/filter.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet } from '../../src/space/service-set.js';
import { type VsysContext, zoneMembers, zonedInterfaces } from './convert-context.js';
import type { Use } from './resolve-addresses.js';
import type { PanDefaultRule, PanSecurityRule } from './vendor-config.js';

/** allow → permit; deny, drop and every reset-* → deny (they differ only in what the sender sees). */
const DENY_ACTIONS = new Set(['deny', 'drop', 'reset-client', 'reset-server', 'reset-both']);

/**
 * The security policy of a vsys as one stage. PAN-OS matches security rules on the packet as
 * it arrived (pre-NAT addresses and ports) but on the zone the packet will leave through after
 * destination NAT and routing; the analysis gives that egress interface, so the stage reads the
 * 'original' header. After the rules come the two predefined rules: intrazone-default (allow
 * within a zone) and interzone-default (deny), with their overrides.
 */
export function convertSecurity(ctx: VsysContext): FilterStage {
  const rules: Rule[] = [];
  const ids = new Set<string>();
  for (const r of ctx.vsys.security) {
    const rule = convertRule(ctx, r, ids);
    if (rule) rules.push(rule);
  }
  rules.push(...defaultRules(ctx));
  return {
    name: 'security policy',
    header: 'original',
    rules,
    defaultAction: 'deny',
    defaultReason: 'interzone-default deny (PAN-OS)',
    defaultProvenance: { file: ctx.file, line: ctx.vsys.rulebaseLine },
  };
}

/**
 * Interfaces outside every layer-3 zone: PAN-OS drops whatever enters or would leave through
 * them. Two stages say so, so that "any" in rules can stay "any".
 */
export function zonelessStages(ctx: VsysContext): FilterStage[] {
  const zoneless = ctx.interfaceNames.filter((n) => !ctx.zoneOf.has(n));
  if (zoneless.length === 0) return [];
  const common = { header: 'original' as const, rules: [], defaultAction: 'deny' as const, defaultReason: 'the interface is in no security zone: PAN-OS drops its traffic' };
  return [
    { name: 'no security zone (ingress)', inInterfaces: zoneless, ...common },
    { name: 'no security zone (egress)', outInterfaces: zoneless, ...common },
  ];
}

function convertRule(ctx: VsysContext, r: PanSecurityRule, ids: Set<string>): Rule | undefined {
  if (!r.complete) {
    ctx.sink.unrecognized(r.line, r.context, `rule ${r.name} is cut off by the end of the file; it is left out`);
    return undefined;
  }
  if (!r.action) return undefined;
  const actionText = r.action.value;
  let action: Rule['action'];
  if (actionText === 'allow') action = 'permit';
  else if (DENY_ACTIONS.has(actionText)) action = 'deny';
  else {
    ctx.sink.invalid(r.action.line, r.context, `unknown action "${actionText}"; the rule is left out`);
    return undefined;
  }
  if (r.missing.length > 0) {
    const columns = r.missing.map((m) => `<${m}>`).join(', ');
    if (action === 'deny') {
      ctx.sink.invalid(r.line, r.context, `deny rule ${r.name} has no ${columns}; it is left out (matches nothing), so the model errs toward more reachability`);
      return undefined;
    }
    ctx.sink.invalid(r.line, r.context, `rule ${r.name} has no ${columns}; read as "any", so the rule matches more`);
  }
  const usedBy = `security rule ${r.name}`;
  recordZones(ctx, r.from.names, usedBy, r.from.line, r.context);
  recordZones(ctx, r.to.names, usedBy, r.to.line, r.context);
  const use = (line: number): Use => ({ usedBy, line, context: r.context });
  let src = ctx.addresses.resolveAll(r.source.names, use(r.source.line));
  let dst = ctx.addresses.resolveAll(r.destination.names, use(r.destination.line));
  if (r.negateSource) src = src.complement();
  if (r.negateDestination) dst = dst.complement();
  let services = ruleServices(ctx, r, action);
  if (r.schedule) ctx.refs.add('schedule', r.schedule.value, scheduleExists(ctx, r.schedule.value), usedBy, r.schedule.line, r.context, 'the rule is read without it');
  const unknowable = unknowableConditions(r);
  if (unknowable.length > 0) {
    if (action === 'permit') {
      ctx.sink.unsupported(r.line, r.context, `${unknowable.join(', ')} cannot be evaluated offline: treated as absent, so the rule matches more`);
    } else {
      ctx.sink.unsupported(r.line, r.context, `${unknowable.join(', ')} cannot be evaluated offline: this deny rule matches nothing here (the model errs toward more reachability)`);
      services = ServiceSet.EMPTY;
    }
  }
  const packets = PacketSet.of(src, dst, services);
  let id = r.name;
  for (let k = 2; ids.has(id); k++) id = `${r.name}#${k}`;
  ids.add(id);
  return {
    id,
    name: r.name,
    action,
    enabled: !r.disabled,
    log: r.logStart || r.logEnd,
    terms: ruleTerms(ctx, r, packets),
    implicit: false,
    ...(r.description === undefined ? {} : { comment: r.description }),
    display: {
      inInterfaces: r.from.names,
      outInterfaces: r.to.names,
      sources: r.negateSource ? r.source.names.map((n) => `!${n}`) : r.source.names,
      destinations: r.negateDestination ? r.destination.names.map((n) => `!${n}`) : r.destination.names,
      services: r.application.names.includes('any') ? r.service.names : [...r.service.names, ...r.application.names.map((a) => `app:${a}`)],
    },
    provenance: { file: ctx.file, line: r.line },
  };
}

/**
 * The services a rule lets through, from its service and application columns:
 * - `application-default` with named applications: each application on its default ports;
 *   an application sansou knows no ports for adds nothing (warned: the rule matches less);
 * - `application-default` with application `any`: every service (warned: PAN-OS would hold
 *   each application to its own default ports, which sansou cannot tell apart);
 * - explicit services (or `any`): those ports, whatever the applications, since an application
 *   identified on a non-default port is still allowed;
 * - a deny rule naming applications (or using application-default) matches nothing: other
 *   applications on the same ports go on to later rules, and at the level of headers any port
 *   can carry another application.
 */
function ruleServices(ctx: VsysContext, r: PanSecurityRule, action: Rule['action']): ServiceSet {
  const appAny = r.application.names.includes('any');
  const use: Use = { usedBy: `security rule ${r.name}`, line: r.service.line, context: r.context };
  const explicit = r.service.names.filter((n) => n !== 'application-default');
  const parts: ServiceSet[] = [ctx.services.resolveServices(explicit, use)];
  if (r.service.names.includes('application-default')) {
    if (appAny) {
      if (action === 'permit') {
        ctx.sink.unsupported(
          r.service.line,
          r.context,
          'application any with service application-default: PAN-OS limits each application to its own default ports, which sansou cannot tell apart; every service is let through (the rule matches more)',
        );
      }
      parts.push(ServiceSet.ANY);
    } else {
      parts.push(ctx.services.applicationPorts(r.application.names, { ...use, line: r.application.line }).services);
    }
  }
  const services = ServiceSet.unionAll(parts);
  if (action === 'deny' && (!appAny || r.service.names.includes('application-default'))) {
    const what = appAny ? 'deny rule limited to applications on their default ports' : `deny rule limited to applications ${r.application.names.join(', ')}`;
    ctx.sink.unsupported(
      r.application.line,
      r.context,
      `${what}: other applications on the same ports are not denied by it, so it matches nothing here (the model errs toward more reachability)`,
    );
    return ServiceSet.EMPTY;
  }
  return services;
}

/** Match conditions that depend on run-time identity: users, URL categories, HIP, schedules. */
function unknowableConditions(r: PanSecurityRule): string[] {
  const out: string[] = [];
  const notAny = (names: readonly string[]) => !names.includes('any');
  if (notAny(r.sourceUser.names)) out.push(`source-user ${r.sourceUser.names.join(',')}`);
  if (notAny(r.category.names)) out.push(`URL category ${r.category.names.join(',')}`);
  if (notAny(r.sourceHip.names)) out.push(`source-hip ${r.sourceHip.names.join(',')}`);
  if (notAny(r.destinationHip.names)) out.push(`destination-hip ${r.destinationHip.names.join(',')}`);
  if (r.schedule) out.push(`schedule ${r.schedule.value}`);
  return out;
}

function scheduleExists(ctx: VsysContext, name: string): boolean {
  return ctx.vsys.objects.schedules.some((s) => s.name === name) || ctx.config.shared.schedules.some((s) => s.name === name);
}

function recordZones(ctx: VsysContext, names: readonly string[], usedBy: string, line: number, context: string): void {
  for (const n of names) {
    if (n === 'any') continue;
    ctx.refs.add('zone', n, ctx.zones.has(n), usedBy, line, context);
  }
}

function union(ctx: VsysContext, zones: readonly string[]): string[] {
  return [...new Set(zones.flatMap((z) => zoneMembers(ctx, z)))];
}

/**
 * The rule's interface terms from its zones and rule type: universal rules match any pair of
 * the listed zones; intrazone rules only traffic that stays in one listed zone; interzone
 * rules only traffic that changes zone.
 */
function ruleTerms(ctx: VsysContext, r: PanSecurityRule, packets: PacketSet): MatchTerm[] {
  const fromAny = r.from.names.includes('any');
  const toAny = r.to.names.includes('any');
  const allZones = [...ctx.zones.keys()];
  const fromZones = fromAny ? allZones : r.from.names;
  switch (r.ruleType) {
    case 'universal':
      return [
        {
          ...(fromAny ? {} : { inInterfaces: union(ctx, r.from.names) }),
          ...(toAny ? {} : { outInterfaces: union(ctx, r.to.names) }),
          packets,
        },
      ];
    case 'intrazone':
      return fromZones
        .filter((z) => toAny || r.to.names.includes(z))
        .map((z) => zoneMembers(ctx, z))
        .filter((m) => m.length > 0)
        .map((m) => ({ inInterfaces: m, outInterfaces: m, packets }));
    case 'interzone': {
      const targets = toAny ? zonedInterfaces(ctx) : union(ctx, r.to.names);
      const terms: MatchTerm[] = [];
      for (const z of fromZones) {
        const own = new Set(zoneMembers(ctx, z));
        const out = targets.filter((t) => !own.has(t));
        if (own.size > 0 && out.length > 0) terms.push({ inInterfaces: [...own], outInterfaces: out, packets });
      }
      return terms;
    }
  }
}

/** The last override written for a predefined rule wins. */
function override(ctx: VsysContext, name: string): PanDefaultRule | undefined {
  let found: PanDefaultRule | undefined;
  for (const d of ctx.vsys.defaults) if (d.name === name) found = d;
  return found;
}

/**
 * intrazone-default (allow, not logged) and interzone-default (deny, not logged), as implicit
 * rules after every other rule, with the action and logging of their overrides.
 */
function defaultRules(ctx: VsysContext): Rule[] {
  for (const d of ctx.vsys.defaults) {
    if (d.name !== 'intrazone-default' && d.name !== 'interzone-default') ctx.sink.invalid(d.line, d.context, `"${d.name}" is not a predefined default rule; ignored`);
  }
  const make = (name: string, fallback: Rule['action'], terms: MatchTerm[]): Rule => {
    const o = override(ctx, name);
    let action = fallback;
    if (o?.action) {
      if (o.action.value === 'allow') action = 'permit';
      else if (DENY_ACTIONS.has(o.action.value)) action = 'deny';
      else ctx.sink.invalid(o.action.line, o.context, `unknown action "${o.action.value}"; the default ${fallback === 'permit' ? 'allow' : 'deny'} stays`);
    }
    return {
      id: name,
      name,
      action,
      enabled: true,
      log: o?.logEnd ?? false,
      terms,
      implicit: true,
      display: { inInterfaces: ['any'], outInterfaces: [name === 'intrazone-default' ? '(same zone)' : 'any'], sources: ['any'], destinations: ['any'], services: ['any'] },
      provenance: { file: ctx.file, line: o?.line ?? ctx.vsys.rulebaseLine },
    };
  };
  const intrazone: MatchTerm[] = [...ctx.zones.values()]
    .filter((z) => z.interfaces.length > 0)
    .map((z) => ({ inInterfaces: z.interfaces, outInterfaces: z.interfaces, packets: PacketSet.ANY }));
  const out: Rule[] = [];
  if (intrazone.length > 0) out.push(make('intrazone-default', 'permit', intrazone));
  out.push(make('interzone-default', 'deny', [{ packets: PacketSet.ANY }]));
  return out;
}

