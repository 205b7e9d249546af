import { maskSecretsInLine } from '../../src/report/mask-secrets.js';

const MASK = '********';

/**
 * Masks every secret an RTX line can hold, then applies the shared masker. The shared masker
 * keys on words such as `password` or `community` followed by the value; RTX writes secrets in
 * shapes it misses: `login password encrypted HASH` (it would mask the word "encrypted"),
 * `login user NAME HASH`, `pp auth username NAME PASS`, `snmp host HOST RO RW`,
 * `sshd host key generate KEY1 KEY2 KEY3`, `ipsec ike xauth myname NAME PASS`, `set VAR=…`.
 */
export function maskRtxLine(line: string): string {
  const words = wordSpans(line);
  const lower = words.map((w) => line.slice(w[0], w[1]).toLowerCase());
  const masked = new Set<number>();
  const from = (index: number, keep: ReadonlySet<string> = MARKERS) => {
    for (let i = index; i < lower.length; i++) if (!keep.has(lower[i]!)) masked.add(i);
  };
  const at = (...prefix: string[]) => prefix.every((p, i) => lower[i] === p);

  const before = masked.size;
  if (at('login', 'password') || at('administrator', 'password')) from(2);
  else if (at('login', 'user')) from(3);
  else if (at('pp', 'auth', 'myname') || at('pp', 'auth', 'username')) from(4);
  else if (at('ipsec', 'ike', 'pre-shared-key')) from(4);
  else if (at('ipsec', 'ike', 'xauth', 'myname')) from(4);
  else if (at('sshd', 'host', 'key', 'generate')) from(4, BIT_OPTION);
  else if (at('snmp', 'community') || at('snmpv2c', 'community')) from(3);
  else if (at('snmp', 'trap', 'community') || at('snmpv2c', 'trap', 'community')) from(3);
  else if (at('snmp', 'host') || at('snmpv2c', 'host')) from(3);
  else if (at('snmp', 'trap', 'host') || at('snmpv2c', 'trap', 'host')) from(4, TRAP_TYPES);
  else if (at('radius', 'secret')) from(2);
  else if (at('l2tp', 'tunnel', 'auth')) from(4);
  else if (at('ddns', 'server', 'user') || at('vrx', 'user')) from(3);
  else if (at('auth', 'user')) from(4);
  else if (at('mail', 'server', 'pop')) from(5);
  else if (at('ex-license', 'password')) from(2);
  const byShape = masked.size > before;
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i]!;
    const next = i + 1;
    // A value after a word that announces one, wherever it stands in a line no shape above
    // covered; key identifiers and encoding markers in between stay visible. A pre-shared
    // key may contain blanks: everything after it is masked.
    if (!byShape && AFTER_WORD.has(w)) {
      let j = next;
      while (j < lower.length && (MARKERS.has(lower[j]!) || /^\d+$/.test(lower[j]!))) j++;
      if (w === 'pre-shared-key') for (let k = j; k < lower.length; k++) masked.add(k);
      else if (j < lower.length) masked.add(j);
    }
    if (w === 'smtp-auth') for (let k = next; k < Math.min(next + 2, lower.length); k++) masked.add(k);
    if ((w === 'aes128' || w === 'aes256') && lower[i - 1] === 'crypto' && next < lower.length) masked.add(next);
  }
  if (lower[0] === 'snmpv3' && lower[1] === 'usm') {
    for (let i = 0; i < lower.length; i++) if (USM_ALGORITHMS.has(lower[i]!) && i + 1 < lower.length) masked.add(i + 1);
  }

  let out = '';
  let last = 0;
  words.forEach(([start, end], i) => {
    out += line.slice(last, start);
    const word = line.slice(start, end);
    if (masked.has(i)) out += MASK;
    else out += maskAssignment(word, i === 1 && lower[0] === 'set');
    last = end;
  });
  out += line.slice(last);
  return maskSecretsInLine(out);
}

/** Words that describe how a secret is encoded; they stay visible. */
const MARKERS: ReadonlySet<string> = new Set(['encrypted', 'text', 'hex', 'ascii']);
const BIT_OPTION: ReadonlySet<string> = new Set(['bit=1024', 'bit=2048', 'bit=4096']);
const TRAP_TYPES: ReadonlySet<string> = new Set(['trap', 'inform']);
/** The word after these is a secret (`encrypted HASH`, `secret X`). */
const AFTER_WORD: ReadonlySet<string> = new Set(['encrypted', 'secret', 'pre-shared-key', 'password', 'passwd']);
const USM_ALGORITHMS: ReadonlySet<string> = new Set(['md5', 'sha', 'sha256', 'des-cbc', 'aes128-cfb', 'aes']);
/** `key=value` options whose value is a secret. */
const SECRET_OPTIONS = ['password=', 'passwd=', 'secret=', 'key=', 'authkey=', 'pre-shared-key=', 'psk='];

/** `password=X` → `password=********`; for `set VAR=VALUE`, any value. */
function maskAssignment(word: string, anyValue: boolean): string {
  const eq = word.indexOf('=');
  if (eq < 0) return word;
  const name = word.slice(0, eq + 1).toLowerCase();
  if (anyValue || SECRET_OPTIONS.some((o) => name.endsWith(o))) return `${word.slice(0, eq + 1)}${MASK}`;
  return word;
}

/** [start, end) of each blank-separated word. */
function wordSpans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09)) i++;
    const start = i;
    while (i < line.length && line.charCodeAt(i) !== 0x20 && line.charCodeAt(i) !== 0x09) i++;
    if (i > start) spans.push([start, i]);
  }
  return spans;
}
