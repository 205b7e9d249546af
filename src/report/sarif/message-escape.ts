/**
 * SARIF plain-text messages may embed links to related locations as `[words](n)`, so square
 * brackets that are not such a link are escaped with a backslash (and so is the backslash
 * itself), as SARIF 2.1.0 §3.11.6 asks; otherwise a rule name like "[tmp]" could read as a
 * link, or break one.
 */
export function escapeMessageText(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

/** `[words](n)`: a link from a message to the related location whose id is n. */
export function messageLink(words: string, id: number): string {
  return `[${escapeMessageText(words)}](${id})`;
}

/**
 * Text made safe for Markdown emphasis, links and HTML. Backticks are left alone on purpose:
 * the catalogue writes file and key names as `code`, which Markdown should show as code.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_[\]<>#|]/g, (c) => `\\${c}`);
}
