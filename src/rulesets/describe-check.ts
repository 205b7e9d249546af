import { formatSelector } from '../checks/selectors.js';
import type { Carrier, CheckConfig } from '../checks/types.js';

/** What a check covers, in one line: "mynumber ⇄ internet; carriers: approved". */
export function describeScope(check: CheckConfig): string {
  switch (check.primitive) {
    case 'forbid-flow':
      return `${check.from.map(formatSelector).join(', ')} ${check.bothWays ? '⇄' : '→'} ${check.to.map(formatSelector).join(', ')}${carriers(check.carriers)}`;
    case 'classified-asset-exposed':
      return `${check.from.map(formatSelector).join(', ')} → assets classified ${check.classifications.join(', ')}${carriers(check.carriers)}`;
    case 'egress-bypass':
      return `${check.from.map(formatSelector).join(', ')} → internet only via securityCloud attachments`;
    case 'mgmt-exposed':
      return `${check.from.map(formatSelector).join(', ')} → device management services`;
    case 'approved-too-broad':
      return `approved, sanitizer and published entries: at most ${check.maxAddresses} addresses a side; breakout ranges up to ${check.maxBreakoutRange} addresses; named ports`;
    case 'flow-matrix':
      return `zones ${check.zones.join(', ')}; allowed: ${check.allow.map((a) => `${a.from} → ${a.to}${a.servicesText ? ` (${a.servicesText})` : ''}`).join('; ') || 'none'}`;
    default:
      return check.primitive;
  }
}

function carriers(list: readonly Carrier[]): string {
  if (list.length === 0) return '';
  const words = list.map((c) => (c.type === 'sanitizer' ? `sanitizer ${c.methods.join('/')} at ${c.end}` : c.type));
  return `; carriers: ${words.join(', ')}`;
}
