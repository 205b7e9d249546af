/** Code-point order, independent of the machine's locale, so output is byte-identical anywhere. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
