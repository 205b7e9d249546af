import { References as CommonReferences, type KindWords } from '../common/references.js';
import type { WarningSink } from './warnings.js';

/** What IOS calls each kind of object. */
const KIND_WORDS: KindWords = {
  address: 'address',
  'address-group': 'network object-group',
  service: 'service',
  'service-group': 'service object-group',
  zone: 'zone',
  interface: 'interface',
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
