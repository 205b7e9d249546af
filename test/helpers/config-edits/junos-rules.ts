import { UNRELATED } from './unrelated-space.js';

const ADDRESS = 'unrelated-net';

/**
 * Junos, `display set` format: a global address-book entry for the unrelated space and, first
 * in every zone pair, a policy denying it. (The brace format is not edited: no sample uses it.)
 */
export function insertJunosRules(text: string): string {
  const lines = text.split('\n');
  if (!lines.some((l) => l.startsWith('set '))) throw new Error('only the set format of Junos is edited');
  const pairs = new Set<string>();
  const out: string[] = [];
  for (const line of lines) {
    const pair = /^set security policies (from-zone \S+ to-zone \S+) policy /.exec(line)?.[1];
    if (pair !== undefined && !pairs.has(pair)) {
      if (pairs.size === 0) out.push(`set security address-book global address ${ADDRESS} ${UNRELATED.cidr}`);
      pairs.add(pair);
      const policy = `set security policies ${pair} policy unrelated-deny`;
      out.push(
        `${policy} description "test: denies an unrelated range"`,
        `${policy} match source-address ${ADDRESS}`,
        `${policy} match destination-address any`,
        `${policy} match application any`,
        `${policy} then deny`,
      );
    }
    out.push(line);
  }
  return out.join('\n');
}
