import { UNRELATED } from './unrelated-space.js';

/**
 * YAMAHA RTX: a reject filter for the unrelated space, under a filter number no other filter
 * uses, put first in every secure filter list that has static filters.
 */
export function insertRtxRules(text: string): string {
  const lines = text.split('\n');
  const used = new Set(lines.flatMap((l) => /^ip filter (\d+) /.exec(l)?.[1] ?? []).map(Number));
  let number = 1;
  while (used.has(number)) number++;
  const out: string[] = [];
  let defined = false;
  for (const line of lines) {
    if (!defined && /^ip filter \d+ /.test(line)) {
      out.push(`ip filter ${number} reject ${UNRELATED.cidr} * * * *`);
      defined = true;
    }
    const list = /^(ip \S+ secure filter (?:in|out)) (\d.*)$/.exec(line);
    out.push(list ? `${list[1]} ${number} ${list[2]}` : line);
  }
  if (!defined) throw new Error('no ip filter line to put the new filter before');
  return out.join('\n');
}
