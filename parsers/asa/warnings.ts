import { WarningSink as CommonSink } from '../common/warning-sink.js';
import type { SourceText } from '../common/source-text.js';
import { maskAsaSecrets } from './mask-asa-secrets.js';

export type { WarningKind } from '../common/warning-sink.js';

/**
 * ASA warnings: lines, contexts and comments through the ASA masker. Certificate and key
 * bodies are hidden by the extractor (`hide`).
 */
export class WarningSink extends CommonSink {
  constructor(source: SourceText) {
    super(source, { line: maskAsaSecrets, context: maskAsaSecrets, comment: maskAsaSecrets });
  }
}
