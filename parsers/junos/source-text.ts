/**
 * The configuration text with its line boundaries. Line texts are sliced only when a warning
 * needs one, so memory stays flat on exports of hundreds of thousands of lines.
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

  /** Offset where 1-based line `n` starts. */
  lineStart(n: number): number {
    return this.starts[n - 1] ?? this.text.length;
  }

  /** Offset just past the last character of line `n`, without "\n" or a trailing "\r". */
  lineEnd(n: number): number {
    let end = n < this.starts.length ? this.starts[n]! - 1 : this.text.length;
    if (n >= this.starts.length && end > this.lineStart(n) && this.text.charCodeAt(end - 1) === 0x0a) end--;
    if (end > this.lineStart(n) && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return end;
  }

  /** The text of 1-based line `n`, without its terminator; '' outside the file. */
  lineText(n: number): string {
    if (n < 1 || n > this.starts.length) return '';
    return this.text.slice(this.lineStart(n), this.lineEnd(n));
  }

  /** The 1-based line that holds character offset `offset` (binary search). */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
