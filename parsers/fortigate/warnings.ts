import { maskSecretsInLine } from '../../src/report/mask-secrets.js';
import { WarningSink as CommonSink, printable } from '../common/warning-sink.js';
import type { SourceText } from '../common/source-text.js';

export type { WarningKind } from '../common/warning-sink.js';

/** Blocks whose `set name` is itself a secret: an SNMP v1/v2c community's name is its password. */
const NAME_IS_SECRET = ['system snmp community'];

/** FortiOS warnings: the shared masker, and SNMP community names hidden. */
export class WarningSink extends CommonSink {
  constructor(source: SourceText) {
    super(source, { line: safeLineText });
  }
}

/**
 * A trimmed line as it may appear in a warning: secrets masked, control characters replaced,
 * and an SNMP community's `set name` hidden (the name is the community string).
 */
function safeLineText(trimmed: string, context: string): string {
  const text = printable(maskSecretsInLine(trimmed));
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
