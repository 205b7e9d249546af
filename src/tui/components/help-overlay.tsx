import { Box } from 'ink';
import type { Line } from '../layout/span.js';
import { LineBlock } from './line-block.js';

/** Props of HelpOverlay. */
export interface HelpOverlayProps {
  /** The help's lines (helpLines), fitted to the inner width. */
  readonly lines: readonly Line[];
  /** Rows available for the overlay, border included. */
  readonly height: number;
  /** Columns of the box, border included. */
  readonly width: number;
}

/** The key list in a rounded box, in place of the current screen until a key is pressed. */
export function HelpOverlay({ lines, height, width }: HelpOverlayProps) {
  return (
    <Box borderStyle="round" borderColor="cyan" paddingX={1} width={width} height={height} flexDirection="column">
      <LineBlock lines={lines} height={Math.max(0, height - 2)} />
    </Box>
  );
}
