import { isWildcardWord, wildcardMatches } from './glob.js';
import { PrefixTrie } from './prefix-trie.js';
import type { Statement } from './statement.js';
import type { WarningSink } from './warnings.js';

interface Apply {
  readonly prefix: readonly string[];
  readonly group: string;
  readonly line: number;
}

interface GroupStatement {
  readonly path: readonly string[];
  readonly line: number;
}

/** Trie of the local configuration's words, to expand `<*>` wildcards against real names. */
interface NameNode {
  readonly children: Map<string, NameNode>;
}

/**
 * Expands configuration groups. `groups G …` statements are templates; `apply-groups G` at
 * some level of the hierarchy inherits, below that level, every statement of G whose path
 * fits there. Wildcard names (`<ge-*>`) match the names the local configuration already
 * uses at that position. Inherited statements come after the local ones and carry their
 * group's line and name: list entries are appended (as Junos appends inherited terms and
 * policies) and local values win over inherited ones for single-valued settings.
 * `apply-groups-except G` below a level stops G there. Nested `apply-groups` inside a group
 * and `junos-defaults` are not expanded (warned); a cluster's `${node}` is read as node0.
 */
export function expandGroups(statements: readonly Statement[], sink: WarningSink): Statement[] {
  const local: Statement[] = [];
  const groups = new Map<string, GroupStatement[]>();
  const applies: Apply[] = [];
  const excepts = new Map<string, PrefixTrie>();
  for (const s of statements) {
    const w = s.words;
    if (w[0] === 'groups') {
      const name = w[1];
      if (name === undefined) {
        sink.unrecognized(s.line, 'groups', 'a group without a name; ignored');
        continue;
      }
      if (s.inactive) continue;
      const path = w.slice(2);
      const at = path.indexOf('apply-groups');
      if (at >= 0) {
        sink.unsupported(s.line, `groups ${name}`, 'apply-groups inside a group is not expanded: what it would inherit is missing from the model');
        continue;
      }
      let list = groups.get(name);
      if (!list) groups.set(name, (list = []));
      if (path.length > 0) list.push({ path, line: s.line });
      continue;
    }
    const at = w.indexOf('apply-groups');
    const exceptAt = w.indexOf('apply-groups-except');
    if (at >= 0 && at === w.length - 2) {
      if (!s.inactive) applies.push({ prefix: w.slice(0, at), group: w[at + 1]!, line: s.line });
      continue;
    }
    if (exceptAt >= 0 && exceptAt === w.length - 2) {
      if (!s.inactive) {
        const g = w[exceptAt + 1]!;
        let trie = excepts.get(g);
        if (!trie) excepts.set(g, (trie = new PrefixTrie()));
        trie.add(w.slice(0, exceptAt));
      }
      continue;
    }
    local.push(s);
  }
  if (applies.length === 0) return local;

  const depth = maxWildcardDepth(groups);
  const names = depth > 0 ? nameTrie(local, depth) : undefined;
  const inherited: Statement[] = [];
  for (const applied of applies) {
    if (applied.group === 'junos-defaults') continue;
    // `${node}` names the group of the chassis-cluster node reading the configuration: the
    // export is read as node0 sees it.
    const a = applied.group === '${node}' ? { ...applied, group: 'node0' } : applied;
    if (applied.group === '${node}') {
      sink.unsupported(a.line, a.prefix.join(' '), 'apply-groups "${node}" depends on the cluster node; the configuration is read as node0 sees it (node1 settings are ignored)');
    }
    const members = groups.get(a.group);
    if (!members) {
      sink.invalid(a.line, a.prefix.join(' '), `apply-groups names group "${a.group}", which the configuration does not define; nothing is inherited`);
      continue;
    }
    const except = excepts.get(a.group);
    for (const g of members) {
      if (g.path.length <= a.prefix.length) continue;
      if (!a.prefix.every((w, k) => wordFits(g.path[k]!, w))) continue;
      for (const words of concretePaths(g.path, a.prefix, names)) {
        if (except?.hasPrefixOf(words)) continue;
        inherited.push({ words, line: g.line, inactive: false, group: a.group });
      }
    }
  }
  return [...local, ...inherited];
}

function wordFits(pattern: string, word: string): boolean {
  return isWildcardWord(pattern) ? wildcardMatches(pattern, word) : pattern === word;
}

/** The group path with the apply level's own words, and its wildcards matched to real names. */
function concretePaths(path: readonly string[], prefix: readonly string[], names: NameNode | undefined): string[][] {
  let partial: string[][] = [[...prefix]];
  for (let k = prefix.length; k < path.length; k++) {
    const w = path[k]!;
    if (!isWildcardWord(w)) {
      for (const p of partial) p.push(w);
      continue;
    }
    const next: string[][] = [];
    for (const p of partial) {
      const node = names ? walk(names, p) : undefined;
      if (!node) continue;
      for (const name of node.children.keys()) if (wildcardMatches(w, name)) next.push([...p, name]);
    }
    partial = next;
    if (partial.length === 0) break;
  }
  return partial;
}

function walk(root: NameNode, path: readonly string[]): NameNode | undefined {
  let node: NameNode | undefined = root;
  for (const w of path) {
    node = node.children.get(w);
    if (!node) return undefined;
  }
  return node;
}

function maxWildcardDepth(groups: ReadonlyMap<string, GroupStatement[]>): number {
  let depth = 0;
  for (const list of groups.values()) {
    for (const g of list) g.path.forEach((w, k) => { if (isWildcardWord(w) && k + 1 > depth) depth = k + 1; });
  }
  return depth;
}

/** The local names down to `depth` words, enough to resolve every wildcard. */
function nameTrie(statements: readonly Statement[], depth: number): NameNode {
  const root: NameNode = { children: new Map() };
  for (const s of statements) {
    let node = root;
    const n = Math.min(depth, s.words.length);
    for (let k = 0; k < n; k++) {
      const w = s.words[k]!;
      let next = node.children.get(w);
      if (!next) node.children.set(w, (next = { children: new Map() }));
      node = next;
    }
  }
  return root;
}
