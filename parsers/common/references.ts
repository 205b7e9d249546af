import type { ObjectKind, ObjectReference } from '../../src/model/objects.js';

/** Where an unresolved reference is warned about. */
export interface ReferenceSink {
  invalid(line: number, context: string, comment: string): void;
}

/** How one vendor names each kind of object in a warning ("network object-group"). */
export type KindWords = Readonly<Record<ObjectKind, string>>;

/** The words most vendors use; a vendor spreads these and replaces only its own terms. */
export const GENERIC_KIND_WORDS: KindWords = {
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
 * Records every use of a named object, for the undefined- and unused-object checks. An
 * unresolved use is also an 'invalid' warning on the line that names it, saying what the
 * unresolved name does to the model, so a typo never silently shrinks what a rule matches.
 * Every parser records its references here, with its vendor's words for the kinds.
 */
export class References {
  readonly list: ObjectReference[] = [];

  constructor(
    private readonly file: string,
    private readonly sink: ReferenceSink,
    private readonly words: KindWords = GENERIC_KIND_WORDS,
  ) {}

  add(kind: ObjectKind, name: string, resolved: boolean, usedBy: string, line: number, context: string, effect = 'it matches nothing'): void {
    this.record(kind, name, resolved, usedBy, line);
    if (!resolved) this.warn(line, context, this.message(kind, name, usedBy, effect));
  }

  /** Keeps the use. */
  protected record(kind: ObjectKind, name: string, resolved: boolean, usedBy: string, line: number): void {
    this.list.push({ kind, name, usedBy, resolved, provenance: { file: this.file, line } });
  }

  /** Says what an undefined name is and what it does to the model. */
  protected message(kind: ObjectKind, name: string, usedBy: string, effect: string): string {
    return `undefined ${this.words[kind]} "${name}" referenced by ${usedBy}; ${effect}`;
  }

  protected warn(line: number, context: string, comment: string): void {
    this.sink.invalid(line, context, comment);
  }
}
