/**
 * Text from configs, inventories and warnings is untrusted: a control character or an escape
 * sequence in it would move the cursor or recolour the screen, and a tab has no fixed width.
 * Every line the TUI prints goes through here first, so what string-width measures is what
 * the terminal shows.
 */
export function terminalText(text: string): string {
  return (
    text
      .replace(/\t/g, '  ')
      // C0 controls (CR, ESC, BEL …), DEL and C1 controls become a visible replacement.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, '�')
  );
}
