/**
 * Interface names as other commands write them. A running-config spells names out in full
 * (`GigabitEthernet0/1`), but hand-edited lines use IOS abbreviations (`Gi0/1`, `te1/1/1`,
 * `Po10`). A name resolves to the one interface whose type starts with the written letters
 * and whose number is the same.
 */
export class InterfaceNames {
  private readonly exact: Set<string>;
  private readonly all: readonly string[];

  constructor(names: Iterable<string>) {
    this.all = [...names];
    this.exact = new Set(this.all);
  }

  resolve(written: string): string | undefined {
    if (this.exact.has(written)) return written;
    const m = /^([A-Za-z-]+)\s*([\d/.:]+)$/.exec(written);
    if (!m) return undefined;
    const type = m[1]!.toLowerCase();
    const number = m[2]!;
    const hits = this.all.filter((n) => {
      const k = /^([A-Za-z-]+)([\d/.:]+)$/.exec(n);
      return k !== null && k[2] === number && k[1]!.toLowerCase().startsWith(type);
    });
    return hits.length === 1 ? hits[0] : undefined;
  }
}
