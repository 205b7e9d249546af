/**
 * Renders configuration statements (word lists) as a Junos export, in either format:
 * `display set` lines (with `deactivate` lines for inactive statements), or the brace
 * hierarchy where every statement's last two words form the leaf (`keyword value;`) and the
 * words before it nest as blocks. The brace layout is not always the one Junos prints (it
 * does not know which keywords take two words), but it reads as the same statements, which
 * is what the parser must get right.
 */
export interface GenStatement {
  readonly words: readonly string[];
  /** Render this statement (or, with `deactivateAt`, its prefix) as inactive. */
  readonly deactivateAt?: number;
}

function quote(word: string): string {
  return /^[^\s"{};[\]#]+$/.test(word) ? word : `"${word.replace(/"/g, '\\"')}"`;
}

export function renderSet(statements: readonly GenStatement[]): string {
  const lines = statements.map((s) => `set ${s.words.map(quote).join(' ')}`);
  const deactivated = new Set<string>();
  for (const s of statements) {
    if (s.deactivateAt === undefined) continue;
    const line = `deactivate ${s.words.slice(0, s.deactivateAt).map(quote).join(' ')}`;
    if (!deactivated.has(line)) {
      deactivated.add(line);
      lines.push(line);
    }
  }
  return `${lines.join('\n')}\n`;
}

interface Node {
  readonly children: Map<string, Node>;
  /** Leaf values under this block: `keyword value` pairs, in order. */
  readonly leaves: Array<{ text: string; inactive: boolean }>;
  inactive: boolean;
}

export function renderBrace(statements: readonly GenStatement[], comments: ReadonlyMap<number, string> = new Map()): string {
  const root: Node = { children: new Map(), leaves: [], inactive: false };
  statements.forEach((s) => {
    const w = s.words;
    const blockWords = w.length >= 2 ? w.slice(0, -2) : [];
    let node = root;
    blockWords.forEach((word, k) => {
      let next = node.children.get(word);
      if (!next) node.children.set(word, (next = { children: new Map(), leaves: [], inactive: false }));
      if (s.deactivateAt !== undefined && s.deactivateAt === k + 1) next.inactive = true;
      node = next;
    });
    const leaf = w.slice(blockWords.length).map(quote).join(' ');
    const inactiveLeaf = s.deactivateAt !== undefined && s.deactivateAt > blockWords.length;
    if (!node.leaves.some((l) => l.text === leaf)) node.leaves.push({ text: leaf, inactive: inactiveLeaf });
  });
  const out: string[] = ['## Last commit: 2025-01-01 00:00:00 UTC by oracle', 'version 21.4R3.15;'];
  let counter = 0;
  const emit = (node: Node, depth: number) => {
    const pad = '    '.repeat(depth);
    for (const l of node.leaves) out.push(`${pad}${l.inactive ? 'inactive: ' : ''}${l.text};`);
    for (const [word, child] of node.children) {
      const note = comments.get(counter++);
      if (note) out.push(`${pad}/* ${note} */`);
      out.push(`${pad}${child.inactive ? 'inactive: ' : ''}${quote(word)} {`);
      emit(child, depth + 1);
      out.push(`${pad}}`);
    }
  };
  emit(root, 0);
  return `${out.join('\n')}\n`;
}
