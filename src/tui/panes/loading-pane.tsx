import { useApp, useInput } from 'ink';
import { LoadingFrame, type LoadingFrameProps } from '../components/loading-frame.js';

/**
 * The loading frame, listening already: reading keys puts the terminal in raw mode, so keys
 * pressed while the audit runs are not echoed over the frame, and `q` leaves at once: leaving
 * unmounts the root, which stops the audit's worker.
 */
export function LoadingPane(props: LoadingFrameProps) {
  const { exit } = useApp();
  useInput((input) => {
    if (input === 'q') exit();
  });
  return <LoadingFrame {...props} />;
}
