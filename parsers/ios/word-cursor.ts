/** Reads the words of one command left to right; never throws past the end. */
export class WordCursor {
  private index: number;

  constructor(
    readonly words: readonly string[],
    start = 0,
  ) {
    this.index = start;
  }

  get position(): number {
    return this.index;
  }

  get done(): boolean {
    return this.index >= this.words.length;
  }

  peek(offset = 0): string | undefined {
    return this.words[this.index + offset];
  }

  /** The next word lower-cased, for keyword tests; undefined at the end. */
  peekKeyword(offset = 0): string | undefined {
    return this.words[this.index + offset]?.toLowerCase();
  }

  next(): string | undefined {
    const w = this.words[this.index];
    if (w !== undefined) this.index++;
    return w;
  }

  /** Consumes the next word when it is `keyword` (case-insensitive). */
  accept(keyword: string): boolean {
    if (this.peekKeyword() !== keyword) return false;
    this.index++;
    return true;
  }

  /** The words consumed since `from`, joined, for display. */
  since(from: number): string {
    return this.words.slice(from, this.index).join(' ');
  }

  rest(): readonly string[] {
    return this.words.slice(this.index);
  }
}
