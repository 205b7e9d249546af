/**
 * Lines a saved CLI session adds around an export: the prompt with the command
 * (`admin@srx-fw> show configuration | display set | no-more`), the chassis-cluster or
 * virtual-chassis state (`{primary:node0}`, `{master:0}`) and the edit level (`[edit]`).
 * They carry no configuration and are recognized as such.
 */
const STATE = /^\{(?:master|primary|secondary|backup|linecard|hold|disabled|ineligible)(?::[\w-]+)?\}$/;
const PROMPT = /^[\w.-]+@[\w.-]+[>#%](?:\s|$)/;
const EDIT_LEVEL = /^\[edit(?:\s[^\]]*)?\]$/;

export function isSessionNoise(trimmed: string): boolean {
  if (trimmed.length === 0) return false;
  const c = trimmed.charCodeAt(0);
  if (c === 0x7b) return STATE.test(trimmed);
  if (c === 0x5b) return EDIT_LEVEL.test(trimmed);
  return PROMPT.test(trimmed);
}
