import type { ObjectKind } from '../../src/model/objects.js';
import { References as CommonReferences } from '../common/references.js';
import type { WarningSink } from './warnings.js';


/**
 * Every use of a named object; an undefined one is also a warning on its line, given once per
 * use site across the vsys of a file (a shared group's undefined member is reported once).
 */
export class References extends CommonReferences {
  constructor(
    file: string,
    sink: WarningSink,
    private readonly once: Once,
  ) {
    super(file, sink);
  }

  override add(kind: ObjectKind, name: string, resolved: boolean, usedBy: string, line: number, context: string, effect = 'it matches nothing'): void {
    this.record(kind, name, resolved, usedBy, line);
    const key = `${kind}\u0000${name}\u0000${usedBy}\u0000${line}`;
    if (!resolved && this.once.first(key)) this.warn(line, context, this.message(kind, name, usedBy, effect));
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
