import type { FilterStage, Rule } from '../../src/model/filter.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { PacketSet } from '../../src/space/packet-set.js';
import type { ForwardingState } from '../linux-ip/forwarding.js';

const NO_DISPLAY = { inInterfaces: [], outInterfaces: [], sources: [], destinations: [], services: [] };

/**
 * The host's IP forwarding switches as a first filter stage. A family whose switch is 0
 * forwards nothing: a stage default deny when no family forwards, an implicit deny of that
 * family otherwise, each with the provenance of its sysctl line. An unknown switch counts as on
 * (the caller warns) for a family the host has addresses of, and as irrelevant otherwise, so
 * `net.ipv4.ip_forward = 0` on an IPv4-only host denies everything. No stage when nothing is off.
 */
export function forwardingStage(v4: ForwardingState, v6: ForwardingState, has: { v4: boolean; v6: boolean }, companionFile: string): FilterStage | undefined {
  const known4 = v4.known && !v4.enabled;
  const known6 = v6.known && !v6.enabled;
  if (!known4 && !known6) return undefined;
  const off4 = known4 || (!v4.known && !has.v4);
  const off6 = known6 || (!v6.known && !has.v6);
  if (!off4 && !off6) return undefined;
  const reason = (s: ForwardingState) => (s.known ? `${s.key} = ${s.value}: the host forwards no ${s.key.includes('ipv6') ? 'IPv6' : 'IPv4'} packet` : '');
  if (off4 && off6) {
    const said = [known4 ? v4 : undefined, known6 ? v6 : undefined].filter((x): x is ForwardingState & { known: true } => x !== undefined);
    return {
      name: 'sysctl forwarding',
      header: 'translated',
      rules: [],
      defaultAction: 'deny',
      defaultReason: said.map(reason).join('; '),
      defaultProvenance: { file: companionFile, line: said[0]!.line },
    };
  }
  const state = off4 ? v4 : v6;
  const family = off4 ? AddressSpace.ANY_V4 : AddressSpace.ANY_V6;
  const deny: Rule = {
    id: state.known ? state.key : 'forwarding',
    action: 'deny',
    enabled: true,
    log: false,
    terms: [{ packets: PacketSet.of(family, family) }],
    implicit: true,
    comment: reason(state),
    display: NO_DISPLAY,
    provenance: { file: companionFile, line: state.known ? state.line : 0 },
  };
  return { name: 'sysctl forwarding', header: 'translated', rules: [deny], defaultAction: 'permit', defaultReason: `the other family is forwarded` };
}
