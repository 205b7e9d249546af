/**
 * Whether a text is a Cisco ASA configuration, judged by content alone.
 *
 * `show running-config` starts with `: Saved` comment lines and `ASA Version 9.16(3)19`; a
 * context's configuration reads `ASA Version 9.16(3)19 <context>`. An excerpt without the
 * header still has ASA's interface vocabulary: `nameif` and `security-level` lines, which
 * Cisco IOS, IOS-XE and NX-OS configurations never contain (IOS starts with `version 17.6`
 * and names interfaces only by their hardware names). So an IOS file is never claimed.
 */
const HEADER_SCAN_LINES = 40;
const NAMEIF = /^[ \t]+nameif[ \t]+\S/m;
const SECURITY_LEVEL = /^[ \t]+security-level[ \t]+\d/m;

export function looksLikeAsa(input: string): boolean {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let start = 0;
  for (let n = 0; n < HEADER_SCAN_LINES && start < text.length; n++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).trim();
    if (/^ASA Version \d/.test(line)) return true;
    start = end + 1;
  }
  return NAMEIF.test(text) && SECURITY_LEVEL.test(text);
}

/** The version and context of an `ASA Version 9.16(3)19 <context>` header line. */
export function parseVersionLine(line: string): { version: string; context?: string } | undefined {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length < 3 || tokens[0] !== 'ASA' || tokens[1] !== 'Version') return undefined;
  const context = tokens[3]?.replace(/^<|>$/g, '');
  return context ? { version: tokens[2]!, context } : { version: tokens[2]! };
}


