/** The chains netfilter creates in each table; every other chain is a user chain. */
export const BUILTIN_CHAINS: ReadonlyMap<string, readonly string[]> = new Map([
  ['filter', ['INPUT', 'FORWARD', 'OUTPUT']],
  ['nat', ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING']],
  ['mangle', ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING']],
  ['raw', ['PREROUTING', 'OUTPUT']],
  ['security', ['INPUT', 'FORWARD', 'OUTPUT']],
]);

export function isBuiltinChain(table: string, chain: string): boolean {
  return BUILTIN_CHAINS.get(table)?.includes(chain) ?? false;
}

/** "iptables" or "ip6tables", for warning contexts. */
export function toolName(family: 4 | 6): string {
  return family === 4 ? 'iptables' : 'ip6tables';
}
