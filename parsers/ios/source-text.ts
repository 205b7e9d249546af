/**
 * The configuration text and where each line starts. Line texts are sliced on demand, so a
 * file of hundreds of thousands of lines is held once, as the string it already is.
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
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
        // A final newline ends the last line; it does not open another one.
        if (at + 1 < text.length) starts.push(at + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The text of 1-based line `n` without "\n" or "\r\n"; '' outside the file. */
  lineText(n: number): string {
    if (n < 1 || n > this.starts.length) return '';
    const start = this.starts[n - 1]!;
    let end = n < this.starts.length ? this.starts[n]! - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 0x0a) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return this.text.slice(start, end);
  }
}
