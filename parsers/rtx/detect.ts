/**
 * Whether a text is a YAMAHA RTX configuration, judged by content alone.
 *
 * `show config` starts with `# RTX1220 Rev.15.04.04 (…)` (RTX, NVR, RT, vRX and FWX models
 * share the format). Without that header — a hand-trimmed excerpt, a TFTP dump — two of the
 * format's characteristic commands are required: interface addresses and secure filters
 * written `ip lan1 …`, numbered `ip filter N pass|reject`, `pp select`, `tunnel select`,
 * `nat descriptor`, `ip route … gateway …`.
 */
const HEADER_SCAN_LINES = 30;
const HEADER = /^#\s*(?:RTX|NVR|RT\d|vRX|FWX)[A-Za-z0-9-]*(?:\s+[A-Za-z][A-Za-z0-9-]*){0,3}\s+Rev\./;
const MARKERS: readonly RegExp[] = [
  /^[ \t]*ip (?:lan\d+(?:[/.]\d+)?|pp|tunnel|vlan\d+|bridge\d+) (?:address|secure filter|nat descriptor) /m,
  /^[ \t]*ip filter \d+ (?:pass|reject|restrict)(?:-log|-nolog)? /m,
  /^[ \t]*ip filter dynamic \d+ /m,
  /^[ \t]*pp select (?:\d+|anonymous)[ \t]*\r?$/m,
  /^[ \t]*tunnel select \d+[ \t]*\r?$/m,
  /^[ \t]*nat descriptor (?:type|address|masquerade|static) /m,
  /^[ \t]*ip route (?:default|\d[\d./]*) gateway /m,
];

export function looksLikeRtx(input: string): boolean {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let start = 0;
  for (let n = 0; n < HEADER_SCAN_LINES && start < text.length; n++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (HEADER.test(text.slice(start, end).trim())) return true;
    start = end + 1;
  }
  let found = 0;
  for (const marker of MARKERS) {
    if (marker.test(text) && ++found >= 2) return true;
  }
  return false;
}


