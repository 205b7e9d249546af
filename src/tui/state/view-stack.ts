import type { Pair } from './visible-findings.js';

/** The three panes Tab cycles through, in that order. */
export type PaneId = 'matrix' | 'findings' | 'inputs';
export const PANES: readonly PaneId[] = ['matrix', 'findings', 'inputs'];

/** One screen. Each carries its own selection, so going back restores where the reader was. */
export type View =
  | { readonly kind: 'matrix' }
  | {
      readonly kind: 'findings';
      /** Set when the list was opened from a matrix cell: only that pair's findings. */
      readonly pair?: Pair;
      /** Index into the filtered list. */
      readonly selected: number;
    }
  | {
      readonly kind: 'detail';
      /** Index into the full findings list (see listFindings). */
      readonly finding: number;
      /** First line shown. */
      readonly scroll: number;
    }
  | {
      readonly kind: 'inputs';
      /** Index into the report's inputs. */
      readonly selected: number;
    }
  | {
      readonly kind: 'input-detail';
      /** Index into the report's inputs. */
      readonly input: number;
      /** First line shown. */
      readonly scroll: number;
    };

/** Screens opened one over another; the first is a pane's own screen and is never popped. */
export type ViewStack = readonly [View, ...View[]];

export function topView(stack: ViewStack): View {
  return stack[stack.length - 1]!;
}

/** The view under the top one, if any. */
export function viewBelow(stack: ViewStack): View | undefined {
  return stack[stack.length - 2];
}

export function pushView(stack: ViewStack, view: View): ViewStack {
  return [...stack, view];
}

/** Back (Esc, Backspace): the top view closes; on a pane's own screen nothing happens. */
export function popView(stack: ViewStack): ViewStack {
  return stack.length > 1 ? (stack.slice(0, -1) as unknown as ViewStack) : stack;
}

export function replaceTop(stack: ViewStack, view: View): ViewStack {
  return [...stack.slice(0, -1), view] as unknown as ViewStack;
}

/** The pane the stack belongs to: the kind of its first screen. */
export function paneOf(stack: ViewStack): PaneId {
  const root = stack[0];
  return root.kind === 'findings' ? 'findings' : root.kind === 'inputs' ? 'inputs' : 'matrix';
}

/** A pane's own screen, fresh: the whole findings list, the inputs from the top. */
export function paneRoot(pane: PaneId): View {
  return pane === 'findings' ? { kind: 'findings', selected: 0 } : pane === 'inputs' ? { kind: 'inputs', selected: 0 } : { kind: 'matrix' };
}

/**
 * Tab (step 1) and Shift+Tab (step -1): the next pane's own screen. Screens opened over the
 * current pane close, as in a tabbed window; the matrix cursor is kept apart and survives.
 */
export function cyclePane(stack: ViewStack, step: 1 | -1): ViewStack {
  const index = PANES.indexOf(paneOf(stack));
  const next = PANES[(index + step + PANES.length) % PANES.length]!;
  return [paneRoot(next)];
}
