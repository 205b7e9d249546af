import type { ObjectKind, ObjectReference } from '../../src/model/objects.js';
import type { WarningSink } from './warnings.js';

const KIND_WORDS: Readonly<Record<ObjectKind, string>> = {
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

/**
 * Every use of a named structure, for the undefined-object checks. An unresolved use is also
 * an 'invalid' warning on the line that names it, saying what the model does instead.
 */
export class References {
  readonly list: ObjectReference[] = [];

  constructor(
    private readonly file: string,
    private readonly sink: WarningSink,
  ) {}

  add(kind: ObjectKind, name: string, resolved: boolean, usedBy: string, line: number, context: string, effect: string): void {
    this.list.push({ kind, name, usedBy, resolved, provenance: { file: this.file, line } });
    if (!resolved) this.sink.invalid(line, context, `undefined ${KIND_WORDS[kind]} "${name}" referenced by ${usedBy}; ${effect}`);
  }
}
