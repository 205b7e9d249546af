import { UNRELATED } from './unrelated-space.js';

/**
 * Cisco ASA: a remark and a deny from the unrelated space before the first line of every
 * access-list with extended entries. ASA numbers entries by position, remarks included, so
 * every entry of the list moves down by two.
 */
export function insertAsaRules(text: string): string {
  const lines = text.split('\n');
  const extended = new Set(lines.flatMap((l) => /^access-list (\S+) (?:line \d+ )?extended /.exec(l)?.[1] ?? []));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of lines) {
    const name = /^access-list (\S+) /.exec(line)?.[1];
    if (name !== undefined && extended.has(name) && !seen.has(name)) {
      seen.add(name);
      out.push(`access-list ${name} remark 検証用の拒否（どの指摘とも無関係）`, `access-list ${name} extended deny ip ${UNRELATED.address} ${UNRELATED.mask} any`);
    }
    out.push(line);
  }
  return out.join('\n');
}
