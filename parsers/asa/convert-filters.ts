import type { FilterStage, Rule } from '../../src/model/filter.js';
import type { Provenance } from '../../src/model/provenance.js';
import { PacketSet } from '../../src/space/packet-set.js';
import type { AclConverter } from './convert-acl.js';
import type { NamedInterface } from './convert-interfaces.js';
import type { References } from './references.js';
import type { AsaAccessGroup, AsaAccessList, AsaConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

export interface FilterContext {
  readonly file: string;
  readonly sink: WarningSink;
  readonly refs: References;
  readonly acls: AclConverter;
}

interface Binding {
  readonly group: AsaAccessGroup;
  readonly acl: AsaAccessList;
}

/**
 * ASA's access control (8.3+, routed mode) as filter stages, in the order a transit packet
 * meets them. All stages see real addresses (after un-NAT of the destination): ASA matches
 * access rules on real IPs, so every stage's header is 'translated'.
 *
 * 1. management-only: a `management-only` interface takes traffic to the unit only, so any
 *    packet entering or leaving through it is dropped.
 * 2. same-security-traffic: between two interfaces of equal level, and back out of the
 *    interface a packet came in on, ASA drops traffic unless `same-security-traffic permit
 *    inter-interface` / `intra-interface` is configured, whatever the access rules say. It
 *    comes before the access rules so that the access rule that let a packet through is the
 *    last decision on the hop, the one reports show.
 * 3. one inbound stage per interface:
 *    - with `access-group ACL in`: the ACL, then the global ACL if there is one, then the
 *      implicit deny;
 *    - without, but with `access-group ACL global`: the global ACL, then the implicit deny.
 *      A global ACL is "your default access control" (ASA configuration guide): once it
 *      exists, the implicit permit to lower security levels applies nowhere;
 *    - with neither: the security-level default, as an implicit permit towards interfaces of
 *      a lower (or equal, see 2) level and an implicit deny towards higher ones.
 * 4. one outbound stage per `access-group ACL out interface IF`, ending in its implicit deny.
 */
export function convertFilters(config: AsaConfig, named: ReadonlyMap<string, NamedInterface>, ctx: FilterContext): FilterStage[] {
  const { inbound, outbound, global } = bindings(config, named, ctx);
  const stages: FilterStage[] = [];
  const managementOnly = managementOnlyStage(named, ctx.file);
  if (managementOnly) stages.push(managementOnly);
  stages.push(sameSecurityStage(config, named, ctx.file));
  const globalRules = global ? ctx.acls.rules(global.acl, { inInterfaces: ['any'], outInterfaces: [] }) : [];
  for (const n of named.values()) {
    const bound = inbound.get(n.name);
    if (bound) {
      const rules = ctx.acls.rules(bound.acl, { inInterfaces: interfacesOf(inbound, bound.acl.name), outInterfaces: [] });
      const last = global ?? bound;
      stages.push({
        name: `access-group ${bound.acl.name} in interface ${n.name}${global ? ` + global ${global.acl.name}` : ''}`,
        inInterfaces: [n.name],
        header: 'translated',
        rules: [...rules, ...globalRules],
        defaultAction: 'deny',
        defaultReason: `implicit deny at the end of access-list ${last.acl.name}`,
        defaultProvenance: at(ctx.file, last.group.line),
      });
    } else if (global) {
      stages.push({
        name: `access-group ${global.acl.name} global (on ${n.name})`,
        inInterfaces: [n.name],
        header: 'translated',
        rules: globalRules,
        defaultAction: 'deny',
        defaultReason: `implicit deny at the end of the global access-list ${global.acl.name}`,
        defaultProvenance: at(ctx.file, global.group.line),
      });
    } else {
      stages.push(securityLevelStage(n, named, ctx.file));
    }
  }
  for (const n of named.values()) {
    const bound = outbound.get(n.name);
    if (!bound) continue;
    stages.push({
      name: `access-group ${bound.acl.name} out interface ${n.name}`,
      outInterfaces: [n.name],
      header: 'translated',
      rules: ctx.acls.rules(bound.acl, { inInterfaces: [], outInterfaces: interfacesOf(outbound, bound.acl.name) }),
      defaultAction: 'deny',
      defaultReason: `implicit deny at the end of access-list ${bound.acl.name}`,
      defaultProvenance: at(ctx.file, bound.group.line),
    });
  }
  return stages;
}

function at(file: string, line: number): Provenance {
  return { file, line };
}

function interfacesOf(bindings: ReadonlyMap<string, Binding>, acl: string): string[] {
  return [...bindings.entries()].filter(([, b]) => b.acl.name === acl).map(([i]) => i);
}

/**
 * Which ACL each interface and direction uses. A later `access-group` for the same interface
 * and direction replaces the earlier one, as on ASA. ASA refuses to bind an ACL that does not
 * exist, or one without extended entries, so such a binding is reported and left out: the
 * interface keeps the behaviour it would have without it.
 */
function bindings(config: AsaConfig, named: ReadonlyMap<string, NamedInterface>, ctx: FilterContext) {
  const acls = new Map(config.accessLists.map((a) => [a.name, a]));
  const inbound = new Map<string, Binding>();
  const outbound = new Map<string, Binding>();
  let global: Binding | undefined;
  for (const g of config.accessGroups) {
    const usedBy = g.direction === 'global' ? 'access-group global' : `access-group ${g.direction} interface ${g.interface}`;
    const acl = acls.get(g.acl);
    ctx.refs.add('acl', g.acl, acl !== undefined, usedBy, g.line, '', 'ASA refuses such a binding, so it is left out and the interface keeps its default');
    if (g.interface !== undefined) {
      ctx.refs.add('interface', g.interface, named.has(g.interface), usedBy, g.line, '', 'the binding applies to no interface');
    }
    if (!acl) continue;
    if (g.controlPlane) {
      ctx.sink.unsupported(g.line, '', 'control-plane access rules filter traffic to the unit itself and are not modelled; management access may be narrower than modelled');
      continue;
    }
    if (!acl.entries.some((e) => e.kind === 'extended')) {
      ctx.sink.invalid(g.line, '', `access-list ${acl.name} has no extended entry; ASA binds only extended ACLs, so the binding is left out`);
      continue;
    }
    const binding = { group: g, acl };
    if (g.direction === 'global') global = binding;
    else if (g.interface !== undefined && named.has(g.interface)) (g.direction === 'in' ? inbound : outbound).set(g.interface, binding);
  }
  return { inbound, outbound, global };
}

function managementOnlyStage(named: ReadonlyMap<string, NamedInterface>, file: string): FilterStage | undefined {
  const rules: Rule[] = [];
  for (const n of named.values()) {
    if (n.iface.managementOnly === undefined) continue;
    rules.push(
      implicitRule(`management-only:${n.name}`, 'deny', [{ inInterfaces: [n.name], packets: PacketSet.ANY }, { outInterfaces: [n.name], packets: PacketSet.ANY }], at(file, n.iface.managementOnly), {
        comment: `${n.name} is management-only: it takes traffic to the unit, never through it`,
        inInterfaces: [n.name],
        outInterfaces: [n.name],
      }),
    );
  }
  if (rules.length === 0) return undefined;
  return { name: 'management-only interfaces', header: 'translated', rules, defaultAction: 'permit', defaultReason: 'no management-only interface on the path' };
}

/** No ACL at all on the interface: higher → lower (and equal) levels pass, lower → higher do not. */
function securityLevelStage(n: NamedInterface, named: ReadonlyMap<string, NamedInterface>, file: string): FilterStage {
  const lowerOrEqual = [...named.values()].filter((o) => o.level <= n.level).map((o) => o.name);
  const provenance = at(file, n.levelLine);
  return {
    name: `security-level ${n.level} on ${n.name} (no access-group)`,
    inInterfaces: [n.name],
    header: 'translated',
    rules: [
      implicitRule(`security-level:${n.name}`, 'permit', [{ outInterfaces: lowerOrEqual, packets: PacketSet.ANY }], provenance, {
        comment: `no access-group on ${n.name} (security-level ${n.level}): traffic to interfaces of a lower level is permitted`,
        inInterfaces: [n.name],
        outInterfaces: lowerOrEqual,
      }),
    ],
    defaultAction: 'deny',
    defaultReason: `implicit deny: ${n.name} (security-level ${n.level}) has no access-group, and traffic to a higher security level needs one`,
    defaultProvenance: provenance,
  };
}

function sameSecurityStage(config: AsaConfig, named: ReadonlyMap<string, NamedInterface>, file: string): FilterStage {
  const rules: Rule[] = [];
  const all = [...named.values()];
  for (const n of all) {
    const peers = all.filter((o) => o !== n && o.level === n.level).map((o) => o.name);
    if (config.sameSecurity.inter === undefined && peers.length > 0) {
      rules.push(
        implicitRule(`same-security:${n.name}`, 'deny', [{ inInterfaces: [n.name], outInterfaces: peers, packets: PacketSet.ANY }], at(file, n.levelLine), {
          comment: `${n.name} and ${peers.join(', ')} share security-level ${n.level} and same-security-traffic permit inter-interface is not configured`,
          inInterfaces: [n.name],
          outInterfaces: peers,
        }),
      );
    }
    if (config.sameSecurity.intra === undefined) {
      rules.push(
        implicitRule(`same-interface:${n.name}`, 'deny', [{ inInterfaces: [n.name], outInterfaces: [n.name], packets: PacketSet.ANY }], at(file, n.levelLine), {
          comment: `traffic may not leave ${n.name} where it came in: same-security-traffic permit intra-interface is not configured`,
          inInterfaces: [n.name],
          outInterfaces: [n.name],
        }),
      );
    }
  }
  const lines = [config.sameSecurity.inter, config.sameSecurity.intra].filter((l): l is number => l !== undefined);
  return {
    name: 'same-security-traffic',
    header: 'translated',
    rules,
    defaultAction: 'permit',
    defaultReason: 'the interfaces differ in security level, or same-security-traffic permits it',
    ...(lines.length > 0 && { defaultProvenance: at(file, Math.min(...lines)) }),
  };
}

function implicitRule(
  id: string,
  action: 'permit' | 'deny',
  terms: Rule['terms'],
  provenance: Provenance,
  shown: { comment: string; inInterfaces: string[]; outInterfaces: string[] },
): Rule {
  return {
    id,
    action,
    enabled: true,
    log: false,
    terms,
    implicit: true,
    comment: shown.comment,
    display: { inInterfaces: shown.inInterfaces, outInterfaces: shown.outInterfaces, sources: ['any'], destinations: ['any'], services: ['ip'] },
    provenance,
  };
}
