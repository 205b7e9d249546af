import type { ConfigBuilder, InterfaceDraft } from './config-builder.js';
import type { Statement } from './statements.js';
import type { WarningSink } from './warnings.js';

/** Where a command stands: at the top level, or inside a `pp select` / `tunnel select` block. */
export interface Scope {
  readonly kind: 'top' | 'pp' | 'tunnel';
  /** The selected pp or tunnel interface. */
  readonly iface?: InterfaceDraft;
  /** For warnings: "pp select 1", "tunnel select 2", or "" at the top level. */
  readonly label: string;
}

export const TOP: Scope = { kind: 'top', label: '' };

/** One statement ready for a handler: its words, lower-cased words, and scope. */
export interface Command {
  readonly st: Statement;
  readonly words: readonly string[];
  readonly lower: readonly string[];
  readonly scope: Scope;
}

export interface Extraction {
  readonly b: ConfigBuilder;
  readonly sink: WarningSink;
}

/** Largest filter, descriptor and identifier number RTX accepts in most commands. */
export const MAX_NUMBER = 2147483647;

/** A decimal number in [0, max]; undefined for anything else. */
export function parseNumber(word: string | undefined, max = MAX_NUMBER): number | undefined {
  if (word === undefined || !/^\d{1,10}$/.test(word)) return undefined;
  const n = Number(word);
  return n <= max ? n : undefined;
}

export function unrecognized(x: Extraction, c: Command, comment: string): void {
  x.sink.unrecognized(c.st.line, c.scope.label, comment);
}

export function invalid(x: Extraction, c: Command, comment: string): void {
  x.sink.invalid(c.st.line, c.scope.label, comment);
}

export function unsupported(x: Extraction, c: Command, comment: string): void {
  x.sink.unsupported(c.st.line, c.scope.label, comment);
}

/** The usual comment for a command whose words do not fit its syntax. */
export function syntax(x: Extraction, c: Command, expected: string): void {
  unrecognized(x, c, `does not match the syntax \`${expected}\`; the command is ignored`);
}
