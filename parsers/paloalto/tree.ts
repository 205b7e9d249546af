/**
 * The configuration as a tree shaped like PAN-OS's XML, whichever format it came from:
 * entries are `entry` children with a name, member lists are `member` children. Every node
 * knows its first line, so every typed element extracted from it can say where it was written.
 */
export interface PanNode {
  readonly tag: string;
  readonly line: number;
  /** Last line of the element (its closing tag, or its last set line). */
  endLine: number;
  /** The `name` attribute of an `entry`. */
  readonly name?: string;
  /** Text content, entity-decoded and trimmed; undefined for pure containers. */
  text?: string;
  readonly children: PanNode[];
  /** False when the file ended before the element closed (a truncated export). */
  complete: boolean;
}

export function newNode(tag: string, line: number, name?: string): PanNode {
  if (name === undefined) return { tag, line, endLine: line, children: [], complete: true };
  return { tag, line, endLine: line, name, children: [], complete: true };
}

export function child(node: PanNode | undefined, tag: string): PanNode | undefined {
  return node?.children.find((c) => c.tag === tag);
}

/** The node at a path of tags, each step the first child of that tag. */
export function path(node: PanNode | undefined, ...tags: string[]): PanNode | undefined {
  let at = node;
  for (const t of tags) at = child(at, t);
  return at;
}

export function entries(node: PanNode | undefined): PanNode[] {
  return node ? node.children.filter((c) => c.tag === 'entry' && c.name !== undefined) : [];
}

/** Text of a child element, when it has some. */
export function textOf(node: PanNode | undefined, tag: string): string | undefined {
  const t = child(node, tag)?.text;
  return t === undefined || t === '' ? undefined : t;
}

/** A yes/no child; undefined when absent. */
export function yesNo(node: PanNode | undefined, tag: string): boolean | undefined {
  const t = textOf(node, tag);
  return t === undefined ? undefined : t === 'yes';
}

export interface Members {
  readonly names: readonly string[];
  readonly line: number;
}

/** The `<member>` texts of a child list, with the list's line; undefined when the child is absent. */
export function membersOf(node: PanNode | undefined, tag: string): Members | undefined {
  const list = child(node, tag);
  if (!list) return undefined;
  const names = list.children.filter((m) => m.tag === 'member' && m.text !== undefined && m.text !== '').map((m) => m.text!);
  return { names, line: list.line };
}
