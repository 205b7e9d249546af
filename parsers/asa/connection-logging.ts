import type { AsaConfig } from './vendor-config.js';

/** Syslog levels by name, as `logging trap` accepts them. */
const LEVELS: Readonly<Record<string, number>> = { emergencies: 0, alerts: 1, critical: 2, errors: 3, warnings: 4, notifications: 5, informational: 6, debugging: 7 };

/** "Built … connection" (302013, 302015) and "Teardown" (302014, 302016): the connection log. */
const CONNECTION_MESSAGES = ['302013', '302014', '302015', '302016'];

/**
 * Whether the ASA sends a record of every permitted connection to a syslog host: it logs each
 * connection it builds at level informational (messages 302013–302016) whatever the access
 * rule says, so with `logging enable`, `logging trap informational` (or debugging) and a
 * `logging host`, every permitted flow is logged even without the ACL `log` keyword (which
 * adds per-entry hit messages, 106100). `no logging message 302013` and the like turn it off.
 */
export function logsEveryConnection(config: AsaConfig): boolean {
  const l = config.logging;
  if (!l.enabled || l.hosts === 0 || l.trap === undefined) return false;
  const level = /^\d$/.test(l.trap) ? Number(l.trap) : LEVELS[l.trap];
  if (level === undefined || level < LEVELS['informational']!) return false;
  return !CONNECTION_MESSAGES.some((m) => l.disabledMessages.includes(m));
}
