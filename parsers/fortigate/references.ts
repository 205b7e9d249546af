import type { ObjectKind } from '../../src/model/objects.js';
import { References as CommonReferences } from '../common/references.js';
import type { WarningSink } from './warnings.js';


/**
 * Records every use of a named object; an unresolved use is also an 'invalid' warning on the
 * line that names it, so a typo in a policy never silently shrinks what the policy matches.
 * FortiOS users name the setting too: "firewall policy 12" (srcaddr).
 */
export class References extends CommonReferences {
  constructor(file: string, sink: WarningSink) {
    super(file, sink);
  }

  /**
   * `usedBy` names the user ("firewall policy 12"), `field` the setting ("srcaddr");
   * `effect` says what the unresolved name does to the model.
   */
  addSetting(kind: ObjectKind, name: string, resolved: boolean, usedBy: string, field: string, line: number, context: string, effect = 'it matches nothing'): void {
    this.record(kind, name, resolved, `${usedBy} ${field}`, line);
    if (!resolved) this.warn(line, context, this.message(kind, name, `${usedBy} (${field})`, effect));
  }
}
