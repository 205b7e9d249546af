import { looksLikeFortigate, parseFortigate } from '../../parsers/fortigate/index.js';
import type { ParsedConfig } from '../model/parse-result.js';

/** A config format sansou reads: how to recognize it by content, and its parser. */
export interface ConfigFormat {
  readonly id: string;
  /** Human name for messages. */
  readonly name: string;
  readonly detect: (text: string) => boolean;
  readonly parse: (text: string, file: string) => ParsedConfig;
}

/** Every supported format, tried in order; the first whose detector accepts the text wins. */
export const CONFIG_FORMATS: readonly ConfigFormat[] = [{ id: 'fortigate', name: 'FortiGate (FortiOS)', detect: looksLikeFortigate, parse: parseFortigate }];
