/** One word of a rule line; `quoted` words are always values, even when they start with "-". */
export interface Token {
  readonly text: string;
  readonly quoted: boolean;
}

export type TokenizeResult = { readonly tokens: Token[] } | { readonly error: string; readonly tokens: Token[] };

/**
 * Splits a rule line as iptables-restore does: on spaces and tabs, with double quotes grouping
 * a value (`--comment "LAN to DMZ"`) and a backslash escaping the next character inside them
 * (`"say \"hi\""`). Single quotes are ordinary characters to iptables-restore, so they are here.
 * One pass over the line, no backtracking.
 */
export function tokenize(line: string): TokenizeResult {
  const tokens: Token[] = [];
  let current = '';
  let inToken = false;
  let quoted = false;
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (inQuotes) {
      if (c === '\\' && i + 1 < line.length) {
        current += line[++i];
      } else if (c === '"') {
        inQuotes = false;
      } else {
        current += c;
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      if (inToken) tokens.push({ text: current, quoted });
      current = '';
      inToken = false;
      quoted = false;
      continue;
    }
    inToken = true;
    if (c === '"') {
      inQuotes = true;
      quoted = true;
    } else {
      current += c;
    }
  }
  if (inQuotes) return { error: 'a double quote is not closed', tokens };
  if (inToken) tokens.push({ text: current, quoted });
  return { tokens };
}
