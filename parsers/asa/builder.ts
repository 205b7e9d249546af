import type { IpAddress } from '../../src/space/ip.js';
import type {
  AsaAccessGroup,
  AsaAccessList,
  AsaIcmpGroup,
  AsaIcmpRule,
  AsaInterface,
  AsaManagementHost,
  AsaNat,
  AsaNameAlias,
  AsaNetworkGroup,
  AsaNetworkObject,
  AsaProtocolGroup,
  AsaRoute,
  AsaServiceGroup,
  AsaServiceObject,
  AsaUser,
  Named,
} from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** What a name defined by `object` or `object-group` is, for reading ACE operands. */
export type DefinitionKind = 'network-object' | 'service-object' | 'network-group' | 'service-group' | 'port-group' | 'protocol-group' | 'icmp-group';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The configuration being read. Extraction handlers append to it in file order; the few
 * cross-line facts ASA needs while reading (name aliases, what kind an object name is, the
 * position of the next ACL entry) live here so each handler stays a pure line reader.
 */
export class ConfigBuilder {
  readonly sink: WarningSink;
  header?: { line: number; version: string; context?: string };
  hostname?: Named;
  domainName?: Named;
  complete = false;
  transparent?: number;
  readonly names: AsaNameAlias[] = [];
  readonly nameTable = new Map<string, IpAddress>();
  readonly interfaces: AsaInterface[] = [];
  readonly networkObjects = new Map<string, Mutable<AsaNetworkObject>>();
  readonly serviceObjects = new Map<string, Mutable<AsaServiceObject>>();
  readonly networkGroups = new Map<string, AsaNetworkGroup>();
  readonly serviceGroups = new Map<string, AsaServiceGroup>();
  readonly protocolGroups = new Map<string, AsaProtocolGroup>();
  readonly icmpGroups = new Map<string, AsaIcmpGroup>();
  readonly timeRanges: Named[] = [];
  readonly accessLists = new Map<string, { name: string; line: number; entries: AsaAccessList['entries'][number][]; pendingRemarks: string[] }>();
  readonly accessGroups: AsaAccessGroup[] = [];
  readonly sameSecurity: { inter?: number; intra?: number } = {};
  readonly nats: AsaNat[] = [];
  /** Where each object's NAT rule sits in `nats`, so a later `nat` line replaces it. */
  readonly objectNatIndex = new Map<string, number>();
  readonly routes: AsaRoute[] = [];
  readonly managementHosts: AsaManagementHost[] = [];
  httpServer?: { line: number; port: number };
  readonly icmpRules: AsaIcmpRule[] = [];
  managementAccess?: Named;
  logging: { enabled: boolean; trap?: string; hosts: number; disabledMessages: string[] } = { enabled: false, hosts: 0, disabledMessages: [] };
  readonly users: AsaUser[] = [];
  enablePassword?: number;
  private readonly kinds = new Map<string, DefinitionKind>();

  constructor(sink: WarningSink) {
    this.sink = sink;
  }

  kindOf(name: string): DefinitionKind | undefined {
    return this.kinds.get(name);
  }

  /**
   * Records a definition. ASA keeps one namespace for objects and object-groups, so a name
   * defined again with another kind is refused, as ASA refuses the command.
   */
  define(name: string, kind: DefinitionKind, line: number, context: string): boolean {
    const seen = this.kinds.get(name);
    if (seen !== undefined && seen !== kind) {
      this.sink.invalid(line, context, `"${name}" is already defined as a ${seen.replace('-', ' ')}; ASA refuses to reuse the name, so this definition is ignored`);
      return false;
    }
    this.kinds.set(name, kind);
    return true;
  }
}
