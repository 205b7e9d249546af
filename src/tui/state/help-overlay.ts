/** `?` opens the help overlay over whatever is shown; while it is open, any key closes it. */
export type HelpAction = { readonly type: 'openHelp' } | { readonly type: 'closeHelp' };

/** Whether the overlay is open after the action. */
export function helpReducer(open: boolean, action: HelpAction): boolean {
  return action.type === 'openHelp' ? true : action.type === 'closeHelp' ? false : open;
}
