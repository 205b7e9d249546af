import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { looksLikeLinuxIp } from '../../../parsers/linux-ip/index.js';
import { CONFIG_FORMATS } from '../../../src/snapshot/formats.js';
import { readTextFile } from '../../../src/snapshot/read-text-file.js';
import { insertAsaRules } from './asa-rules.js';
import { insertCommentLines } from './comment-lines.js';
import { insertFortigateRules } from './fortigate-rules.js';
import { insertIosRules } from './ios-rules.js';
import { insertIptablesRules } from './iptables-rules.js';
import { insertJunosRules } from './junos-rules.js';
import { insertPaloaltoRules } from './paloalto-rules.js';
import { insertRtxRules } from './rtx-rules.js';

/** Edits that must leave every finding's fingerprint as it was. */
export interface UnrelatedEdits {
  /** Blank and comment lines at the top and in the middle of every file: every line number moves. */
  readonly comments: boolean;
  /** A deny for an unrelated range first in every rule list: every positional rule id moves. */
  readonly rules: boolean;
}

/** An edited copy of a snapshot. */
export interface EditedSnapshot {
  /** The temporary directory holding the copy. */
  readonly dir: string;
  /** Each config file (relative to configs/) with its detected format. */
  readonly formats: ReadonlyMap<string, string>;
  /** Config files the rule edit changed. */
  readonly rulesInserted: readonly string[];
}

const RULE_EDITORS: Readonly<Record<string, (text: string) => string>> = {
  fortigate: insertFortigateRules,
  paloalto: insertPaloaltoRules,
  asa: insertAsaRules,
  ios: insertIosRules,
  junos: insertJunosRules,
  rtx: insertRtxRules,
  iptables: insertIptablesRules,
};

/** Formats without rule lists of their own: the `ip` companion of an iptables host. */
const WITHOUT_RULES: ReadonlySet<string> = new Set(['linux-ip']);

/**
 * Copies the snapshot `dir` into a new temporary directory and edits its files there. Every
 * config must be of a format these edits know, so that a new sample in a new format is
 * noticed rather than silently left unedited.
 */
export function editedSnapshot(dir: string, edits: UnrelatedEdits): EditedSnapshot {
  const copy = mkdtempSync(join(tmpdir(), 'sansou-edit-'));
  cpSync(dir, copy, { recursive: true });
  const formats = new Map<string, string>();
  const rulesInserted: string[] = [];
  for (const name of readdirSync(join(copy, 'configs')).sort()) {
    const path = join(copy, 'configs', name);
    const original = readTextFile(path);
    const format = formatOf(original);
    formats.set(name, format);
    let text = original;
    if (edits.rules && !WITHOUT_RULES.has(format)) {
      const edit = RULE_EDITORS[format];
      if (!edit) throw new Error(`${name}: no rule edit for format ${format}`);
      const edited = edit(text);
      if (edited !== text) rulesInserted.push(name);
      text = edited;
    }
    if (edits.comments) text = insertCommentLines(text, format);
    writeFileSync(path, text, 'utf8');
  }
  if (edits.comments) {
    const site = join(copy, 'sansou.yaml');
    if (existsSync(site)) writeFileSync(site, `# sansou test: this comment only moves the lines below\n\n${readTextFile(site)}`, 'utf8');
  }
  return { dir: copy, formats, rulesInserted };
}

function formatOf(text: string): string {
  const format = CONFIG_FORMATS.find((f) => f.detect(text))?.id;
  if (format !== undefined) return format;
  if (looksLikeLinuxIp(text)) return 'linux-ip';
  throw new Error('a config of no known format');
}
