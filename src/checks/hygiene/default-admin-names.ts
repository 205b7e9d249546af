import type { Vendor } from '../../model/device.js';

/**
 * Administrator names that come with the product or that every password-guessing tool tries
 * first, per vendor. An account keeping such a name halves the work of guessing its login.
 * Names compare exactly: these vendors' account names are case-sensitive.
 */
export const DEFAULT_ADMIN_NAMES: Readonly<Record<Vendor, readonly string[]>> = {
  // FortiOS ships with the super_admin account "admin" (empty password until first login).
  fortigate: ['admin'],
  // PAN-OS ships with "admin" (password "admin" until changed).
  paloalto: ['admin'],
  // ASA has no factory account; "cisco" is the account of Cisco's factory and example
  // configurations (Cisco Configuration Professional's default `username cisco`), "admin"
  // the name every scanner tries.
  asa: ['cisco', 'admin'],
  // IOS ISR routers shipped with `username cisco privilege 15 … cisco` (CCP default config).
  ios: ['cisco', 'admin'],
  // Junos' root is built in and always present (its password is `root-authentication`), so
  // naming it would report every device; "admin" is the name scanners try first.
  junos: ['admin'],
  // RTX has no named factory account: its default is the unnamed login (see default-admin.ts).
  rtx: [],
  // Linux: "root" is the superuser, "admin" the usual appliance account.
  iptables: ['root', 'admin'],
  neutral: ['root', 'admin'],
};
