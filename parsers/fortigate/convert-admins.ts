import type { AdminAccount } from '../../src/model/management.js';
import { AddressSpace } from '../../src/space/address-space.js';
import type { Cidr } from '../../src/space/ip.js';
import { isZeroSubnet } from './fortios-values.js';
import { unionSpaces } from './space-union.js';
import type { FgAdmin } from './vendor-config.js';

/**
 * Administrators who can manage one VDOM. In a multi-VDOM unit an account reaches the VDOMs it
 * lists (root when it lists none), and a super_admin profile reaches them all.
 *
 * Trusted hosts: 0.0.0.0 0.0.0.0 is FortiOS's "unset" value, not "anywhere". When no IPv4
 * trusthost is set, IPv4 logins come from anywhere; likewise for IPv6. An account restricted
 * in neither family has no trustedHosts (anywhere).
 */
export function convertAdmins(admins: readonly FgAdmin[], vdom: string, multiVdom: boolean, file: string): AdminAccount[] {
  const out: AdminAccount[] = [];
  for (const a of admins) {
    if (multiVdom && a.accprofile !== 'super_admin') {
      const vdoms = a.vdoms.length > 0 ? a.vdoms : ['root'];
      if (!vdoms.includes(vdom)) continue;
    }
    const v4 = a.trusthosts.filter((c) => !isZeroSubnet(c));
    const v6 = a.ip6Trusthosts.filter((c) => !isZeroSubnet(c));
    const trustedHosts =
      v4.length === 0 && v6.length === 0 ? undefined : unionSpaces([spaceOr(v4, AddressSpace.ANY_V4), spaceOr(v6, AddressSpace.ANY_V6)]);
    out.push({
      name: a.name,
      provenance: { file, line: a.line },
      ...(a.accprofile !== undefined && { profile: a.accprofile }),
      ...(trustedHosts !== undefined && { trustedHosts }),
    });
  }
  return out;
}

function spaceOr(cidrs: readonly Cidr[], fallback: AddressSpace): AddressSpace {
  return cidrs.length === 0 ? fallback : unionSpaces(cidrs.map((c) => AddressSpace.fromCidr(c)));
}
