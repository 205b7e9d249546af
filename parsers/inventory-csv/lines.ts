/**
 * Physical lines of a byte buffer, so that every warning can name the line a person sees in a
 * text editor. A line ends at CRLF, a lone LF or a lone CR: Excel writes CRLF between rows and
 * a bare LF inside a multi-line cell, old Mac exports use CR, and hand-edited files mix them.
 * All three terminators are ASCII, so the same count holds for the bytes as read from disk and
 * for the UTF-8 text the CSV parser sees after decoding.
 */
export class LineIndex {
  /** Byte offset where each line starts; starts[0] is 0. */
  private readonly starts: number[];
  private readonly size: number;

  constructor(bytes: Uint8Array) {
    const starts = [0];
    const size = bytes.length;
    for (let i = 0; i < size; i++) {
      const byte = bytes[i];
      if (byte === 0x0d) {
        if (bytes[i + 1] === 0x0a) i++;
        starts.push(i + 1);
      } else if (byte === 0x0a) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    this.size = size;
  }

  /** Number of physical lines; a final terminator does not open another line. */
  get count(): number {
    if (this.size === 0) return 0;
    const last = this.starts[this.starts.length - 1];
    return last === this.size ? this.starts.length - 1 : this.starts.length;
  }

  /** 1-based line holding the byte at `offset` (binary search, so lookups stay O(log n)). */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Offset just past the terminator of the line holding `offset` (the buffer size on the last line). */
  endOfLine(offset: number): number {
    return this.starts[this.lineOf(offset)] ?? this.size;
  }
}
