import type { Cidr, IpAddress } from '../../src/space/ip.js';

/**
 * What the companion file says about a Linux host, as `ip` and `sysctl` printed it: every
 * element keeps the companion's line number. Conversion to the neutral model reads only this.
 */
export interface LinuxIpConfig {
  /** From `# hostname: NAME`, `Static hostname: NAME` or a bare first line (`hostname` output). */
  readonly hostname?: { readonly name: string; readonly line: number };
  /** Interface headers (`2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> … state UP`), in file order. */
  readonly links: readonly IpLink[];
  /** Addresses (`inet`/`inet6`), from `ip -o addr`, multi-line `ip addr` or `ip -br addr`. */
  readonly addresses: readonly IpAddr[];
  readonly routes: readonly IpRoute[];
  readonly sysctls: readonly Sysctl[];
}

export interface IpLink {
  /** Interface name without the `@parent` suffix (`eth1.100@eth1` → `eth1.100`). */
  readonly name: string;
  readonly index?: number;
  /** Flags between angle brackets (`UP`, `LOWER_UP`, `NO-CARRIER` …); empty for `ip -br`. */
  readonly flags: readonly string[];
  /** Operational state word (`UP`, `DOWN`, `UNKNOWN`), when printed. */
  readonly state?: string;
  /** Administratively up: the UP flag (or, for `ip -br`, a state other than DOWN). */
  readonly up: boolean;
  readonly line: number;
}

export interface IpAddr {
  readonly iface: string;
  readonly family: 4 | 6;
  /** The host address with the prefix length of its subnet. */
  readonly address: IpAddress;
  readonly prefixLength: number;
  /** Point-to-point peer (`inet 10.0.0.1 peer 10.0.0.2/32`). */
  readonly peer?: Cidr;
  /** `scope host|link|global|site`. */
  readonly scope?: string;
  /** Address flags: secondary, dynamic, noprefixroute, tentative, dadfailed, deprecated … */
  readonly flags: readonly string[];
  /** IPv4 label (`eth0:1`). */
  readonly label?: string;
  readonly line: number;
}

/** Route types `ip route` prints before the prefix; 'unicast' when none is printed. */
export type RouteType = 'unicast' | 'blackhole' | 'unreachable' | 'prohibit' | 'throw' | 'local' | 'broadcast' | 'multicast' | 'anycast' | 'nat';

export interface IpNextHop {
  readonly gateway?: IpAddress;
  readonly dev?: string;
  readonly weight?: number;
  readonly onlink: boolean;
  /** Kernel marks a next hop whose link is gone as `dead`; it is not used. */
  readonly dead: boolean;
  readonly line: number;
}

export interface IpRoute {
  readonly family: 4 | 6;
  readonly type: RouteType;
  /** `default` is 0.0.0.0/0 or ::/0; a bare address is a host prefix. */
  readonly prefix: Cidr;
  /** Single path: one next hop; multipath (`nexthop via … dev …` lines): several. Empty for types without next hop. */
  readonly nextHops: readonly IpNextHop[];
  readonly metric?: number;
  readonly proto?: string;
  readonly scope?: string;
  /** Routing table, when printed (`table local`); absent means main. */
  readonly table?: string;
  readonly src?: IpAddress;
  readonly line: number;
}

export interface Sysctl {
  /** Dotted key as sysctl prints it (`net.ipv4.ip_forward`). */
  readonly key: string;
  readonly value: string;
  readonly line: number;
}
