import type { Finding } from '../checks/finding.js';
import type { Waiver } from './waiver-types.js';

/** True when `waiver`'s selector picks `finding`; expiry is not considered here. */
export function waiverMatches(waiver: Waiver, finding: Finding): boolean {
  const selector = waiver.selector;
  if (selector.kind === 'fingerprint') return finding.fingerprint === selector.fingerprint;
  if (finding.check !== selector.check) return false;
  return Object.entries(selector.match).every(([key, pattern]) => {
    const value = fieldOf(finding, key);
    return value !== undefined && globMatches(pattern, value);
  });
}

/**
 * The finding's field named in a match: from and to are the finding's own segment or
 * external ids (params may repeat them); anything else is a message parameter. A field the
 * finding does not have is undefined, so a misspelled key matches nothing and the waiver is
 * reported as unused rather than waiving too much.
 */
function fieldOf(finding: Finding, key: string): string | undefined {
  const own = key === 'from' ? finding.from : key === 'to' ? finding.to : undefined;
  if (own !== undefined) return own;
  if (!Object.hasOwn(finding.params, key)) return undefined;
  const value = finding.params[key];
  return value === undefined ? undefined : String(value);
}

const compiled = new Map<string, RegExp>();

/** Whole-value match where '*' is any run of characters (including none) and all else is literal. */
export function globMatches(pattern: string, value: string): boolean {
  if (!pattern.includes('*')) return pattern === value;
  let re = compiled.get(pattern);
  if (!re) {
    const body = pattern
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}$`, 's');
    compiled.set(pattern, re);
  }
  return re.test(value);
}
