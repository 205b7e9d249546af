/**
 * Match modules sansou knows, and how far: options of the modules it evaluates, and the
 * modules it recognizes but cannot evaluate (the model has no such field, or the outcome
 * depends on rates, counts, time or earlier packets).
 */
const PORT_OPTIONS = ['--sport', '--source-port', '--dport', '--destination-port'];

export const MODELLED_OPTIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    tcp: [...PORT_OPTIONS, '--tcp-flags', '--syn', '--tcp-option'],
    udp: PORT_OPTIONS,
    udplite: PORT_OPTIONS,
    sctp: [...PORT_OPTIONS, '--chunk-types'],
    dccp: [...PORT_OPTIONS, '--dccp-types', '--dccp-option'],
    multiport: ['--sports', '--source-ports', '--dports', '--destination-ports', '--ports'],
    icmp: ['--icmp-type'],
    icmp6: ['--icmpv6-type'],
    state: ['--state'],
    conntrack: [
      '--ctstate',
      '--ctproto',
      '--ctorigsrc',
      '--ctorigdst',
      '--ctreplsrc',
      '--ctrepldst',
      '--ctorigsrcport',
      '--ctorigdstport',
      '--ctreplsrcport',
      '--ctrepldstport',
      '--ctstatus',
      '--ctexpire',
      '--ctdir',
    ],
    iprange: ['--src-range', '--dst-range'],
    set: ['--match-set', '--set', '--return-nomatch', '--update-counters', '--update-subcounters', '--packets-eq', '--packets-lt', '--packets-gt', '--bytes-eq', '--bytes-lt', '--bytes-gt'],
    comment: ['--comment'],
    addrtype: ['--src-type', '--dst-type', '--limit-iface-in', '--limit-iface-out'],
    pkttype: ['--pkt-type'],
  }).map(([m, opts]) => [m, new Set(opts)]),
);

/** Modules whose verdict depends on history: rates, counts, time, earlier packets. */
export const HISTORY_MODULES: ReadonlySet<string> = new Set([
  'limit',
  'hashlimit',
  'recent',
  'connlimit',
  'connbytes',
  'quota',
  'quota2',
  'statistic',
  'time',
  'nth',
  'random',
  'psd',
  'rateest',
  'pknock',
  'lscan',
]);

/** Modules that test something the model has no field for. */
export const UNMODELLED_MODULES: ReadonlySet<string> = new Set([
  'mac',
  'mark',
  'connmark',
  'connlabel',
  'owner',
  'physdev',
  'policy',
  'length',
  'ttl',
  'hl',
  'tos',
  'dscp',
  'ecn',
  'tcpmss',
  'string',
  'u32',
  'bpf',
  'helper',
  'realm',
  'devgroup',
  'cgroup',
  'socket',
  'rpfilter',
  'ipvs',
  'cluster',
  'cpu',
  'osf',
  'geoip',
  'account',
  'frag',
  'hbh',
  'dst',
  'rt',
  'ipv6header',
  'mh',
  'ah',
  'esp',
  'eui64',
  'condition',
  'nfacct',
  'ipcomp',
  'l2tp',
  'srh',
  'iface',
  'dhcpmac',
  'fuzzy',
  'ipp2p',
  'layer7',
]);

/** For raw-rule splitting: true/false for modules sansou evaluates, undefined for the others (they take any option). */
export function moduleKnowsOption(module: string, option: string): boolean | undefined {
  const opts = MODELLED_OPTIONS.get(module);
  return opts === undefined ? undefined : opts.has(option);
}
