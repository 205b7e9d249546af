import type { PathStep } from '../../src/checks/finding.js';

/**
 * A path as one comparable string: device, interfaces, deciding rule, action and line of every
 * step. A finding's path and the trace of its witness must give the same one.
 */
export function pathKey(steps: readonly PathStep[]): string {
  return JSON.stringify(steps.map((h) => [h.device, h.in, h.out, h.rule, h.action, h.file, h.line]));
}
