/**
 * The configuration text with its line boundaries. Line texts are sliced only when needed, so
 * a very large export costs one array of offsets, not a copy of every line.
 */
export class SourceText {
  readonly text: string;
  /** Offset of the first character of each line; index 0 is line 1. */
  private readonly starts: number[];

  constructor(text: string) {
    this.text = text;
    const starts: number[] = [];
    if (text.length > 0) {
      starts.push(0);
      let at = text.indexOf('\n');
      while (at >= 0) {
        if (at + 1 < text.length) starts.push(at + 1);
        at = text.indexOf('\n', at + 1);
      }
    }
    this.starts = starts;
  }

  /** Number of lines; a final newline does not start another line. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The text of 1-based line `n` without its terminator ("\n", "\r\n"); '' outside the file. */
  lineText(n: number): string {
    if (n < 1 || n > this.starts.length) return '';
    const start = this.starts[n - 1]!;
    let end = n < this.starts.length ? this.starts[n]! - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 0x0a) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return this.text.slice(start, end);
  }
}
