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
 * line that names it, saying what the unresolved name does to the model.
 */
export class References {
  readonly list: ObjectReference[] = [];
  constructor(
    private readonly file: string,
    private readonly sink: WarningSink,
    /** Shared across the vsys of a file: a shared group's undefined member is reported once. */
    private readonly once: Once,
  ) {}

  add(kind: ObjectKind, name: string, resolved: boolean, usedBy: string, line: number, context: string, effect = 'it matches nothing'): void {
    this.list.push({ kind, name, usedBy, resolved, provenance: { file: this.file, line } });
    const key = `${kind}\u0000${name}\u0000${usedBy}\u0000${line}`;
    if (!resolved && this.once.first(key)) {
      this.sink.invalid(line, context, `undefined ${KIND_WORDS[kind]} "${name}" referenced by ${usedBy}; ${effect}`);
    }
  }
}

/** Warns once per key: an object used by fifty rules deserves one warning, not fifty. */
export class Once {
  private readonly seen = new Set<string>();

  first(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}
