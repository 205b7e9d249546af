import { type Mutable, badValue, unknownStatement } from './extract-util.js';
import { logicalName, parsePrefix, parseUint } from './junos-values.js';
import { type Statement, lineOfWord, pathOf } from './statement.js';
import type { JNextHop, JQualifiedNextHop, JRoutingInstance, JStaticRoute, NameRef } from './vendor-config.js';
import type { WarningSink } from './warnings.js';
import { parseIp } from '../../src/space/ip.js';

/** `routing-options` settings that do not add routes: recognized, not modelled. */
const OPTIONS_IGNORED = new Set([
  'router-id',
  'autonomous-system',
  'forwarding-table',
  'interface-routes',
  'graceful-restart',
  'nonstop-routing',
  'aggregate',
  'generate',
  'martians',
  'options',
  'traceoptions',
  'maximum-paths',
  'maximum-prefixes',
  'multipath',
  'resolution',
  'ppm',
  'confederation',
  'dynamic-tunnels',
  'source-routing',
  'transport-class',
  'flow',
  'bmp',
  'route-distinguisher-id',
  'auto-export',
  'fate-sharing',
  'topologies',
  'validation',
  'med-igp-update-interval',
  'nsr-phantom-holdtime',
  'static-route-bfd-hold-down',
]);

/** Options of a static route that do not change where packets go. */
const ROUTE_IGNORED = new Set([
  'tag',
  'tag2',
  'no-readvertise',
  'readvertise',
  'resolve',
  'no-resolve',
  'retain',
  'no-retain',
  'install',
  'no-install',
  'active',
  'passive',
  'community',
  'as-path',
  'color',
  'color2',
  'no-fate-sharing',
  'bfd-liveness-detection',
  'longest-match',
  'no-longest-match',
  'backup-pe-group',
  'description',
  'neighbor',
  'local-address',
  'spring-te-lsp-next-hop',
]);

/** Settings of a routing instance besides its type, interfaces and routing options. */
const INSTANCE_IGNORED = new Set([
  'description',
  'route-distinguisher',
  'vrf-target',
  'vrf-import',
  'vrf-export',
  'vrf-table-label',
  'no-vrf-advertise',
  'forwarding-options',
  'system',
  'services',
  'provider-tunnel',
  'bridge-domains',
  'vlans',
  'switch-options',
  'vtep-source-interface',
  'access',
  'access-profile',
  'egress-protection',
  'multicast-snooping-options',
]);

type RouteDraft = Omit<Mutable<JStaticRoute>, 'nextHops' | 'qualified'> & { nextHops: JNextHop[]; qualified: Array<{ -readonly [K in keyof JQualifiedNextHop]: JQualifiedNextHop[K] }> };

interface RouteGroup {
  readonly table: string;
  readonly prefixText: string;
  readonly statements: Statement[];
  /** Index of the word `route` in the statements. */
  readonly at: number;
}

/**
 * Static routes of one routing table owner (the default instance or one routing instance).
 * A route's statements are gathered first: when none of them is active the whole route was
 * deactivated (kept, inactive); otherwise an inactive statement is a deactivated option and
 * is left out.
 */
export class RoutingOptionsBuilder {
  private readonly groups = new Map<string, RouteGroup>();
  /** Dynamic or cross-instance features met, for conversion warnings (first line of each). */
  readonly leaks: NameRef[] = [];

  constructor(
    private readonly sink: WarningSink,
    private readonly owner: string,
  ) {}

  /** A statement whose word `k` is `routing-options`. */
  add(s: Statement, k: number): void {
    const w = s.words;
    const key = w[k + 1];
    if (key === 'static') {
      this.staticStatement(s, k + 1, 'inet.0');
      return;
    }
    if (key === 'rib') {
      const table = w[k + 2];
      if (table === undefined) {
        unknownStatement(this.sink, s, k + 2, 'routing table');
        return;
      }
      if (w[k + 3] === 'static') this.staticStatement(s, k + 3, table);
      else if (w[k + 3] !== undefined && OPTIONS_IGNORED.has(w[k + 3]!)) return;
      else unknownStatement(this.sink, s, k + 3, 'rib setting');
      return;
    }
    if (key === 'instance-import' || key === 'instance-export' || key === 'rib-groups') {
      this.sink.unsupported(s.line, pathOf(s, k + 2), `${key} leaks routes between routing tables, which is not modelled: the leaked routes are missing, so the model errs towards less reachability`);
      return;
    }
    if (key !== undefined && OPTIONS_IGNORED.has(key)) return;
    unknownStatement(this.sink, s, k + 1, 'routing option');
  }

  /** `static route P …` with `static` at word `k`. */
  private staticStatement(s: Statement, k: number, table: string): void {
    const w = s.words;
    const key = w[k + 1];
    if (key === 'defaults' || key === 'rib-group') {
      this.sink.unsupported(s.line, pathOf(s, k + 2), `static ${key} is not modelled: routes keep the Junos default preference 5 and stay in their own table`);
      return;
    }
    if (key !== 'route' || w[k + 2] === undefined) {
      unknownStatement(this.sink, s, k + 1, 'static routing setting');
      return;
    }
    const prefixText = w[k + 2]!;
    const id = `${table}|${prefixText}`;
    let g = this.groups.get(id);
    if (!g) this.groups.set(id, (g = { table, prefixText, statements: [], at: k + 1 }));
    g.statements.push(s);
  }

  build(): JStaticRoute[] {
    const out: JStaticRoute[] = [];
    for (const g of this.groups.values()) {
      const first = g.statements[0]!;
      const prefix = parsePrefix(g.prefixText);
      const context = `${this.owner} static route ${g.prefixText}`;
      const v6Table = g.table.startsWith('inet6') || g.table.endsWith('.inet6.0');
      if (!prefix || (prefix.family === 6) !== v6Table) {
        this.sink.invalid(first.line, context, `route prefix "${g.prefixText}" is not a valid ${v6Table ? 'IPv6' : 'IPv4'} prefix for ${g.table}; the route is ignored`);
        continue;
      }
      const allInactive = g.statements.every((s) => s.inactive);
      const route: RouteDraft = {
        prefix,
        line: lineOfWord(first, g.at + 1),
        context,
        inactive: allInactive,
        nextHops: [],
        qualified: [],
      };
      for (const s of g.statements) {
        if (s.inactive && !allInactive) continue;
        this.routeOption(route, s, g.at + 2, prefix.family);
      }
      out.push(route as JStaticRoute);
    }
    return out;
  }

  private routeOption(route: RouteDraft, s: Statement, k: number, family: 4 | 6): void {
    const w = s.words;
    const key = w[k];
    if (key === undefined) return;
    switch (key) {
      case 'next-hop': {
        const hop = nextHop(w[k + 1], s.line, family);
        if (!hop) badValue(this.sink, s, k + 1, 'next-hop', 'this next hop is ignored');
        else route.nextHops.push(hop);
        return;
      }
      case 'qualified-next-hop': {
        const text = w[k + 1];
        const hop = nextHop(text, s.line, family);
        if (!hop) {
          badValue(this.sink, s, k + 1, 'qualified-next-hop', 'this next hop is ignored');
          return;
        }
        let q = route.qualified.find((x) => x.address?.value === hop.address?.value && x.interface === hop.interface);
        if (!q) route.qualified.push((q = { ...hop }));
        const opt = w[k + 2];
        if (opt === 'preference' || opt === 'metric') {
          const n = parseUint(w[k + 3], 4_294_967_295);
          if (n === undefined) badValue(this.sink, s, k + 3, opt, 'ignored');
          else q[opt] = n;
        } else if (opt === 'interface' && w[k + 3] !== undefined) {
          q.interface = logicalName(w[k + 3]!);
        } else if (opt !== undefined && !ROUTE_IGNORED.has(opt)) {
          unknownStatement(this.sink, s, k + 2, 'qualified-next-hop option');
        }
        return;
      }
      case 'discard':
      case 'reject':
      case 'receive':
        route.drop = { kind: key, line: s.line };
        return;
      case 'preference':
      case 'metric': {
        // `preference 10` or (brace) `preference { 10; }`-style lists end up the same.
        const n = parseUint(w[k + 1], 4_294_967_295);
        if (n === undefined) badValue(this.sink, s, k + 1, key, 'the Junos default is kept');
        else route[key] = n;
        return;
      }
      case 'next-table':
        if (w[k + 1] !== undefined) route.nextTable = { name: w[k + 1]!, line: s.line };
        return;
      case 'lsp-next-hop':
      case 'p2mp-lsp-next-hop':
      case 'static-lsp-next-hop':
        this.sink.unsupported(s.line, route.context, `${key} (MPLS) is not modelled: the route has no usable next hop here`);
        return;
      default:
        if (ROUTE_IGNORED.has(key)) return;
        unknownStatement(this.sink, s, k, 'static route option');
    }
  }
}

const INTERFACE_NAME = /^[a-z][a-z0-9-]*(?:\/\d+)*(?:\.\d+)?$/;

function nextHop(text: string | undefined, line: number, family: 4 | 6): JNextHop | undefined {
  if (text === undefined) return undefined;
  const address = parseIp(text);
  if (address) return address.family === family ? { address, line } : undefined;
  // An interface next hop (`st0.0`, `ge-0/0/1.0`): a point-to-point or tunnel route.
  return INTERFACE_NAME.test(text) && /\d/.test(text) ? { interface: logicalName(text), line } : undefined;
}

type InstanceBuilder = Mutable<JRoutingInstance> & { interfaces: NameRef[]; routing: RoutingOptionsBuilder; protocols: NameRef[] };

/** `routing-instances R …`: each instance is a separate forwarding context. */
export class RoutingInstanceBuilder {
  private readonly instances = new Map<string, InstanceBuilder>();

  constructor(private readonly sink: WarningSink) {}

  add(s: Statement): void {
    const w = s.words;
    const name = w[1];
    if (name === undefined) {
      unknownStatement(this.sink, s, 1, 'routing instance');
      return;
    }
    let r = this.instances.get(name);
    if (!r) {
      r = { name, line: lineOfWord(s, 1), context: `routing-instances ${name}`, interfaces: [], routes: [], routing: new RoutingOptionsBuilder(this.sink, `routing-instances ${name}`), protocols: [] };
      this.instances.set(name, r);
    }
    const key = w[2];
    if (key === undefined) return;
    if (s.inactive && key !== 'routing-options') return;
    switch (key) {
      case 'instance-type':
        if (w[3] === undefined) unknownStatement(this.sink, s, 3, 'instance type');
        else r.type = { name: w[3], line: s.line };
        return;
      case 'interface':
        if (w[3] === undefined) unknownStatement(this.sink, s, 3, 'interface');
        else if (!r.interfaces.some((i) => i.name === logicalName(w[3]!))) r.interfaces.push({ name: logicalName(w[3]), line: s.line });
        return;
      case 'routing-options':
        r.routing.add(s, 2);
        return;
      case 'protocols':
        if (w[3] !== undefined && !r.protocols.some((p) => p.name === w[3])) r.protocols.push({ name: w[3], line: s.line });
        return;
      default:
        if (INSTANCE_IGNORED.has(key)) return;
        unknownStatement(this.sink, s, 2, 'routing-instance setting');
    }
  }

  build(): { instances: JRoutingInstance[]; protocols: NameRef[] } {
    const protocols: NameRef[] = [];
    const instances = [...this.instances.values()].map(({ routing, protocols: p, ...r }) => {
      protocols.push(...p.map((x) => ({ name: `${r.name} ${x.name}`, line: x.line })));
      return { ...r, routes: routing.build() } as JRoutingInstance;
    });
    return { instances, protocols };
  }
}
