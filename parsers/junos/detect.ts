/**
 * Whether a text is a Junos configuration, judged by content alone, and in which of the two
 * export formats: `show configuration | display set` (one `set` statement per line) or the
 * hierarchical brace format of `show configuration`.
 *
 * Other `set`-style formats exist (VyOS/EdgeOS `set interfaces ethernet eth0`, PAN-OS
 * `set deviceconfig`), so a set file counts as Junos only with a statement no other vendor
 * writes: `set version`, `set security …`, `set routing-options`, a logical `unit`, a Junos
 * interface name, `set firewall family|filter`, `set applications`, `set policy-options` …
 */
const SCAN_LINES = 400;

const SET_MARKERS = [
  /^set version \S/,
  /^set system (?:root-authentication|services (?:ssh|netconf|web-management))\b/,
  /^set security (?:zones|policies|nat|address-book|screen|flow|ike|ipsec|alg|log|forwarding-options)\b/,
  /^set routing-options (?:static|router-id|autonomous-system|rib)\b/,
  /^set routing-instances \S+ (?:instance-type|interface|routing-options)\b/,
  /^set interfaces \S+ (?:unit \d|gigether-options|ether-options|vlan-tagging|flexible-vlan-tagging)/,
  /^set firewall (?:family (?:inet|inet6|ethernet-switching)|filter|policer) \S/,
  /^set applications (?:application|application-set) \S/,
  /^set policy-options (?:prefix-list|policy-statement) \S/,
  /^set chassis (?:cluster|aggregated-devices|alarm)\b/,
];

const BRACE_TOP = /^(?:system|interfaces|security|routing-options|routing-instances|firewall|applications|policy-options|protocols|snmp|chassis|groups|vlans)\s*\{\s*$/;
const BRACE_HINT = /^\s*(?:## Last (?:commit|changed):|version \d+\.\d+[\w.-]*;|host-name \S+;|unit \d+ \{|family inet6? \{|security-zone \S+ \{|from-zone \S+ to-zone \S+ \{)/;

export type JunosFormat = 'set' | 'brace';

export function looksLikeJunos(input: string): boolean {
  return detectJunosFormat(input) !== undefined;
}

/** The export format, or undefined when the text is not a Junos configuration. */
export function detectJunosFormat(input: string): JunosFormat | undefined {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let setMarker = false;
  let setLines = 0;
  let braceTop = false;
  let braceHint = false;
  let braceLines = 0;
  let start = 0;
  for (let n = 0; n < SCAN_LINES && start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    start = end + 1;
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    n++;
    if (line.startsWith('set ') || line.startsWith('deactivate ')) {
      setLines++;
      if (!setMarker && SET_MARKERS.some((m) => m.test(line))) setMarker = true;
    } else if (/[{;}]\s*(?:##.*)?$/.test(line)) {
      braceLines++;
      if (!braceTop && BRACE_TOP.test(line)) braceTop = true;
    }
    if (!braceHint && BRACE_HINT.test(line)) braceHint = true;
  }
  if (setMarker && setLines >= braceLines) return 'set';
  if (braceTop && braceHint) return 'brace';
  return undefined;
}
