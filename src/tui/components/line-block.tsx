import { Box } from 'ink';
import type { Line } from '../layout/span.js';
import { StyledLine } from './styled-line.js';

/** Props of LineBlock. */
export interface LineBlockProps {
  /** Lines fitted to the width. */
  readonly lines: readonly Line[];
  /** Rows the block takes: extra lines are cut, missing ones left blank, so what follows stays put. */
  readonly height: number;
}

/** A fixed-height block of lines: the unit every screen is drawn in. */
export function LineBlock({ lines, height }: LineBlockProps) {
  const shown = lines.slice(0, Math.max(0, height));
  return (
    <Box flexDirection="column" height={Math.max(0, height)} overflow="hidden">
      {shown.map((line, i) => (
        <StyledLine key={i} line={line} />
      ))}
    </Box>
  );
}
