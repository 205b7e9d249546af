import { useApp, useInput } from 'ink';
import { FailureFrame } from '../components/failure-frame.js';

/** Props of FailurePane. */
export interface FailurePaneProps {
  /** "cannot audit samples/x". */
  readonly title: string;
  /** Why. */
  readonly reason: string;
  /** How to leave. */
  readonly hint: string;
  /** Columns available. */
  readonly width: number;
}

/** The failure, until any key is pressed. */
export function FailurePane(props: FailurePaneProps) {
  const { exit } = useApp();
  useInput(() => exit());
  return <FailureFrame {...props} />;
}
