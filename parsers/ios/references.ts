import { References as CommonReferences, GENERIC_KIND_WORDS, type KindWords } from '../common/references.js';
import type { WarningSink } from './warnings.js';

/** What IOS calls each kind of object. */
const KIND_WORDS: KindWords = {
  ...GENERIC_KIND_WORDS,
  'address-group': 'network object-group',
  'service-group': 'service object-group',
  vip: 'static NAT',
  'vip-group': 'static NAT group',
  'ip-pool': 'NAT pool',
  schedule: 'time-range',
  acl: 'access list',
};

/** Every use of a named structure; an undefined one is also a warning on its line. */
export class References extends CommonReferences {
  constructor(file: string, sink: WarningSink) {
    super(file, sink, KIND_WORDS);
  }
}
