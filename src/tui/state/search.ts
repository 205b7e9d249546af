import type { TuiFinding } from './finding-list.js';

/** The findings search. */
export interface SearchState {
  /** The query in force; empty when there is none. */
  readonly query: string;
  /** The text being typed while the `/` prompt is open; absent when it is closed. */
  readonly draft?: string;
}

export type SearchAction =
  /** `/`: open the prompt, starting from the query in force. */
  | { readonly type: 'startSearch' }
  /** Characters typed at the prompt. */
  | { readonly type: 'typeSearch'; readonly text: string }
  /** Backspace at the prompt. */
  | { readonly type: 'eraseSearch' }
  /** Enter: the draft becomes the query. */
  | { readonly type: 'commitSearch' }
  /** Esc: close the prompt and keep the previous query. */
  | { readonly type: 'cancelSearch' };

export const NO_SEARCH: SearchState = { query: '' };

export function searchReducer(state: SearchState, action: SearchAction): SearchState {
  switch (action.type) {
    case 'startSearch':
      return { query: state.query, draft: state.query };
    case 'typeSearch':
      return state.draft === undefined ? state : { query: state.query, draft: state.draft + action.text };
    case 'eraseSearch':
      return state.draft === undefined ? state : { query: state.query, draft: dropLastCharacter(state.draft) };
    case 'commitSearch':
      return state.draft === undefined ? state : { query: state.draft.trim() };
    case 'cancelSearch':
      return { query: state.query };
  }
}

/** True while the prompt is open and keys are text. */
export function isEditing(state: SearchState): boolean {
  return state.draft !== undefined;
}

/** What the list is filtered by now: the draft while typing, so the list narrows as one types. */
export function activeQuery(state: SearchState): string {
  return state.draft ?? state.query;
}

/**
 * Whether a finding matches a query. Each word of the query must occur, ignoring case, in the
 * title, the check id, a device it concerns or the message. Both sides are NFKC-normalized,
 * so full-width ＳＭＢ finds SMB and half-width ｶﾀｶﾅ finds カタカナ; Japanese is matched as a
 * substring, since it has no spaces between words.
 */
export function matchesQuery({ finding, devices }: TuiFinding, query: string): boolean {
  const words = normalize(query).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return true;
  const haystack = normalize([finding.title, finding.check, ...devices, finding.message].join('\n'));
  return words.every((w) => haystack.includes(w));
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function dropLastCharacter(text: string): string {
  const chars = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)];
  return chars.slice(0, -1).map((c) => c.segment).join('');
}
