/**
 * The configuration text with its line boundaries. Lines are never copied up front: a line's
 * text is sliced only when a warning needs it, which keeps memory flat on very large files.
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

  /** Number of lines; a final newline does not start a new line. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where 1-based line `n` starts. */
  lineStart(n: number): number {
    return this.starts[n - 1] ?? this.text.length;
  }

  /** Offset just past the last character of line `n`, excluding "\n" and a trailing "\r". */
  lineEnd(n: number): number {
    let end = n < this.starts.length ? this.starts[n]! - 1 : this.text.length;
    // The last line's terminator, if any, is not the start of another line.
    if (n >= this.starts.length && end > this.lineStart(n) && this.text.charCodeAt(end - 1) === 0x0a) end--;
    if (end > this.lineStart(n) && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return end;
  }

  /** The text of 1-based line `n`, without its line terminator; '' outside the file. */
  lineText(n: number): string {
    if (n < 1 || n > this.starts.length) return '';
    return this.text.slice(this.lineStart(n), this.lineEnd(n));
  }
}
