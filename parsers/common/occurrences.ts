/**
 * Tells apart rules of one list whose content is the same, by their order among themselves:
 * the first keeps the content as its identity, the next ones get "#2", "#3"… A rule's
 * identity then changes only when a rule with the very same content is added or removed
 * before it, never when an unrelated rule moves. Use one instance per rule list.
 */
export class Occurrences {
  private readonly counts = new Map<string, number>();

  /** The identity of the next rule whose content is `content`. */
  next(content: string): string {
    const n = (this.counts.get(content) ?? 0) + 1;
    this.counts.set(content, n);
    return n === 1 ? content : `${content}#${n}`;
  }
}
