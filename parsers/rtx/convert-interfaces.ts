import type { Interface } from '../../src/model/interface.js';
import { scopeLabel } from './convert-context.js';
import type { RtxConfig, RtxInterface } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * Interfaces with their addresses (primary first). LAN-side interfaces are up unless `lan
 * shutdown` takes them down; pp and tunnel interfaces carry traffic only after `pp enable` /
 * `tunnel enable`, as on the router.
 */
export function convertInterfaces(config: RtxConfig, file: string, sink: WarningSink): Interface[] {
  return config.interfaces.map((i) => {
    warnAbout(i, sink);
    const primary = i.addresses.filter((a) => !a.secondary);
    const secondary = i.addresses.filter((a) => a.secondary);
    const role = i.kind === 'pp' ? 'wan' : i.kind === 'tunnel' ? 'vpn' : undefined;
    return {
      name: i.name,
      ...(i.description ? { description: i.description.text } : {}),
      addresses: [...primary, ...secondary].map((a) => ({ address: { family: 4 as const, value: a.address }, prefixLength: a.prefixLength })),
      enabled: isUp(i),
      ...(role ? { role } : {}),
      provenance: { file, line: i.line },
    };
  });
}

export function isUp(i: RtxInterface): boolean {
  if (i.kind === 'pp' || i.kind === 'tunnel') return i.enable?.on === true;
  return i.shutdown === undefined;
}

function warnAbout(i: RtxInterface, sink: WarningSink): void {
  if (i.dhcp !== undefined) {
    sink.unsupported(i.dhcp, scopeLabel(i), `${i.name} gets its address by DHCP at run time: it has no address in the model, so no subnet is connected there`);
  }
  if (i.kind === 'tagged-vlan' && i.vlanId === undefined) {
    sink.invalid(i.line, '', `no \`vlan ${i.name} 802.1q vid N\` line defines ${i.name}; it is modelled as configured, but the router would not have it`);
  }
}
