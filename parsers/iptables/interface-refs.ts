import type { ObjectReference } from '../../src/model/objects.js';
import type { Negatable, Rule } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * Resolves `-i`/`-o` names against the host's interfaces (from the companion) and records each
 * exact name as a reference. A trailing `+` is a prefix wildcard (`eth+`, `tun+`): it may
 * legitimately match nothing today, so it is not a reference. `lo` never carries packets from
 * the network, so rules on it match no modelled interface without any warning.
 */
export class InterfaceRefs {
  readonly list: ObjectReference[] = [];
  private readonly seen = new Set<string>();
  /** Resolved sets by written name and negation: rules repeat the same few names. */
  private readonly resolved = new Map<string, ReadonlySet<string> | undefined>();

  constructor(
    private readonly names: ReadonlySet<string>,
    private readonly file: string,
    private readonly sink: WarningSink,
    /** False without a companion: every name is unknown, and saying so per rule helps no one. */
    private readonly known: boolean,
  ) {}

  /** The interfaces the option matches (complemented when negated); undefined when that is all of them. */
  resolve(n: Negatable<string>, rule: Rule, where: string, option: '-i' | '-o'): ReadonlySet<string> | undefined {
    const name = n.value;
    const wildcard = name.endsWith('+');
    if (!wildcard && this.known && name !== 'lo') this.record(name, rule, where, option);
    const key = `${n.negated ? '!' : ''}${name}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    const prefix = name.slice(0, -1);
    const matched = new Set([...this.names].filter((i) => (wildcard ? i.startsWith(prefix) : i === name)));
    const set = n.negated ? new Set([...this.names].filter((i) => !matched.has(i))) : matched;
    const out = set.size === this.names.size && this.names.size > 0 ? undefined : set;
    this.resolved.set(key, out);
    return out;
  }

  private record(name: string, rule: Rule, where: string, option: string): void {
    const key = `${name}@${rule.line}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const resolved = this.names.has(name);
    this.list.push({ kind: 'interface', name, usedBy: `${where} rule ${rule.position} ${option}`, resolved, provenance: { file: this.file, line: rule.line } });
    if (!resolved) {
      this.sink.add('invalid', rule.line, where, `interface ${name} is not among the host's interfaces in the companion file; ${option} ${name} matches no modelled interface`);
    }
  }
}
