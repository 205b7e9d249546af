import { predefinedService, predefinedServiceGroup } from '../../../parsers/fortigate/predefined-services.js';
import { PREDEFINED_SERVICES } from '../../../parsers/paloalto/predefined.js';
import type { Vendor } from '../../model/device.js';
import type { ObjectKind } from '../../model/objects.js';

/**
 * Objects a FortiOS factory configuration defines besides the predefined services (which the
 * FortiGate parser's table lists): a full backup carries them, nobody wrote them, and deleting
 * them is not the administrator's business. Names from FortiOS 6.x and 7.x default configs.
 */
const FORTIGATE_FACTORY: ReadonlyMap<ObjectKind, ReadonlySet<string>> = new Map<ObjectKind, ReadonlySet<string>>([
  [
    'address',
    new Set([
      'all',
      'none',
      'FIREWALL_AUTH_PORTAL_ADDRESS',
      'FABRIC_DEVICE',
      'SSLVPN_TUNNEL_ADDR1',
      'SSLVPN_TUNNEL_IPv6_ADDR1',
      'login.microsoftonline.com',
      'login.microsoft.com',
      'login.windows.net',
      'gmail.com',
      'wildcard.google.com',
      'wildcard.dropbox.com',
      'autoupdate.opera.com',
      'google-play',
      'swscan.apple.com',
      'update.microsoft.com',
      'EMS_ALL_UNKNOWN_CLIENTS',
      'EMS_ALL_UNMANAGEABLE_CLIENTS',
      'FCTEMS_ALL_FORTICLOUD_SERVERS',
    ]),
  ],
  ['address-group', new Set(['G Suite', 'Microsoft Office 365'])],
  // The web-proxy service FortiOS defines next to the table's services.
  ['service', new Set(['webproxy'])],
]);

/** True for an object the vendor defines by itself, which must never be reported as unused. */
export function isPredefined(vendor: Vendor, kind: ObjectKind, name: string): boolean {
  switch (vendor) {
    case 'fortigate':
      if (kind === 'service' && predefinedService(name)) return true;
      if (kind === 'service-group' && predefinedServiceGroup(name)) return true;
      return FORTIGATE_FACTORY.get(kind)?.has(name) ?? false;
    case 'paloalto':
      // service-http and service-https; an export does not normally list them, but a
      // definition of the same name only overrides the predefined one.
      return (kind === 'service' || kind === 'service-group') && name in PREDEFINED_SERVICES;
    default:
      return false;
  }
}
