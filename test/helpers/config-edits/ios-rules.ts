import { UNRELATED } from './unrelated-space.js';

/**
 * Cisco IOS: every named access list is written again as if pasted without sequence numbers
 * (IOS then numbers its entries 10, 20, 30… in order), and every extended list, named or
 * numbered, gets a deny from the unrelated space as its first entry. Each entry of an
 * extended list thus gets a new sequence number.
 */
export function insertIosRules(text: string): string {
  const out: string[] = [];
  const numbered = new Set<string>();
  let inNamed: 'standard' | 'extended' | undefined;
  for (const line of text.split('\n')) {
    const named = /^ip access-list (standard|extended) \S+\s*$/.exec(line);
    if (named) {
      inNamed = named[1] as 'standard' | 'extended';
      out.push(line);
      if (inNamed === 'extended') out.push(` deny ip ${UNRELATED.address} ${UNRELATED.wildcard} any`);
      continue;
    }
    if (inNamed !== undefined && /^\s/.test(line)) {
      out.push(line.replace(/^(\s+)\d+\s+/, '$1'));
      continue;
    }
    inNamed = undefined;
    const number = /^access-list (\d+) /.exec(line)?.[1];
    if (number !== undefined && isExtendedNumber(Number(number)) && !numbered.has(number)) {
      numbered.add(number);
      out.push(`access-list ${number} deny ip ${UNRELATED.address} ${UNRELATED.wildcard} any`);
    }
    out.push(line);
  }
  return out.join('\n');
}

function isExtendedNumber(n: number): boolean {
  return (n >= 100 && n <= 199) || (n >= 2000 && n <= 2699);
}
