import type { LoadStage } from './load-tui-data.js';
import type { TuiData } from './tui-data.js';

/** What the loading worker tells the screen, in the order it happens. */
export type LoadMessage =
  /** A stage starts. */
  | { readonly kind: 'stage'; readonly stage: LoadStage }
  /** The audit is done. */
  | { readonly kind: 'data'; readonly data: TuiData }
  /** The snapshot could not be audited, and why (a message fit to show). */
  | { readonly kind: 'failure'; readonly reason: string };
