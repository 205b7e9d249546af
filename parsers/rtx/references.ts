import type { ObjectKind } from '../../src/model/objects.js';
import { References as CommonReferences } from '../common/references.js';
import type { WarningSink } from './warnings.js';

/**
 * Records every use of a numbered or named structure (filters, filter sets, NAT descriptors,
 * pp and tunnel interfaces). An unresolved use is also an 'invalid' warning on the line that
 * names it, saying what the router (and so the model) does without it.
 */
export class References extends CommonReferences {
  constructor(file: string, sink: WarningSink) {
    // RTX names a structure by its own words in the message, so no kind words are needed.
    super(file, sink);
  }

  protected override message(_kind: ObjectKind, name: string, usedBy: string, effect: string): string {
    return `${name} is not defined but ${usedBy} uses it; ${effect}`;
  }
}
