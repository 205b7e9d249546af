import type { ServiceSet } from '../../src/space/service-set.js';
import { parseServiceSpec } from '../../src/space/service-set.js';

/**
 * What each interface-management-profile service answers, and whether it is a secure
 * channel. HTTP, Telnet, SNMP (v1/v2c allowed by the profile), the OCSP responder and the
 * plain-UDP User-ID syslog listener are cleartext.
 */
const TABLE: ReadonlyArray<readonly [string, string[], boolean]> = [
  ['ping', ['icmp/8', 'icmp6/128'], true],
  ['ssh', ['tcp/22'], true],
  ['https', ['tcp/443'], true],
  ['http', ['tcp/80'], false],
  ['telnet', ['tcp/23'], false],
  ['snmp', ['udp/161'], false],
  ['response-pages', ['tcp/6080,6081,6082'], true],
  ['userid-service', ['tcp/5007'], true],
  ['userid-syslog-listener-ssl', ['tcp/6514'], true],
  ['userid-syslog-listener-udp', ['udp/514'], false],
  ['http-ocsp', ['tcp/6080'], false],
];

export const MANAGEMENT_SERVICES: ReadonlyMap<string, { readonly packets: ServiceSet; readonly secure: boolean }> = new Map(
  TABLE.map(([name, specs, secure]) => {
    const sets = specs.map((s) => parseServiceSpec(s)!);
    const packets = sets.slice(1).reduce((a, b) => a.union(b), sets[0]!);
    return [name, { packets, secure }] as const;
  }),
);
