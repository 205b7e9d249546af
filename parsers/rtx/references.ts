import type { ObjectKind, ObjectReference } from '../../src/model/objects.js';
import type { WarningSink } from './warnings.js';

/**
 * Records every use of a numbered or named structure (filters, filter sets, NAT descriptors,
 * pp and tunnel interfaces). An unresolved use is also an 'invalid' warning on the line that
 * names it, saying what the router (and so the model) does without it.
 */
export class References {
  readonly list: ObjectReference[] = [];

  constructor(
    private readonly file: string,
    private readonly sink: WarningSink,
  ) {}

  add(kind: ObjectKind, name: string, resolved: boolean, usedBy: string, line: number, context: string, effect: string): void {
    this.list.push({ kind, name, usedBy, resolved, provenance: { file: this.file, line } });
    if (!resolved) this.sink.invalid(line, context, `${name} is not defined but ${usedBy} uses it; ${effect}`);
  }
}
