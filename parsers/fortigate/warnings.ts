import type { ParseWarning } from '../../src/model/parse-result.js';
import { maskSecretsInLine } from '../../src/report/mask-secrets.js';
import type { SourceText } from '../common/source-text.js';

export type WarningKind = ParseWarning['kind'];

// Every C0 control but tab, and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/** Blocks whose `set name` is itself a secret: an SNMP v1/v2c community's name is its password. */
const NAME_IS_SECRET = ['system snmp community'];

/**
 * Collects warnings for one file. Every warning's text is the source line, trimmed and passed
 * through maskSecretsInLine, so no caller can leak a secret by forgetting to mask.
 */
export class WarningSink {
  readonly warnings: ParseWarning[] = [];
  private readonly source: SourceText;

  constructor(source: SourceText) {
    this.source = source;
  }

  add(kind: WarningKind, line: number, context: string, comment: string): void {
    this.warnings.push({ line, text: safeLineText(this.source.lineText(line), context), context, comment, kind });
  }

  unrecognized(line: number, context: string, comment: string): void {
    this.add('unrecognized', line, context, comment);
  }

  unsupported(line: number, context: string, comment: string): void {
    this.add('unsupported', line, context, comment);
  }

  invalid(line: number, context: string, comment: string): void {
    this.add('invalid', line, context, comment);
  }
}

/**
 * A line as it may appear in a warning: trimmed, secrets masked, SNMP community names hidden,
 * and control characters of a binary line replaced so a report stays printable.
 */
export function safeLineText(raw: string, context: string): string {
  const text = maskSecretsInLine(raw.trim()).replace(CONTROL_CHARACTERS, '\uFFFD');
  if (NAME_IS_SECRET.some((block) => context.includes(block)) && /^(set|append|edit)\s/.test(text)) {
    const firstSpace = text.indexOf(' ');
    const verb = text.slice(0, firstSpace);
    if (verb === 'edit') return text;
    const rest = text.slice(firstSpace + 1);
    const key = rest.split(/\s/, 1)[0] ?? '';
    if (key === 'name') return `${verb} name ********`;
  }
  return text;
}
