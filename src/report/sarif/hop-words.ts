import type { PathStep } from '../../checks/finding.js';
import { type Language, catalogue } from '../messages/index.js';
import { stepInterfaces, stepRule } from '../path-words.js';

/**
 * One hop of a finding's path in words, as the text report's path table has it: position,
 * device, interfaces with zones, the deciding rule and its action, and any NAT. It labels
 * the hop's related location and code-flow step, next to the hop's own file and line.
 */
export function hopWords(step: PathStep, position: number, lang: Language): string {
  const action = step.action === 'none' ? '' : ` ${catalogue(lang).labels.actions[step.action]}`;
  const nat = step.nat === undefined ? '' : `  ${step.nat}`;
  return `${position}. ${step.device}  ${stepInterfaces(step)}  ${stepRule(step, lang)}${action}${nat}`;
}
