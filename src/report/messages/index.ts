import type { Catalogue, CheckText } from './catalogue.js';
import { en } from './en.js';
import { ja } from './ja.js';

export { type Catalogue, type CheckText, fill } from './catalogue.js';

export type Language = 'ja' | 'en';
export const LANGUAGES: readonly Language[] = ['ja', 'en'];

export function catalogue(lang: Language): Catalogue {
  return lang === 'ja' ? ja : en;
}

/**
 * Shipped checks whose words serve a user's check of the same primitive; forbid-flow and
 * flow-matrix, whose shipped checks speak of particular segments, have words of their own.
 */
const PRIMITIVE_WORDS: Readonly<Record<string, string>> = {
  'forbid-flow': 'primitive:forbid-flow',
  'flow-matrix': 'primitive:flow-matrix',
  'classified-asset-exposed': 'CLASSIFIED-ASSET-EXPOSED',
  'egress-bypass': 'INTERNET-EGRESS-BYPASS',
  'mgmt-exposed': 'MGMT-EXPOSED',
  'approved-too-broad': 'APPROVED-TOO-BROAD',
  'cross-segment-no-log': 'CROSS-SEGMENT-NO-LOG',
  'external-transit': 'WAN-TRANSIT',
  'unfiltered-bridge': 'UNFILTERED-BRIDGE',
  'unclassified-network': 'UNCLASSIFIED-NETWORK',
  'inventory-mismatch': 'INVENTORY-MISMATCH',
  'parse-unrecognized': 'PARSE-UNRECOGNIZED',
  'rule-shadowed': 'RULE-SHADOWED',
  'rule-any-any': 'RULE-ANY-ANY',
  'object-undefined': 'OBJECT-UNDEFINED',
  'object-unused': 'OBJECT-UNUSED',
  'mgmt-insecure': 'MGMT-INSECURE',
  'default-admin': 'DEFAULT-ADMIN',
};

/**
 * The check's words in `lang`. A user's check the catalogue does not know speaks with its
 * primitive's words (its ruleset may give its own title); failing that, its id is the title,
 * so nothing is lost.
 */
export function checkText(lang: Language, check: string, primitive?: string): CheckText {
  const checks = catalogue(lang).checks;
  const own = checks[check];
  if (own) return own;
  const borrowed = primitive === undefined ? undefined : checks[PRIMITIVE_WORDS[primitive] ?? ''];
  return borrowed ?? { title: check, message: check, remediation: '' };
}

/** --lang, else LC_ALL / LC_MESSAGES / LANG (ja_JP.UTF-8 → ja), else English. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
