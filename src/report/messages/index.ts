import type { Catalogue, CheckText } from './catalogue.js';
import { en } from './en.js';
import { ja } from './ja.js';

export { type Catalogue, type CheckText, fill } from './catalogue.js';

export type Language = 'ja' | 'en';
export const LANGUAGES: readonly Language[] = ['ja', 'en'];

export function catalogue(lang: Language): Catalogue {
  return lang === 'ja' ? ja : en;
}

/** The check's words in `lang`; an unknown check gets its id as title so nothing is lost. */
export function checkText(lang: Language, check: string): CheckText {
  return catalogue(lang).checks[check] ?? { title: check, message: check, remediation: '' };
}

/** --lang, else LC_ALL / LC_MESSAGES / LANG (ja_JP.UTF-8 → ja), else English. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
