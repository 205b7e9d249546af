import { graphemes, textWidth } from './graphemes.js';
import { ELLIPSIS } from './truncate.js';
import { terminalText } from './terminal-text.js';

/** The colours the TUI uses; each one also has a symbol or word beside it, never colour alone. */
export type SpanColor = 'red' | 'redBright' | 'green' | 'yellow' | 'cyan' | 'blue' | 'magenta' | 'gray' | 'white';

/** A run of text in one style. */
export interface Span {
  /** The text; it must hold no line break. */
  readonly text: string;
  /** Foreground colour; the terminal's default when absent. */
  readonly color?: SpanColor;
  /** Bold weight, for titles and the most severe marks. */
  readonly bold?: boolean;
  /** Dimmed, for secondary text (legends, line numbers). */
  readonly dim?: boolean;
  /** Reverse video, for the selection and the cursor: visible without colour. */
  readonly inverse?: boolean;
}

/** One screen line as styled runs. */
export type Line = readonly Span[];

/** An empty line. */
export const BLANK: Line = [];

/**
 * The line made safe for the terminal and cut to `width` columns (string-width), keeping each
 * run's style; an ellipsis marks the cut. Every line the TUI draws passes through here, which
 * is what guarantees that no frame is wider than the terminal.
 */
export function fitLine(line: Line, width: number): Line {
  const safe = line.map((s) => ({ ...s, text: terminalText(s.text) }));
  const total = safe.reduce((n, s) => n + textWidth(s.text), 0);
  if (total <= width) return safe;
  const out: Span[] = [];
  let used = 0;
  const room = Math.max(0, width - 1);
  for (const span of safe) {
    let text = '';
    let full = true;
    for (const g of graphemes(span.text)) {
      if (used + g.width > room) {
        full = false;
        break;
      }
      text += g.text;
      used += g.width;
    }
    if (text !== '') out.push({ ...span, text });
    if (!full) {
      if (width > 0) out.push({ ...span, text: ELLIPSIS });
      break;
    }
  }
  return out;
}

/** Display width of a line. */
export function lineWidth(line: Line): number {
  return line.reduce((n, s) => n + textWidth(s.text), 0);
}
