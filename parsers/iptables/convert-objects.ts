import type { Interface } from '../../src/model/interface.js';
import type { DefinedObject, ObjectReference } from '../../src/model/objects.js';
import { toolName } from './builtin-chains.js';
import type { IptablesConfig } from './vendor-config.js';

/**
 * Named structures: user chains (kind "acl", one per family and table) and the host's
 * interfaces, with the jumps that refer to chains. A jump to a chain the table does not define
 * is an unresolved reference (its warning was given while reading the rule).
 */
export function chainObjects(config: IptablesConfig, interfaces: readonly Interface[], file: string, companionFile: string | undefined): { objects: DefinedObject[]; references: ObjectReference[] } {
  const objects: DefinedObject[] = [];
  const references: ObjectReference[] = [];
  for (const i of interfaces) objects.push({ kind: 'interface', name: i.name, provenance: { file: companionFile ?? file, line: i.provenance.line } });
  for (const rs of config.rulesets) {
    const tool = toolName(rs.family);
    for (const t of rs.tables) {
      for (const c of t.chains) if (!c.builtin) objects.push({ kind: 'acl', name: c.name, provenance: { file, line: c.line } });
      for (const c of t.chains) {
        for (const r of c.rules) {
          const target = r.target;
          if (target?.kind !== 'chain' && target?.kind !== 'undefined-chain') continue;
          const name = target.kind === 'chain' ? target.chain : target.name;
          references.push({
            kind: 'acl',
            name,
            usedBy: `${tool} *${t.name} ${c.name} rule ${r.position} ${r.goto ? '-g' : '-j'}`,
            resolved: target.kind === 'chain',
            provenance: { file, line: r.line },
          });
        }
      }
    }
  }
  return { objects, references };
}
