import type { LineCounter } from 'yaml';
import { type YamlPath, toPointer } from './yaml-path.js';

/** Source offsets of the YAML nodes behind each path: the key (for map entries) and the value. */
export class PositionIndex {
  private readonly offsets = new Map<string, { key?: number; value?: number }>();

  constructor(private readonly lineCounter: LineCounter) {}

  set(path: YamlPath, key: number | undefined, value: number | undefined): void {
    const entry: { key?: number; value?: number } = {};
    if (key !== undefined) entry.key = key;
    if (value !== undefined) entry.value = value;
    this.offsets.set(toPointer(path), entry);
  }

  /** Offset of the node at `path` (or of its nearest recorded ancestor); 0 when none is. */
  offset(path: YamlPath, prefer: 'key' | 'value'): number {
    for (let n = path.length; n >= 0; n--) {
      const entry = this.offsets.get(toPointer(path.slice(0, n)));
      if (!entry) continue;
      const found = prefer === 'key' ? (entry.key ?? entry.value) : (entry.value ?? entry.key);
      if (found !== undefined) return found;
    }
    return 0;
  }

  position(offset: number): { line: number; column: number } {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line: Math.max(1, line), column: Math.max(1, col) };
  }

  /** 1-based line of the node at `path`, the key's line for map entries. */
  line(path: YamlPath): number {
    return this.position(this.offset(path, 'key')).line;
  }
}
