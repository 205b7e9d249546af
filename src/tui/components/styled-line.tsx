import { Text } from 'ink';
import type { Line, Span } from '../layout/span.js';

/** Props of StyledLine. */
export interface StyledLineProps {
  /** The line, already fitted to the width (fitLine). */
  readonly line: Line;
}

/**
 * One screen line. Ink is told to truncate rather than wrap, as a guard: lines arrive fitted,
 * and a wrapped line would push the footer off the screen.
 */
export function StyledLine({ line }: StyledLineProps) {
  if (line.length === 0) return <Text> </Text>;
  return <Text wrap="truncate-end">{line.map((span, i) => <SpanText key={i} span={span} />)}</Text>;
}

function SpanText({ span }: { readonly span: Span }) {
  return (
    <Text {...(span.color === undefined ? {} : { color: span.color })} bold={span.bold === true} dimColor={span.dim === true} inverse={span.inverse === true}>
      {span.text}
    </Text>
  );
}
