import { indexWord, sysctlLine } from './read-line-kinds.js';
import { words } from './text-lines.js';

const SCAN_LINES = 400;

/**
 * Whether a text is the `ip`/`sysctl` companion of a Linux host, by content alone: among its
 * first lines, some are `ip addr` records (`2: eth0    inet 10.0.0.1/24 …`, or an interface
 * header followed by indented `inet` lines) or `ip route` lines naming `via`/`dev`, and most
 * of the rest are such lines, sysctl settings or comments. An iptables-save file is never one.
 */
export function looksLikeLinuxIp(input: string): boolean {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let start = 0;
  let scanned = 0;
  let known = 0;
  let strong = 0;
  for (let n = 0; n < SCAN_LINES && start < text.length; n++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('*') || line === 'COMMIT' || /^:[A-Z]+ (ACCEPT|DROP) /.test(line) || line.startsWith('-A ')) return false;
    scanned++;
    if (line.startsWith('#') || line.startsWith('$ ')) {
      known++;
      continue;
    }
    const w = words(line.includes('\\') ? line.slice(0, line.indexOf('\\')) : line);
    const first = w[0] ?? '';
    if (indexWord(first) !== undefined && (w[2] === 'inet' || w[2] === 'inet6' || (w[1]?.endsWith(':') === true && w[2]?.startsWith('<') === true))) {
      known++;
      strong++;
    } else if ((first === 'inet' || first === 'inet6' || first.startsWith('link/') || first === 'valid_lft') && raw !== line) {
      known++;
    } else if ((w.includes('dev') || w.includes('via')) && (first === 'default' || /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(first) || first === 'blackhole' || first === 'unreachable')) {
      known++;
      strong++;
    } else if (first === 'blackhole' || first === 'unreachable' || first === 'prohibit' || first === 'nexthop') {
      known++;
    } else if (sysctlLine(line)?.key.startsWith('net.') === true) {
      known++;
    }
  }
  return strong > 0 && known * 2 >= scanned;
}
