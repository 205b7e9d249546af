import type { Asset } from '../../parsers/inventory-csv/types.js';
import type { Topology } from '../network/topology.js';
import type { WitnessHints } from '../space/witness.js';

/**
 * The hosts witness packets prefer, the same for the audit's findings and for trace, so a
 * traced class and the finding about the same path show the same example: inventory hosts,
 * sanitizers and screen-transfer servers last (a witness from a sanitizer reads as if the
 * sanitizer were at fault), and never a device's own interface when another address will do.
 */
export function witnessHints(assets: readonly Asset[], topology: Topology): WitnessHints {
  const special = (a: Asset) => a.role !== undefined && (a.role.startsWith('sanitizer') || a.role === 'screen-transfer');
  const hosts = [...assets.filter((a) => !special(a)), ...assets.filter(special)].flatMap((a) => a.addresses);
  return { src: hosts, dst: hosts, avoid: topology.allDeviceAddresses() };
}
