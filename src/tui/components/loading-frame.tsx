import { Box, Text } from 'ink';
import { truncateToWidth } from '../layout/truncate.js';
import { Spinner } from './spinner.js';

/** Props of LoadingFrame. */
export interface LoadingFrameProps {
  /** "analysing samples/sample-town…". */
  readonly status: string;
  /** The stage running now. */
  readonly stage: string;
  /** Columns available. */
  readonly width: number;
}

/** The first frame, drawn before the audit starts: one line with a spinner, the status and the stage. */
export function LoadingFrame({ status, stage, width }: LoadingFrameProps) {
  return (
    <Box>
      <Spinner />
      <Text wrap="truncate-end">{truncateToWidth(` ${status} (${stage})`, Math.max(0, width - 1))}</Text>
    </Box>
  );
}
