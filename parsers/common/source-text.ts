/**
 * A configuration's text with its line boundaries, shared by every parser. Lines are sliced
 * only when a warning needs them, so memory stays flat on very large exports; an offset maps
 * to its line by binary search over the precomputed line starts (the XML reader needs that).
 * Private-key bodies are located once, so no parser can ever show one of their lines.
 */
export class SourceText {
  readonly text: string;
  /** Offset of the first character of each line; index 0 is line 1. */
  private readonly starts: number[];
  /** Lines inside a multi-line secret (a PEM private key body): never shown, whatever happens. */
  private secretLines: ReadonlySet<number> | undefined;

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

  lineStart(n: number): number {
    return this.starts[n - 1] ?? this.text.length;
  }

  /** Offset just past the last character of line `n`, excluding "\n" and a trailing "\r". */
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

  /** The 1-based line holding character `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** True for lines of a multi-line secret, whose text must never appear in a warning. */
  isSecretLine(n: number): boolean {
    this.secretLines ??= findSecretBlocks(this);
    return this.secretLines.has(n);
  }
}

/**
 * Lines from a `-----BEGIN … PRIVATE KEY-----` marker to its END marker (or the end of a
 * truncated file). Key bodies carry no keyword a line masker could recognize, so they are
 * located once here and hidden wholesale.
 */
function findSecretBlocks(source: SourceText): ReadonlySet<number> {
  const lines = new Set<number>();
  const text = source.text;
  let at = text.indexOf('-----BEGIN');
  while (at >= 0) {
    const lineEndOfMarker = text.indexOf('\n', at);
    const header = text.slice(at, lineEndOfMarker < 0 ? text.length : lineEndOfMarker);
    const end = text.indexOf('-----END', at + 10);
    const isPrivate = header.includes('PRIVATE') || header.includes('ENCRYPTED');
    const stop = end < 0 ? text.length : end;
    if (isPrivate) {
      const first = source.lineOf(at);
      const last = source.lineOf(stop);
      for (let n = first; n <= last; n++) lines.add(n);
    }
    at = end < 0 ? -1 : text.indexOf('-----BEGIN', end + 8);
  }
  return lines;
}
