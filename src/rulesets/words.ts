import type { CheckWords } from '../checks/types.js';
import type { Language } from '../report/messages/index.js';

/**
 * Words a ruleset or policy file gives in both languages (`{ ja: …, en: … }`), or once, as a
 * plain string, which then serves both: a user writing for one audience need not translate.
 */
export function wordsOf(raw: unknown): CheckWords | undefined {
  if (typeof raw === 'string') return { ja: raw, en: raw };
  if (raw === null || typeof raw !== 'object') return undefined;
  const { ja, en } = raw as { ja?: unknown; en?: unknown };
  return { ...(typeof ja === 'string' ? { ja } : {}), ...(typeof en === 'string' ? { en } : {}) };
}

/** The words in `lang`, else in the other language, else `fallback`. */
export function inLanguage(words: CheckWords | undefined, lang: Language, fallback = ''): string {
  return words?.[lang] ?? words?.[lang === 'ja' ? 'en' : 'ja'] ?? fallback;
}
