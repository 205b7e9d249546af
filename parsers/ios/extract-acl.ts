import { type EntryResult, readExtendedEntry, readStandardEntry } from './acl-entry.js';
import type { ConfigNode } from './config-tree.js';
import type { IosAcl, IosAclEntry } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** An ACL being assembled: named blocks and numbered lines may add to the same list. */
interface Draft {
  name: string;
  type: 'standard' | 'extended';
  numbered: boolean;
  line: number;
  context: string;
  entries: IosAclEntry[];
  seqs: Set<number>;
  lastSeq: number;
  remarks: string[];
}

/**
 * IPv4 access lists, numbered (`access-list 110 permit …`) and named (`ip access-list
 * extended NAME` with its entries). Entries are kept in IOS evaluation order: by sequence
 * number, written or assigned (the highest so far plus 10, as IOS numbers them).
 */
export class AclCollector {
  private readonly drafts = new Map<string, Draft>();

  constructor(private readonly sink: WarningSink) {}

  /** `ip access-list standard|extended NAME` and its children. */
  named(node: ConfigNode): void {
    const type = node.words[2]?.toLowerCase();
    const name = node.words[3];
    if ((type !== 'standard' && type !== 'extended') || name === undefined || node.words.length > 4) {
      this.sink.unrecognized(node.line, '', 'expected "ip access-list standard|extended NAME"');
      return;
    }
    const context = `ip access-list ${type} ${name}`;
    const draft = this.draft(name, type, isNumberedName(name), node.line, context);
    if (!draft) return;
    for (const child of node.children) this.namedEntry(draft, child, context);
  }

  private namedEntry(draft: Draft, node: ConfigNode, context: string): void {
    const w = node.words;
    const first = w[0]!.toLowerCase();
    if (first === 'remark') {
      draft.remarks.push(node.text.slice('remark'.length).trim());
      return;
    }
    if (first === 'statistics') return;
    let start = 0;
    let seq: number | undefined;
    if (/^\d{1,10}$/.test(first)) {
      seq = Number(first);
      start = 1;
      if (w[1]?.toLowerCase() === 'remark') {
        draft.remarks.push(w.slice(2).join(' '));
        return;
      }
    }
    const action = w[start]?.toLowerCase();
    if (action === 'evaluate' || action === 'dynamic') {
      this.sink.unsupported(node.line, context, `"${action}" entries (reflexive and lock-and-key ACLs) are not modelled; the entry matches nothing`);
      return;
    }
    if (action !== 'permit' && action !== 'deny') {
      this.sink.unrecognized(node.line, context, `unknown command in an access list: "${node.words[start] ?? ''}"`);
      return;
    }
    this.add(draft, node, start, seq, context);
  }

  /** `access-list N {permit|deny|remark} …` at top level. */
  numbered(node: ConfigNode): void {
    const number = node.words[1];
    const n = number !== undefined && /^\d{1,4}$/.test(number) ? Number(number) : undefined;
    const type = n === undefined ? undefined : numberedType(n);
    if (n === undefined || number === undefined) {
      this.sink.unrecognized(node.line, '', 'expected "access-list NUMBER …"');
      return;
    }
    if (type === undefined) {
      this.sink.unsupported(node.line, '', `access-list ${n} is not an IPv4 access list (standard 1-99 and 1300-1999, extended 100-199 and 2000-2699); ignored`);
      return;
    }
    const context = `access-list ${n}`;
    const draft = this.draft(number, type, true, node.line, context);
    if (!draft) return;
    const action = node.words[2]?.toLowerCase();
    if (action === 'remark') {
      draft.remarks.push(node.words.slice(3).join(' '));
      return;
    }
    if (action === 'dynamic') {
      this.sink.unsupported(node.line, context, 'lock-and-key (dynamic) entries are not modelled; the entry matches nothing');
      return;
    }
    this.add(draft, node, 2, undefined, context);
  }

  private draft(name: string, type: 'standard' | 'extended', numbered: boolean, line: number, context: string): Draft | undefined {
    const seen = this.drafts.get(name);
    if (seen) {
      if (seen.type !== type) {
        this.sink.invalid(line, context, `access list ${name} is already defined as ${seen.type} on line ${seen.line}; IOS rejects a second type, these lines are ignored`);
        return undefined;
      }
      return seen;
    }
    const draft: Draft = { name, type, numbered, line, context, entries: [], seqs: new Set(), lastSeq: 0, remarks: [] };
    this.drafts.set(name, draft);
    return draft;
  }

  private add(draft: Draft, node: ConfigNode, start: number, written: number | undefined, context: string): void {
    const seq = written ?? Math.floor(draft.lastSeq / 10) * 10 + 10;
    if (draft.seqs.has(seq)) {
      this.sink.invalid(node.line, context, `sequence number ${seq} is already used in access list ${draft.name}; IOS rejects the entry`);
      draft.remarks = [];
      return;
    }
    const input = { words: node.words, start, seq, line: node.line, remarks: draft.remarks };
    const result: EntryResult = draft.type === 'standard' ? readStandardEntry(input) : readExtendedEntry(input);
    draft.remarks = [];
    if ('error' in result) {
      this.sink.add(result.kind, node.line, context, `${result.error}; IOS would reject this entry, so it is left out of access list ${draft.name}`);
      return;
    }
    draft.seqs.add(seq);
    draft.lastSeq = Math.max(draft.lastSeq, seq);
    draft.entries.push(result.entry);
  }

  result(): IosAcl[] {
    return [...this.drafts.values()].map((d) => ({
      name: d.name,
      type: d.type,
      numbered: d.numbered,
      line: d.line,
      context: d.context,
      entries: [...d.entries].sort((a, b) => a.seq - b.seq),
    }));
  }
}

function isNumberedName(name: string): boolean {
  return /^\d+$/.test(name);
}

function numberedType(n: number): 'standard' | 'extended' | undefined {
  if ((n >= 1 && n <= 99) || (n >= 1300 && n <= 1999)) return 'standard';
  if ((n >= 100 && n <= 199) || (n >= 2000 && n <= 2699)) return 'extended';
  return undefined;
}
