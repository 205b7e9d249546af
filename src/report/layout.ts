import stringWidth from 'string-width';

/**
 * Column layout that keeps Japanese text aligned: a wide character takes two terminal
 * columns, so padding is computed from display width, never from string length.
 */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Rows of cells as aligned text columns separated by two spaces. */
export function table(rows: ReadonlyArray<readonly string[]>, align: ReadonlyArray<'left' | 'right'> = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => (align[i] === 'right' ? padStart(cell, widths[i]!) : i === row.length - 1 ? cell : padEnd(cell, widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}
