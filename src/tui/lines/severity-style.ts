import type { Severity } from '../../checks/types.js';
import type { Span, SpanColor } from '../layout/span.js';

/** Colour per severity. The severity's name is always printed beside it, so colour is never the only signal. */
const COLORS: Readonly<Record<Severity, SpanColor>> = { critical: 'red', high: 'redBright', medium: 'yellow', low: 'cyan', info: 'gray' };

export function severityColor(severity: Severity): SpanColor {
  return COLORS[severity];
}

/** The severity's name as a styled run; critical is bold as well. */
export function severitySpan(severity: Severity, text: string): Span {
  return { text, color: COLORS[severity], ...(severity === 'critical' ? { bold: true } : {}) };
}
