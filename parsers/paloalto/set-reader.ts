import { CONFIG, DEVICE_ENTRY, type SchemaNode, VSYS_ENTRY } from './schema.js';
import { type Statement, type Word, splitStatements } from './set-tokens.js';
import { type PanNode, newNode } from './tree.js';
import type { WarningSink } from './warnings.js';

/** The device entry every firewall export uses. */
const LOCAL_DEVICE = 'localhost.localdomain';
/** The vsys that top-level vsys commands belong to on a single-vsys firewall. */
const DEFAULT_VSYS = 'vsys1';

/**
 * Reads a set-format export (`set cli config-output-format set` then `show`) into the same
 * tree the XML reader builds. Each `set` statement is walked along the schema: keywords become
 * elements, words after a list keyword become `entry` names, bracketed words become members.
 * Single-vsys firewalls write vsys commands at the top level (`set zone …`, `set rulebase …`);
 * those go to vsys1, as they do in the XML.
 */
export function readSet(text: string, sink: WarningSink): PanNode {
  const root = newNode('config', 1);
  const builder = new SetBuilder(root, sink);
  for (const st of splitStatements(text)) builder.statement(st);
  return root;
}

/** Lines around the statements that an interactive capture contains. */
function isNoise(words: readonly Word[]): boolean {
  if (words.length === 0) return true;
  const first = words[0]!.text;
  if (first === 'Entering' && words[1]?.text === 'configuration') return true;
  if (first.startsWith('#') || first === '[edit]' || first === 'show' || first === 'configure' || first === 'exit' || first === 'quit') return true;
  // A prompt: admin@pa-edge> or admin@pa-edge#
  if (/^[\w.-]+@[\w.-]+[>#]$/.test(first)) return true;
  // Operational `set cli …` commands that precede the dump.
  return first === 'set' && words[1]?.text === 'cli';
}

class SetBuilder {
  /** Children by tag and entries by name, so a statement finds its place in constant time. */
  private readonly index = new WeakMap<PanNode, Map<string, PanNode>>();

  constructor(
    private readonly root: PanNode,
    private readonly sink: WarningSink,
  ) {}

  statement(st: Statement): void {
    if (isNoise(st.words)) return;
    const verb = st.words[0]!.text;
    if (st.error !== undefined) {
      this.sink.unrecognized(st.line, 'set', `broken syntax: ${st.error}; the statement is ignored`, st.endLine);
      return;
    }
    if (verb !== 'set') {
      this.sink.unrecognized(st.line, 'set', `not a set statement ("${verb}"); ignored`, st.endLine);
      return;
    }
    const words = st.words.slice(1);
    const first = words[0]?.text;
    if (first === undefined) {
      this.sink.unrecognized(st.line, 'set', 'empty set statement; ignored', st.endLine);
      return;
    }
    const schema = CONFIG.kind === 'container' ? CONFIG.children : {};
    const device = DEVICE_ENTRY.kind === 'container' ? DEVICE_ENTRY.children : {};
    const vsys = VSYS_ENTRY.kind === 'container' ? VSYS_ENTRY.children : {};
    if (first !== 'devices' && Object.hasOwn(schema, first)) {
      this.walk(this.root, CONFIG, words, 0, st, 'config');
    } else if (Object.hasOwn(device, first)) {
      this.walk(this.deviceEntry(st.line), DEVICE_ENTRY, words, 0, st, LOCAL_DEVICE);
    } else if (Object.hasOwn(vsys, first)) {
      this.walk(this.vsysEntry(st.line), VSYS_ENTRY, words, 0, st, DEFAULT_VSYS);
    } else {
      this.sink.unrecognized(st.line, 'set', `unknown command "set ${first}"; ignored`, st.endLine);
    }
  }

  private deviceEntry(line: number): PanNode {
    const devices = this.childOf(this.root, 'devices', line);
    return this.entryOf(devices, LOCAL_DEVICE, line);
  }

  private vsysEntry(line: number): PanNode {
    return this.entryOf(this.childOf(this.deviceEntry(line), 'vsys', line), DEFAULT_VSYS, line);
  }

  /** Walks the words from `i` under `node`, whose schema is `schema`. */
  private walk(node: PanNode, schema: SchemaNode, words: readonly Word[], start: number, st: Statement, context: string): void {
    let at = node;
    let here = schema;
    let i = start;
    let ctx = context;
    const bad = (comment: string) => this.sink.unrecognized(st.line, ctx, `${comment}; the statement is ignored`, st.endLine);
    while (i < words.length) {
      if (here.kind !== 'container') {
        bad(`unexpected "${words[i]!.text}"`);
        return;
      }
      const word = words[i]!.text;
      const next = Object.hasOwn(here.children, word) ? here.children[word] : undefined;
      if (next === undefined) {
        if (here.others !== 'ignore') bad(`unknown keyword "${word}"`);
        return;
      }
      i++;
      ctx = `${ctx} > ${word}`;
      switch (next.kind) {
        case 'container':
          at = this.childOf(at, word, st.line);
          here = next;
          continue;
        case 'ignore':
        case 'scan':
          this.childOf(at, word, st.line);
          return;
        case 'flag':
          if (i < words.length) return bad(`"${word}" takes no value`);
          this.childOf(at, word, st.line);
          return;
        case 'value': {
          if (i !== words.length - 1) return bad(i >= words.length ? `"${word}" needs a value` : `"${word}" takes one value`);
          const leaf = this.childOf(at, word, st.line);
          leaf.text = words[i]!.text;
          return;
        }
        case 'members': {
          const names = this.listAt(words, i);
          if (!names) return bad(`"${word}" takes a name or a bracketed list`);
          const list = this.childOf(at, word, st.line);
          const known = this.lookup(list);
          for (const n of names) {
            if (known.has(`m\u0000${n}`)) continue;
            const m = newNode('member', st.line);
            m.text = n;
            list.children.push(m);
            known.set(`m\u0000${n}`, m);
          }
          return;
        }
        case 'entries': {
          const list = this.childOf(at, word, st.line);
          const name = words[i];
          if (name === undefined) return bad(`"${word}" needs a name`);
          if (name.text === '[' && !name.quoted) {
            const names = this.listAt(words, i);
            if (!names) return bad(`"${word}" has an unclosed bracketed list`);
            for (const n of names) this.entryOf(list, n, st.line);
            return;
          }
          i++;
          at = this.entryOf(list, name.text, st.line);
          ctx = `${ctx} > ${name.text}`;
          here = next.entry;
          continue;
        }
      }
    }
  }

  /** A single word, or the words between `[` and `]` that end the statement. */
  private listAt(words: readonly Word[], i: number): string[] | undefined {
    const first = words[i];
    if (first === undefined) return undefined;
    if (first.quoted || first.text !== '[') return i === words.length - 1 ? [first.text] : undefined;
    const close = words.findIndex((w, k) => k > i && !w.quoted && w.text === ']');
    if (close !== words.length - 1) return undefined;
    return words.slice(i + 1, close).map((w) => w.text);
  }

  private lookup(node: PanNode): Map<string, PanNode> {
    let map = this.index.get(node);
    if (!map) {
      map = new Map();
      this.index.set(node, map);
    }
    return map;
  }

  private childOf(node: PanNode, tag: string, line: number): PanNode {
    node.endLine = Math.max(node.endLine, line);
    const map = this.lookup(node);
    let c = map.get(`t\u0000${tag}`);
    if (!c) {
      c = newNode(tag, line);
      node.children.push(c);
      map.set(`t\u0000${tag}`, c);
    }
    c.endLine = Math.max(c.endLine, line);
    return c;
  }

  private entryOf(list: PanNode, name: string, line: number): PanNode {
    list.endLine = Math.max(list.endLine, line);
    const map = this.lookup(list);
    let e = map.get(`e\u0000${name}`);
    if (!e) {
      e = newNode('entry', line, name);
      list.children.push(e);
      map.set(`e\u0000${name}`, e);
    }
    e.endLine = Math.max(e.endLine, line);
    return e;
  }
}
