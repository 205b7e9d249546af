import type { Rule } from '../../model/filter.js';

/**
 * A rule as a finding names it: its id, then its name in quotes when the config gives one the
 * id does not already say (a Junos id "trust>untrust/any-out" ends with the name "any-out").
 */
export function ruleLabel(rule: Rule): string {
  const name = rule.name;
  if (name === undefined || name === '' || name === rule.id || rule.id.endsWith(`/${name}`)) return rule.id;
  return `${rule.id} "${name}"`;
}
