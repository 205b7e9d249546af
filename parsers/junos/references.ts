import { References as CommonReferences, GENERIC_KIND_WORDS, type KindWords } from '../common/references.js';
import type { WarningSink } from './warnings.js';

/** What Junos calls each kind of object. */
const KIND_WORDS: KindWords = {
  ...GENERIC_KIND_WORDS,
  'address-group': 'address set',
  service: 'application',
  'service-group': 'application set',
  vip: 'static NAT rule',
  'vip-group': 'static NAT rule set',
  'ip-pool': 'NAT pool',
  schedule: 'scheduler',
  acl: 'firewall filter',
};

/** Every use of a named structure; an undefined one is also a warning on its line. */
export class References extends CommonReferences {
  constructor(file: string, sink: WarningSink) {
    super(file, sink, KIND_WORDS);
  }
}
