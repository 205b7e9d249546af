import { WarningSink as CommonSink } from '../common/warning-sink.js';
import type { SourceText } from '../common/source-text.js';
import { maskIosSecrets } from './mask-ios-secrets.js';

export type { WarningKind } from '../common/warning-sink.js';

/** IOS warnings: lines, contexts and comments through the IOS masker. */
export class WarningSink extends CommonSink {
  constructor(source: SourceText) {
    super(source, { line: maskIosSecrets, context: maskIosSecrets, comment: maskIosSecrets });
  }
}
