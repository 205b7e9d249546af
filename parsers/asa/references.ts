import type { ObjectKind } from '../../src/model/objects.js';
import { References as CommonReferences, GENERIC_KIND_WORDS, type KindWords } from '../common/references.js';
import type { WarningSink } from './warnings.js';

/** What ASA calls each kind of object. */
const KIND_WORDS: KindWords = {
  ...GENERIC_KIND_WORDS,
  address: 'network object',
  'address-group': 'network object-group',
  service: 'service object',
  'service-group': 'service object-group',
  vip: 'NAT object',
  'vip-group': 'NAT object-group',
  'ip-pool': 'PAT pool',
  schedule: 'time-range',
  acl: 'access-list',
};

/**
 * Every use of a named object; an undefined one is also a warning on its line. One record per
 * use site: the same rule bound to several interfaces is converted once per stage.
 */
export class References extends CommonReferences {
  private readonly seen = new Set<string>();

  constructor(file: string, sink: WarningSink) {
    super(file, sink, KIND_WORDS);
  }

  override add(kind: ObjectKind, name: string, resolved: boolean, usedBy: string, line: number, context: string, effect = 'it matches nothing'): void {
    const key = `${kind}\u0000${name}\u0000${usedBy}\u0000${line}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    super.add(kind, name, resolved, usedBy, line, context, effect);
  }
}
