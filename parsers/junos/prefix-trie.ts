/**
 * A set of word paths with prefix lookup: `deactivate` targets and `apply-groups-except`
 * scopes are few, statements are many, so each statement walks the trie once, in time
 * proportional to its length.
 */
interface Node {
  readonly children: Map<string, Node>;
  terminal: boolean;
}

export class PrefixTrie {
  private readonly root: Node = { children: new Map(), terminal: false };
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(path: readonly string[]): void {
    let node = this.root;
    for (const w of path) {
      let next = node.children.get(w);
      if (!next) {
        next = { children: new Map(), terminal: false };
        node.children.set(w, next);
      }
      node = next;
    }
    if (!node.terminal) this.count++;
    node.terminal = true;
  }

  /** True when some stored path is a prefix of `words` (or equal to it). */
  hasPrefixOf(words: readonly string[]): boolean {
    let node = this.root;
    if (node.terminal) return true;
    for (const w of words) {
      const next = node.children.get(w);
      if (!next) return false;
      if (next.terminal) return true;
      node = next;
    }
    return false;
  }
}
