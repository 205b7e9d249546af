import type { Cidr } from '../../src/space/ip.js';
import type {
  HostItem,
  RtxConfig,
  RtxDynamicFilter,
  RtxFilterBinding,
  RtxFilterSet,
  RtxGateway,
  RtxHeader,
  RtxInterface,
  RtxInterfaceAddress,
  RtxInterfaceKind,
  RtxLoginUser,
  RtxMasqueradeStatic,
  RtxNatBinding,
  RtxNatDescriptor,
  RtxNatOuter,
  RtxNatType,
  RtxServer,
  RtxSnmpAccess,
  RtxStaticFilter,
  RtxStaticNat,
} from './vendor-config.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type InterfaceDraft = Mutable<Omit<RtxInterface, 'addresses'>> & { addresses: RtxInterfaceAddress[] };
export type NatDraft = Mutable<Omit<RtxNatDescriptor, 'statics' | 'masqueradeStatics'>> & {
  statics: RtxStaticNat[];
  masqueradeStatics: RtxMasqueradeStatic[];
};
type RouteDraft = { line: number; prefix: Cidr; destinationText: string; gateways: RtxGateway[]; replacedBy?: number };

/**
 * The configuration while it is being read: mutable drafts keyed the way commands address
 * them. `build` freezes it into the RtxConfig that conversion reads. Enabling "all" pp or
 * tunnel interfaces is resolved at the end, when every select block is known.
 */
export class ConfigBuilder {
  header?: RtxHeader;
  prompt?: { text: string; line: number };
  routing: { on: boolean; line?: number } = { on: true };
  private readonly interfaces = new Map<string, InterfaceDraft>();
  readonly staticFilters = new Map<number, RtxStaticFilter>();
  readonly dynamicFilters = new Map<number, RtxDynamicFilter>();
  private readonly filterSets = new Map<string, Mutable<RtxFilterSet>>();
  private readonly nat = new Map<number, NatDraft>();
  private readonly routes: RouteDraft[] = [];
  private readonly routeByDestination = new Map<string, RouteDraft>();
  readonly telnetd: Mutable<RtxServer> = {};
  readonly httpd: Mutable<RtxServer> = {};
  readonly sshd: Mutable<RtxServer> = {};
  readonly tftp: Mutable<RtxServer> = {};
  readonly snmp: RtxSnmpAccess[] = [];
  echoReply?: { on: boolean; line: number };
  private readonly users = new Map<string, Mutable<RtxLoginUser>>();
  /** `pp enable all` / `tunnel enable all` lines, applied in build(). */
  readonly enableAll: { pp?: number; tunnel?: number } = {};

  iface(name: string, kind: RtxInterfaceKind, line: number): InterfaceDraft {
    let draft = this.interfaces.get(name);
    if (!draft) {
      draft = { name, kind, line, addresses: [] };
      this.interfaces.set(name, draft);
    }
    return draft;
  }

  setBinding(iface: InterfaceDraft, direction: 'in' | 'out', binding: RtxFilterBinding): void {
    if (direction === 'in') iface.secureFilterIn = binding;
    else iface.secureFilterOut = binding;
  }

  setNatBinding(iface: InterfaceDraft, binding: RtxNatBinding): void {
    iface.nat = binding;
  }

  filterSet(name: string, line: number): Mutable<RtxFilterSet> {
    let set = this.filterSets.get(name);
    if (!set) {
      set = { name, line };
      this.filterSets.set(name, set);
    }
    return set;
  }

  natDescriptor(id: number, line: number): NatDraft {
    let draft = this.nat.get(id);
    if (!draft) {
      draft = { id, line, statics: [], masqueradeStatics: [] };
      this.nat.set(id, draft);
    }
    return draft;
  }

  setNatType(d: NatDraft, value: RtxNatType, line: number, hairpin: boolean): void {
    d.type = { value, line, hairpin };
  }

  setNatOuter(d: NatDraft, outer: RtxNatOuter): void {
    d.outer = outer;
  }

  /** Adds a route; a later line for the same destination replaces the earlier one, as on the router. */
  addRoute(route: RouteDraft): void {
    const key = `${route.prefix.address as number}/${route.prefix.prefixLength}`;
    const earlier = this.routeByDestination.get(key);
    if (earlier) earlier.replacedBy = route.line;
    this.routeByDestination.set(key, route);
    this.routes.push(route);
  }

  loginUser(name: string, line: number): void {
    const user = this.users.get(name);
    if (user) user.line = line;
    else this.users.set(name, { name, line });
  }

  userHosts(name: string, items: readonly HostItem[], line: number): void {
    let user = this.users.get(name);
    if (!user) {
      user = { name, line };
      this.users.set(name, user);
    }
    user.hosts = { items, line };
  }

  build(): RtxConfig {
    const interfaces = [...this.interfaces.values()].map((d) => {
      const all = d.kind === 'pp' ? this.enableAll.pp : d.kind === 'tunnel' ? this.enableAll.tunnel : undefined;
      if (all !== undefined && d.enable === undefined) d.enable = { on: true, line: all };
      return d as RtxInterface;
    });
    return {
      ...(this.header ? { header: this.header } : {}),
      ...(this.prompt ? { prompt: this.prompt } : {}),
      routing: this.routing,
      interfaces,
      staticFilters: this.staticFilters,
      dynamicFilters: this.dynamicFilters,
      filterSets: this.filterSets as Map<string, RtxFilterSet>,
      natDescriptors: this.nat as Map<number, RtxNatDescriptor>,
      routes: this.routes,
      management: {
        telnetd: this.telnetd,
        httpd: this.httpd,
        sshd: this.sshd,
        tftp: this.tftp,
        snmp: this.snmp,
        ...(this.echoReply ? { echoReply: this.echoReply } : {}),
      },
      loginUsers: [...this.users.values()],
    };
  }
}
