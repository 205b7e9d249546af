import { describe, expect, it } from 'vitest';
import { parseFortigate } from '../../../parsers/fortigate/index.js';
import { AddressSpace } from '../../../src/space/address-space.js';
import { parseCidr } from '../../../src/space/ip.js';
import { onlyDevice } from './helpers.js';

const HEADER = '#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=admin\n';
const INTERFACE = `config system interface
    edit "port2"
        set vdom "root"
        set ip 10.30.255.1 255.255.255.0
        set allowaccess ping https ssh snmp
    next
end
`;
const admin = (name: string, trusthost?: string) =>
  `    edit "${name}"\n        set accprofile "super_admin"\n${trusthost ? `        set trusthost1 ${trusthost}\n` : ''}    next\n`;

function management(admins: string) {
  const device = onlyDevice(parseFortigate(`${HEADER}${INTERFACE}config system admin\n${admins}end\n`, 'fw.conf'));
  return Object.fromEntries(device.management.map((m) => [m.service, m.sources?.toString() ?? 'any']));
}

describe('FortiGate trusted hosts guard the login services', () => {
  it('logins are answered only from the union of every administrator’s trusted hosts', () => {
    const m = management(admin('ops', '10.20.255.0 255.255.255.0') + admin('backup', '10.20.9.5 255.255.255.255'));
    const expected = AddressSpace.unionAll([AddressSpace.fromCidr(parseCidr('10.20.255.0/24')!), AddressSpace.fromCidr(parseCidr('10.20.9.5/32')!), AddressSpace.ANY_V6]).toString();
    // No ip6-trusthost: IPv6 logins are not restricted (FortiOS treats the families apart).
    expect(m['https']).toBe(expected);
    expect(m['ssh']).toBe(expected);
    // Trusted hosts do not guard ping or SNMP (SNMP has its own community hosts).
    expect(m['ping']).toBe('any');
    expect(m['snmp']).toBe('any');
  });

  it('one administrator without trusted hosts opens logins to anywhere', () => {
    const m = management(admin('ops', '10.20.255.0 255.255.255.0') + admin('vendor'));
    expect(m['https']).toBe('any');
  });
});
