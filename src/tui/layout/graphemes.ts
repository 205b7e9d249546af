import { displayWidth } from '../../report/layout.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Printable ASCII: one column per character, no segmentation needed. Most config text is. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The text's user-perceived characters with their display widths. Cutting a string by code
 * unit could split a surrogate pair or a combining mark; cutting by grapheme never does.
 */
export function graphemes(text: string): Array<{ readonly text: string; readonly width: number }> {
  if (PRINTABLE_ASCII.test(text)) return [...text].map((c) => ({ text: c, width: 1 }));
  return [...segmenter.segment(text)].map((s) => ({ text: s.segment, width: displayWidth(s.segment) }));
}

/** Display width (string-width), with a shortcut for printable ASCII, which is most of what is drawn. */
export function textWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : displayWidth(text);
}
