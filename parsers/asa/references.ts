import type { ObjectKind, ObjectReference } from '../../src/model/objects.js';
import type { WarningSink } from './warnings.js';

const KIND_WORDS: Readonly<Record<ObjectKind, string>> = {
  address: 'network object',
  'address-group': 'network object-group',
  service: 'service object',
  'service-group': 'service object-group',
  zone: 'zone',
  interface: 'interface',
  vip: 'NAT object',
  'vip-group': 'NAT object-group',
  'ip-pool': 'PAT pool',
  schedule: 'time-range',
  acl: 'access-list',
};

/**
 * Every use of a named structure. An undefined one is also an `invalid` warning on the line
 * that names it, saying what the model does instead, so a typo never silently changes a rule.
 */
export class References {
  readonly list: ObjectReference[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly sink: WarningSink,
  ) {}

  add(kind: ObjectKind, name: string, resolved: boolean, usedBy: string, line: number, context: string, effect = 'it matches nothing'): void {
    // One record per use site: the same rule bound to several interfaces is converted once per stage.
    const key = `${kind}\u0000${name}\u0000${usedBy}\u0000${line}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ kind, name, usedBy, resolved, provenance: { file: this.file, line } });
    if (!resolved) this.sink.invalid(line, context, `undefined ${KIND_WORDS[kind]} "${name}" referenced by ${usedBy}; ${effect}`);
  }
}
