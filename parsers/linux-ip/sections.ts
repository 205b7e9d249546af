import { words } from './text-lines.js';

/**
 * Which command printed the lines that follow. The companion is several outputs concatenated,
 * often with a header (`# ip -o addr show`) or the shell prompt line that ran the command
 * (`root@sani-gw:~# ip -6 route show`). Most lines identify themselves; the section settles
 * what they cannot say alone (the family of `default dev ppp0`) and marks the output of
 * commands sansou does not use, whose lines are recognized and ignored.
 */
export type Section = 'unknown' | 'addr' | 'link' | 'route4' | 'route6' | 'rule' | 'sysctl' | 'hostname' | 'ignored';

/** Commands whose output may follow in the file and is deliberately not used. */
const IGNORED_COMMANDS = new Set(['ss', 'netstat', 'cat', 'uname', 'date', 'uptime', 'iptables-save', 'ip6tables-save', 'nft', 'ipset', 'wg', 'ethtool', 'bridge', 'arp', 'lsb_release']);

/** The section a command line starts, or undefined when the words are not a known command. */
export function sectionOfCommand(command: string): Section | undefined {
  const w = words(command.trim());
  const first = w[0];
  if (first === undefined) return undefined;
  if (first === 'sysctl') return 'sysctl';
  if (first === 'hostname' || first === 'hostnamectl') return 'hostname';
  if (IGNORED_COMMANDS.has(first)) return 'ignored';
  if (first !== 'ip' && first !== '/sbin/ip' && first !== '/usr/sbin/ip' && first !== '/bin/ip') return undefined;
  let family: 4 | 6 | undefined;
  for (const word of w.slice(1)) {
    if (word === '-6') family = 6;
    else if (word === '-4') family = 4;
    else if (word === '-f' || word === '-family') continue;
    else if (word === 'inet6') family = 6;
    else if (word.startsWith('-')) continue;
    else return objectSection(word, family);
  }
  return undefined;
}

/** `ip` accepts any prefix of an object name: `ip a`, `ip addr`, `ip r`, `ip ro`, `ip ru`. */
function objectSection(object: string, family: 4 | 6 | undefined): Section {
  if ('address'.startsWith(object)) return 'addr';
  if ('route'.startsWith(object)) return family === 6 ? 'route6' : 'route4';
  if ('link'.startsWith(object)) return 'link';
  if ('rule'.startsWith(object)) return 'rule';
  // neigh, xfrm, tunnel, maddr …: output sansou does not use.
  return 'ignored';
}

/**
 * A shell prompt line that ran a command: `$ ip -o addr show`, `root@sani-gw:~# ip -6 route`,
 * `[root@gw ~]# hostname`. Returns the command after the prompt, or undefined. Comment
 * headers (`# ip route show`) are read by the caller, which strips the `#` itself.
 */
export function announcedCommand(line: string): string | undefined {
  if (line.startsWith('$ ')) return line.slice(2).trim();
  // Some text holding user@host (possibly bracketed, with spaces), then "# " or "$ ".
  const limit = Math.min(line.length - 1, 200);
  for (let at = 1; at < limit; at++) {
    const c = line[at];
    if ((c === '#' || c === '$') && line[at + 1] === ' ') {
      return line.slice(0, at).includes('@') ? line.slice(at + 2).trim() : undefined;
    }
  }
  return undefined;
}
