import type { ObjectKind } from '../../src/model/objects.js';
import { References as CommonReferences, type KindWords } from '../common/references.js';
import type { WarningSink } from './warnings.js';

/** RTX names a structure by its own words in the message, so the kind words are unused. */
const RTX_WORDS: KindWords = {
  address: 'address',
  'address-group': 'address group',
  service: 'service',
  'service-group': 'service group',
  zone: 'zone',
  interface: 'interface',
  vip: 'NAT descriptor',
  'vip-group': 'NAT descriptor group',
  'ip-pool': 'NAT pool',
  schedule: 'schedule',
  acl: 'filter',
};

/**
 * Records every use of a numbered or named structure (filters, filter sets, NAT descriptors,
 * pp and tunnel interfaces). An unresolved use is also an 'invalid' warning on the line that
 * names it, saying what the router (and so the model) does without it.
 */
export class References extends CommonReferences {
  constructor(file: string, sink: WarningSink) {
    super(file, sink, RTX_WORDS);
  }

  protected override message(_kind: ObjectKind, name: string, usedBy: string, effect: string): string {
    return `${name} is not defined but ${usedBy} uses it; ${effect}`;
  }
}
