/** Lines of a config around one line, numbered from the file. */
export interface ConfigExcerpt {
  /** 1-based line number of the first line shown. */
  readonly first: number;
  /** The line the excerpt is about (1-based). */
  readonly focus: number;
  /** The lines, already masked. */
  readonly lines: readonly string[];
}

/** Lines shown on each side of a rule's line: enough to see the rule's head and a few fields. */
export const EXCERPT_RADIUS = 3;

/** The masked lines `focus` ± radius, clipped to the file; undefined when the line is not in it. */
export function excerptAround(lines: readonly string[], focus: number, radius = EXCERPT_RADIUS): ConfigExcerpt | undefined {
  if (focus < 1 || focus > lines.length) return undefined;
  const first = Math.max(1, focus - radius);
  const last = Math.min(lines.length, focus + radius);
  return { first, focus, lines: lines.slice(first - 1, last) };
}
