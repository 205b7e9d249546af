import { looksLikeAsa, parseAsa } from '../../parsers/asa/index.js';
import { looksLikeFortigate, parseFortigate } from '../../parsers/fortigate/index.js';
import { looksLikeIos, parseIos } from '../../parsers/ios/index.js';
import { looksLikeIptablesSave, parseIptables } from '../../parsers/iptables/index.js';
import { looksLikeJunos, parseJunos } from '../../parsers/junos/index.js';
import { looksLikeLinuxIp } from '../../parsers/linux-ip/index.js';
import { looksLikeNeutralDevice, parseNeutralDevice } from '../../parsers/neutral/index.js';
import { looksLikePanos, parsePanos } from '../../parsers/paloalto/index.js';
import { looksLikeRtx, parseRtx } from '../../parsers/rtx/index.js';
import type { ParsedConfig } from '../model/parse-result.js';

/** A second file that completes a config (the interfaces and routes of an iptables host). */
export interface CompanionFormat {
  readonly id: string;
  readonly name: string;
  readonly detect: (text: string) => boolean;
}

/** A config format sansou reads: how to recognize it by content, and its parser. */
export interface ConfigFormat {
  readonly id: string;
  /** Human name for messages. */
  readonly name: string;
  readonly detect: (text: string) => boolean;
  readonly parse: (text: string, file: string, companion?: { text: string; file: string }) => ParsedConfig;
  /** The companion it takes from a file of the same base name, if any. */
  readonly companion?: CompanionFormat;
}

const LINUX_IP: CompanionFormat = { id: 'linux-ip', name: 'Linux `ip addr` / `ip route` output', detect: looksLikeLinuxIp };

/**
 * Every supported format, tried in order; the first whose detector accepts the text wins.
 * The most specific evidence goes first: the neutral file's explicit marker, then formats with
 * unmistakable headers, then ASA before IOS (ASA configs look like IOS to a loose detector).
 */
export const CONFIG_FORMATS: readonly ConfigFormat[] = [
  { id: 'neutral', name: 'sansou neutral device file', detect: looksLikeNeutralDevice, parse: parseNeutralDevice },
  { id: 'fortigate', name: 'FortiGate (FortiOS)', detect: looksLikeFortigate, parse: parseFortigate },
  { id: 'paloalto', name: 'Palo Alto PAN-OS (XML or set)', detect: looksLikePanos, parse: parsePanos },
  { id: 'junos', name: 'Juniper Junos (brace or set)', detect: looksLikeJunos, parse: parseJunos },
  { id: 'rtx', name: 'YAMAHA RTX', detect: looksLikeRtx, parse: parseRtx },
  { id: 'iptables', name: 'Linux iptables-save', detect: looksLikeIptablesSave, parse: parseIptables, companion: LINUX_IP },
  { id: 'asa', name: 'Cisco ASA', detect: looksLikeAsa, parse: parseAsa },
  { id: 'ios', name: 'Cisco IOS / IOS-XE', detect: looksLikeIos, parse: parseIos },
];
