import { looksLikeFortigate, parseFortigate } from '../../parsers/fortigate/index.js';
import { looksLikeNeutralDevice, parseNeutralDevice } from '../../parsers/neutral/index.js';
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

/**
 * Every supported format, tried in order; the first whose detector accepts the text wins.
 * The neutral device file comes first: its explicit marker is the most specific evidence.
 */
export const CONFIG_FORMATS: readonly ConfigFormat[] = [
  { id: 'neutral', name: 'sansou neutral device file', detect: looksLikeNeutralDevice, parse: parseNeutralDevice },
  { id: 'fortigate', name: 'FortiGate (FortiOS)', detect: looksLikeFortigate, parse: parseFortigate },
];
