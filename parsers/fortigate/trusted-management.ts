import type { AdminAccount, ManagementAccess } from '../../src/model/management.js';
import { AddressSpace } from '../../src/space/address-space.js';

/** Services an administrator logs in with; trusted hosts guard these and nothing else. */
const LOGIN_SERVICES = new Set(['http', 'https', 'ssh', 'telnet']);

/**
 * FortiOS answers administrative logins only from the trusted hosts of some administrator: when
 * every account has trusthosts, a connection from elsewhere gets no answer at all. An account
 * without trusthosts opens logins to anywhere. So the login services accept the union of every
 * account's trusted hosts, or any source when one account has none (or there is no account).
 */
export function restrictToTrustedHosts(management: readonly ManagementAccess[], admins: readonly AdminAccount[]): ManagementAccess[] {
  if (admins.length === 0 || admins.some((a) => a.trustedHosts === undefined)) return [...management];
  const trusted = AddressSpace.unionAll(admins.map((a) => a.trustedHosts!));
  return management.map((m) => (LOGIN_SERVICES.has(m.service) ? { ...m, sources: m.sources ? m.sources.intersect(trusted) : trusted } : m));
}
