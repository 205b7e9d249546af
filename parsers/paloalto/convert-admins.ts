import type { AdminAccount } from '../../src/model/management.js';
import type { PanAdmin } from './vendor-config.js';

/**
 * Administrators from `mgt-config users`, with their role. Password hashes are never read.
 * PAN-OS restricts management sources per device (`deviceconfig system permitted-ip`, for the
 * out-of-band port) rather than per account, so no account has trusted hosts of its own.
 */
export function convertAdmins(admins: readonly PanAdmin[], file: string): AdminAccount[] {
  return admins.map((a) => ({ name: a.name, ...(a.role === undefined ? {} : { profile: a.role }), provenance: { file, line: a.line } }));
}
