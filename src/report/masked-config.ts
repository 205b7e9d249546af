import { maskSecretsInLine } from './mask-secrets.js';

const MASK = '********';
const KEY_BEGIN = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
const KEY_END = /-----END [A-Z0-9 ]*PRIVATE KEY-----/;

/**
 * A config's text as lines with every secret masked, line for line, so line numbers still
 * match the file. maskSecretsInLine sees one line at a time, which is not enough on its own:
 * a private key spans many lines, and a FortiGate `set private-key "-----BEGIN …` or a quoted
 * pre-shared key may run over several. So once a secret opens a block or a quote that the line
 * does not close, every following line is masked until the block or the quote ends. Masking
 * too much is harmless here; showing one line of a key is not.
 */
export function maskConfigLines(text: string): readonly string[] {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  let open: 'key' | 'quote' | undefined;
  for (const line of lines) {
    if (open === 'key') {
      out.push(maskedLine(line));
      if (KEY_END.test(line)) open = undefined;
      continue;
    }
    if (open === 'quote') {
      out.push(maskedLine(line));
      if (quoteCount(line) % 2 === 1) open = undefined;
      continue;
    }
    const masked = maskSecretsInLine(line);
    if (KEY_BEGIN.test(line) && !KEY_END.test(line)) {
      out.push(maskedLine(line));
      open = 'key';
    } else if (masked !== line && quoteCount(line) % 2 === 1) {
      out.push(masked);
      open = 'quote';
    } else {
      out.push(masked);
    }
  }
  return out;
}

/** The line's indentation kept (it shows the structure), its content replaced. */
function maskedLine(line: string): string {
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  return `${indent}${MASK}`;
}

function quoteCount(line: string): number {
  return line.split('"').length - 1;
}
