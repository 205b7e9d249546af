import type { ObjectKind, ObjectReference } from '../../src/model/objects.js';
import type { WarningSink } from './warnings.js';

const KIND_WORDS: Readonly<Record<ObjectKind, string>> = {
  address: 'address',
  'address-group': 'address group',
  service: 'service',
  'service-group': 'service group',
  zone: 'zone',
  interface: 'interface',
  vip: 'VIP',
  'vip-group': 'VIP group',
  'ip-pool': 'IP pool',
  schedule: 'schedule',
  acl: 'ACL',
};

/**
 * Records every use of a named object. An unresolved use is also an 'invalid' warning on the
 * line that names it, so a typo in a policy never silently shrinks what the policy matches.
 */
export class References {
  readonly list: ObjectReference[] = [];
  private readonly file: string;
  private readonly sink: WarningSink;

  constructor(file: string, sink: WarningSink) {
    this.file = file;
    this.sink = sink;
  }

  /**
   * `usedBy` names the user ("firewall policy 12"), `field` the setting ("srcaddr");
   * `effect` says what the unresolved name does to the model.
   */
  add(kind: ObjectKind, name: string, resolved: boolean, usedBy: string, field: string, line: number, context: string, effect = 'it matches nothing'): void {
    this.list.push({ kind, name, usedBy: `${usedBy} ${field}`, resolved, provenance: { file: this.file, line } });
    if (!resolved) this.sink.invalid(line, context, `undefined ${KIND_WORDS[kind]} "${name}" referenced by ${usedBy} (${field}); ${effect}`);
  }
}
