import type { ConfigNode, ConfigTree } from './config-tree.js';
import { AclCollector } from './extract-acl.js';
import { type InterfaceDraft, extractInterface } from './extract-interface.js';
import { type HttpSettings, extractHttp, extractSnmpCommunity, extractSnmpGroup, extractUser, extractVtyLine } from './extract-management.js';
import { type NatParts, extractNat } from './extract-nat.js';
import { extractNetworkGroup, extractServiceGroup } from './extract-object-groups.js';
import { extractRoute } from './extract-routes.js';
import { extractClassMap, extractPolicyMap, extractZone, extractZonePair } from './extract-zbf.js';
import { isIgnoredTopLevel } from './ignored-commands.js';
import { interfaceLayer } from './interface-layer.js';
import type { IosConfig, IosInterface, IosUser, IosVrf, NameRef } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * Config tree → typed IOS configuration. This step knows IOS commands and their defaults but
 * nothing of the neutral model. Every top-level command is read, recognized as noise, or
 * reported as unrecognized.
 */
export function extractIos(tree: ConfigTree, sink: WarningSink): IosConfig {
  const x = new Extraction(sink);
  for (const node of tree.nodes) x.top(node);
  if (tree.endLine === undefined) {
    const last = lastLine(tree);
    if (last > 0) sink.unrecognized(last, '', 'the configuration does not end with "end": the file is probably truncated, and what followed this line is missing');
  }
  return x.result(tree.endLine !== undefined);
}

function lastLine(tree: ConfigTree): number {
  let node: ConfigNode | undefined = tree.nodes[tree.nodes.length - 1];
  let line = node?.line ?? 0;
  while (node) {
    line = node.line;
    node = node.children[node.children.length - 1];
  }
  return line;
}

/** Commands read here that never open a sub-mode. */
const LEAVES = new Set(['hostname', 'version', 'access-list', 'username', 'snmp-server', 'enable', 'no']);
const IP_LEAVES = new Set(['route', 'nat', 'http', 'routing', 'port-map']);

function isLeaf(k: readonly string[]): boolean {
  if (LEAVES.has(k[0]!)) return true;
  return (k[0] === 'ip' || k[0] === 'ipv6') && IP_LEAVES.has(k[1] ?? '');
}

class Extraction {
  hostname?: NameRef;
  version?: { text: string; line: number };
  routingDisabled?: { line: number };
  readonly vrfs: IosVrf[] = [];
  readonly drafts: InterfaceDraft[] = [];
  private readonly interfaceLines = new Map<string, number>();
  readonly acls: AclCollector;
  readonly networkGroups: IosConfig['networkGroups'][number][] = [];
  readonly serviceGroups: IosConfig['serviceGroups'][number][] = [];
  readonly timeRanges: { name: string; line: number; context: string }[] = [];
  readonly routes: IosConfig['routes'][number][] = [];
  readonly nat: NatParts = { statics: [], dynamics: [], pools: [], unmodelled: [] };
  readonly zones: IosConfig['zbf']['zones'][number][] = [];
  readonly zonePairs: IosConfig['zbf']['zonePairs'][number][] = [];
  readonly classMaps: IosConfig['zbf']['classMaps'][number][] = [];
  readonly policyMaps: IosConfig['zbf']['policyMaps'][number][] = [];
  readonly vtyLines: IosConfig['management']['vtyLines'][number][] = [];
  readonly http: HttpSettings = { port: 80, securePort: 443 };
  readonly communities: IosConfig['management']['snmpCommunities'][number][] = [];
  readonly snmpGroups: IosConfig['management']['snmpGroups'][number][] = [];
  readonly users = new Map<string, IosUser>();

  constructor(private readonly sink: WarningSink) {
    this.acls = new AclCollector(sink);
  }

  top(node: ConfigNode): void {
    this.dispatch(node);
    if (isLeaf(node.words.map((w) => w.toLowerCase()))) this.rejectChildren(node);
  }

  /**
   * A one-line command has nothing indented under it; lines that are, in a hand-edited or
   * damaged file, would otherwise vanish unread.
   */
  private rejectChildren(node: ConfigNode): void {
    for (const c of node.children) {
      this.sink.unrecognized(c.line, node.text, `unexpected indented line under "${node.words.slice(0, 2).join(' ')}"`);
      this.rejectChildren(c);
    }
  }

  private dispatch(node: ConfigNode): void {
    const k = node.words.map((w) => w.toLowerCase());
    const w = node.words;
    const sink = this.sink;
    switch (k[0]) {
      case 'hostname':
        if (w[1] === undefined) sink.unrecognized(node.line, '', 'hostname without a name');
        else this.hostname = { name: w[1], line: node.line };
        return;
      case 'version':
        this.version = { text: w.slice(1).join(' '), line: node.line };
        return;
      case 'interface': {
        if (k[1] === 'range') break;
        const draft = extractInterface(node, sink);
        if (!draft) return;
        const earlier = this.interfaceLines.get(draft.iface.name);
        // A running-config lists each interface once; a second block is a hand edit.
        if (earlier !== undefined) sink.invalid(node.line, draft.iface.context, `interface ${draft.iface.name} is already configured on line ${earlier}; this second block is ignored`);
        else {
          this.interfaceLines.set(draft.iface.name, draft.iface.line);
          this.drafts.push(draft);
        }
        return;
      }
      case 'access-list':
        this.acls.numbered(node);
        return;
      case 'object-group':
        if (k[1] === 'network') this.add(this.networkGroups, extractNetworkGroup(node, sink));
        else if (k[1] === 'service') this.add(this.serviceGroups, extractServiceGroup(node, sink));
        else sink.unsupported(node.line, '', `object-group ${k[1] ?? ''} is not modelled; entries that name it match nothing`);
        return;
      case 'zone':
        if (k[1] === 'security') {
          this.add(this.zones, extractZone(node, sink));
          return;
        }
        break;
      case 'zone-pair':
        if (k[1] === 'security') {
          this.add(this.zonePairs, extractZonePair(node, sink));
          return;
        }
        break;
      case 'class-map':
        if (k[1] === 'type' && k[2] === 'inspect') {
          this.add(this.classMaps, extractClassMap(node, sink));
          return;
        }
        break;
      case 'policy-map':
        if (k[1] === 'type' && k[2] === 'inspect') {
          this.add(this.policyMaps, extractPolicyMap(node, sink));
          return;
        }
        break;
      case 'line':
        if (k[1] === 'vty') {
          this.add(this.vtyLines, extractVtyLine(node, sink));
          return;
        }
        break;
      case 'username': {
        const u = extractUser(node, sink);
        if (u) {
          const seen = this.users.get(u.name);
          // One account may take several lines; a `privilege` on any of them sets its level.
          if (!seen) this.users.set(u.name, u);
          else if (u.privilege !== 1) this.users.set(u.name, { ...seen, privilege: u.privilege });
        }
        return;
      }
      case 'time-range':
        if (w[1] !== undefined) this.timeRanges.push({ name: w[1], line: node.line, context: `time-range ${w[1]}` });
        return;
      case 'vrf':
        if (k[1] === 'definition' && w[2] !== undefined) {
          this.vrfs.push({ name: w[2], line: node.line, context: `vrf definition ${w[2]}`, style: 'vrf definition', ...rdOf(node) });
          return;
        }
        break;
      case 'router':
        sink.unsupported(node.line, '', `dynamic routing (${w.slice(1).join(' ')}) is not modelled: only connected and static routes are, so routes it learns are missing from the model`);
        return;
      case 'snmp-server':
        if (k[1] === 'community') {
          this.add(this.communities, extractSnmpCommunity(node, sink));
          return;
        }
        if (k[1] === 'group') {
          this.add(this.snmpGroups, extractSnmpGroup(node, sink));
          return;
        }
        break;
      case 'ip':
      case 'ipv6':
      case 'no':
        if (this.ipCommand(node, k)) return;
        break;
      default:
        break;
    }
    if (isIgnoredTopLevel(k)) return;
    sink.unrecognized(node.line, '', `unknown command "${node.text}"`);
    // Nothing under an unknown command was understood either.
    const under = (n: ConfigNode) => {
      for (const c of n.children) {
        sink.unrecognized(c.line, node.text, `inside the unknown command "${node.text}"`);
        under(c);
      }
    };
    under(node);
  }

  /** `ip …`, `ipv6 …` and `no …` commands that matter; false for the rest. */
  private ipCommand(node: ConfigNode, k: readonly string[]): boolean {
    const sink = this.sink;
    const w = node.words;
    if (k[0] === 'ip' && k[1] === 'access-list' && (k[2] === 'standard' || k[2] === 'extended')) {
      this.acls.named(node);
      return true;
    }
    if (k[0] === 'ipv6' && k[1] === 'access-list') {
      sink.unsupported(node.line, '', 'IPv6 access lists are not modelled; an interface that applies one is treated as unfiltered for IPv6');
      return true;
    }
    if ((k[0] === 'ip' || k[0] === 'ipv6') && k[1] === 'route') {
      this.add(this.routes, extractRoute(node, sink));
      return true;
    }
    if (k[0] === 'ip' && k[1] === 'nat' && (k[2] === 'inside' || k[2] === 'outside' || k[2] === 'pool')) {
      extractNat(node, this.nat, sink);
      return true;
    }
    if (k[0] === 'ip' && k[1] === 'vrf' && w[2] !== undefined && w.length === 3) {
      this.vrfs.push({ name: w[2], line: node.line, context: `ip vrf ${w[2]}`, style: 'ip vrf', ...rdOf(node) });
      return true;
    }
    if (k[0] === 'ip' && k[1] === 'routing' && k.length === 2) {
      delete this.routingDisabled;
      return true;
    }
    if (k[0] === 'no' && k[1] === 'ip' && k[2] === 'routing' && k.length === 3) {
      this.routingDisabled = { line: node.line };
      return true;
    }
    if (k[0] === 'ip' && k[1] === 'port-map') {
      sink.unsupported(node.line, '', 'port-to-application mapping is not modelled: "match protocol" uses the default ports only');
      return true;
    }
    return extractHttp(node, this.http, sink);
  }

  private add<T>(list: T[], item: T | undefined): void {
    if (item !== undefined) list.push(item);
  }

  result(complete: boolean): IosConfig {
    const switchPlatform = this.drafts.some((d) => d.switchportLine !== undefined || d.noSwitchport);
    const interfaces: IosInterface[] = this.drafts.map((d) => ({ ...d.iface, layer: interfaceLayer(d, switchPlatform, this.sink) }));
    return {
      ...(this.hostname ? { hostname: this.hostname } : {}),
      ...(this.version ? { version: this.version } : {}),
      complete,
      ...(this.routingDisabled ? { routingDisabled: this.routingDisabled } : {}),
      switchPlatform,
      vrfs: this.vrfs,
      interfaces,
      acls: this.acls.result(),
      networkGroups: this.networkGroups,
      serviceGroups: this.serviceGroups,
      timeRanges: this.timeRanges,
      routes: this.routes,
      nat: this.nat,
      zbf: { zones: this.zones, zonePairs: this.zonePairs, classMaps: this.classMaps, policyMaps: this.policyMaps },
      management: {
        vtyLines: this.vtyLines,
        ...(this.http.server ? { httpServer: this.http.server } : {}),
        ...(this.http.secureServer ? { httpSecureServer: this.http.secureServer } : {}),
        httpPort: this.http.port,
        httpSecurePort: this.http.securePort,
        ...(this.http.accessClass ? { httpAccessClass: this.http.accessClass } : {}),
        snmpCommunities: this.communities,
        snmpGroups: this.snmpGroups,
        users: [...this.users.values()],
      },
    };
  }
}

/** The route distinguisher of a VRF block, for display. */
function rdOf(node: ConfigNode): { rd?: string } {
  const rd = node.children.find((c) => c.words[0]?.toLowerCase() === 'rd')?.words[1];
  return rd === undefined ? {} : { rd };
}
