/**
 * Whether a text is a FortiOS configuration, judged by content alone (file names lie).
 *
 * A backup starts with `#config-version=FGT60F-7.2.8-...` (FGVM64, FWF61E and other platform
 * codes all start with FG or FW); a `show` excerpt has no header but has FortiOS's block
 * structure: a `config system global` or `config firewall policy` line and an `end` line.
 */
const HEADER_SCAN_LINES = 20;
const STRUCTURE = /^[ \t]*config (?:system global|system interface|firewall policy6?)[ \t]*\r?$/m;
const END_LINE = /^[ \t]*end[ \t]*\r?$/m;

export function looksLikeFortigate(input: string): boolean {
  // A byte-order mark would hide the first line from the `^` of the structure patterns.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let start = 0;
  for (let n = 0; n < HEADER_SCAN_LINES && start < text.length; n++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).trim();
    if (line.startsWith('#config-version=FG') || line.startsWith('#config-version=FW')) return true;
    start = end + 1;
  }
  return STRUCTURE.test(text) && END_LINE.test(text);
}

/** Share of a text's first characters that no configuration text contains. */

