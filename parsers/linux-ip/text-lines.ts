/**
 * A text and the offsets where its lines start. Readers walk it line by line and slice a line
 * only when they look at it, so a file of several hundred thousand lines costs one array of
 * numbers, not one string per line twice over.
 */
export class TextLines {
  readonly text: string;
  private readonly starts: number[];

  constructor(text: string) {
    // A byte-order mark is not part of the first line.
    this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const starts: number[] = [];
    if (this.text.length > 0) starts.push(0);
    for (let at = this.text.indexOf('\n'); at >= 0; at = this.text.indexOf('\n', at + 1)) {
      if (at + 1 < this.text.length) starts.push(at + 1);
    }
    this.starts = starts;
  }

  /** Lines as an editor counts them: a final newline does not open another line. */
  get count(): number {
    return this.starts.length;
  }

  /** Line `n` (1-based) without its terminator ("\n", "\r\n"); '' outside the text. */
  line(n: number): string {
    if (n < 1 || n > this.starts.length) return '';
    const start = this.starts[n - 1]!;
    let end = n < this.starts.length ? this.starts[n]! - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 0x0a) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return this.text.slice(start, end);
  }
}

/** The last path component: "configs/sani-gw.ip" → "sani-gw.ip". */
export function fileName(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 1] ?? file;
}

/** The file name without its last extension: "configs/sani-gw.rules" → "sani-gw". */
export function baseName(file: string): string {
  const name = fileName(file);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Splits on runs of spaces and tabs; never a regex over the whole line, so always linear. */
export function words(line: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 0x20;
    const blank = c === 0x20 || c === 0x09;
    if (blank && start >= 0) {
      out.push(line.slice(start, i));
      start = -1;
    } else if (!blank && start < 0) {
      start = i;
    }
  }
  return out;
}
