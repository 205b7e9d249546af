import { maskSecretsInLine } from '../../src/report/mask-secrets.js';
import { WarningSink as CommonSink, printable } from '../common/warning-sink.js';
import type { SourceText } from '../common/source-text.js';
import { maskRtxLine } from './secrets.js';

export type { WarningKind } from '../common/warning-sink.js';

/**
 * RTX warnings: lines through the RTX masker (RTX shapes first, then the shared masker);
 * comments, which may quote a value, through the shared masker.
 */
export class WarningSink extends CommonSink {
  constructor(source: SourceText) {
    super(source, { line: maskRtxLine, comment: (c) => printable(maskSecretsInLine(c)) });
  }
}
