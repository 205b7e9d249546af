import { Box, Text } from 'ink';
import { wrapToWidth } from '../layout/wrap.js';
import { terminalText } from '../layout/terminal-text.js';

/** Props of FailureFrame. */
export interface FailureFrameProps {
  /** "cannot audit samples/x". */
  readonly title: string;
  /** Why. */
  readonly reason: string;
  /** How to leave. */
  readonly hint: string;
  /** Columns available. */
  readonly width: number;
}

/** Shown when the snapshot cannot be audited at all. */
export function FailureFrame({ title, reason, hint, width }: FailureFrameProps) {
  return (
    <Box flexDirection="column">
      <Text color="red" bold>
        {wrapToWidth(terminalText(title), width).join('\n')}
      </Text>
      <Text>{wrapToWidth(terminalText(reason), width).join('\n')}</Text>
      <Text dimColor>{hint}</Text>
    </Box>
  );
}
