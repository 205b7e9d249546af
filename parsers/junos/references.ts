import type { ObjectKind, ObjectReference } from '../../src/model/objects.js';
import type { WarningSink } from './warnings.js';

const KIND_WORDS: Readonly<Record<ObjectKind, string>> = {
  address: 'address',
  'address-group': 'address set',
  service: 'application',
  'service-group': 'application set',
  zone: 'zone',
  interface: 'interface',
  vip: 'static NAT rule',
  'vip-group': 'static NAT rule set',
  'ip-pool': 'NAT pool',
  schedule: 'scheduler',
  acl: 'firewall filter',
};

/**
 * Every use of a named structure, per device. An unresolved use is also an `invalid`
 * warning on the line that names it, saying what the missing name does to the model.
 */
export class References {
  readonly list: ObjectReference[] = [];

  constructor(
    private readonly file: string,
    private readonly sink: WarningSink,
  ) {}

  add(kind: ObjectKind, name: string, resolved: boolean, usedBy: string, line: number, context: string, effect = 'it matches nothing'): void {
    this.list.push({ kind, name, usedBy, resolved, provenance: { file: this.file, line } });
    if (!resolved) this.sink.invalid(line, context, `undefined ${KIND_WORDS[kind]} "${name}" referenced by ${usedBy}; ${effect}`);
  }
}
