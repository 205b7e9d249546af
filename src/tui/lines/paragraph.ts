import { type Line, type SpanColor } from '../layout/span.js';
import { wrapToWidth } from '../layout/wrap.js';

/** Style of a whole paragraph. */
export interface ParagraphStyle {
  /** Colour of the text. */
  readonly color?: SpanColor;
  /** Bold text, for titles. */
  readonly bold?: boolean;
  /** Dimmed text. */
  readonly dim?: boolean;
}

/**
 * Prose wrapped to the screen: the first line at `indent` columns, the following ones two
 * columns further in, so a wrapped paragraph reads as one item. A label, when given, leads the
 * first line in bold ("clause: …").
 */
export function paragraph(text: string, width: number, options: { readonly indent?: number; readonly label?: string; readonly style?: ParagraphStyle } = {}): Line[] {
  const indent = options.indent ?? 2;
  const lead = options.label === undefined ? '' : `${options.label}: `;
  const wrapped = wrapToWidth(`${lead}${text}`, Math.max(8, width - indent - 2));
  const style = options.style ?? {};
  return wrapped.map((line, i) => {
    const pad = ' '.repeat(i === 0 ? indent : indent + 2);
    if (i === 0 && lead !== '' && line.startsWith(lead)) return [{ text: pad }, { text: lead, bold: true }, { text: line.slice(lead.length), ...style }];
    return [{ text: pad }, { text: line, ...style }];
  });
}
