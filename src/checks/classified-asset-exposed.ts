import { AddressSpace } from '../space/address-space.js';
import { formatIp } from '../space/ip.js';
import { PacketSet } from '../space/packet-set.js';
import { type CheckContext, idsOf } from './context.js';
import type { Finding } from './finding.js';
import { carrierTerms } from './carriers.js';
import { pathFinding, violationsAmong } from './flow-violations.js';
import type { CheckConfig } from './types.js';

type ClassifiedExposed = Extract<CheckConfig, { primitive: 'classified-asset-exposed' }>;

/** How the inventory's normalized classification reads in a message. */
const DISPLAY: Readonly<Record<string, string>> = { level1: 'レベル1', level2: 'レベル2' };

/**
 * Inventory assets whose classification (機密性 3A/3B/3C/2, セキュリティレベル レベル1/2) says they
 * must be kept from the Internet side, and that packets initiated there reach anyway, NAT
 * included. The asset's own segment does not count: hosts of one segment reach each other.
 */
export function classifiedAssetExposed(ctx: CheckContext, check: ClassifiedExposed): Finding[] {
  const findings: Finding[] = [];
  const sources = idsOf(ctx, check.from);
  const terms = carrierTerms(ctx, check.carriers);
  for (const asset of ctx.assets) {
    if (asset.classification === undefined || !check.classifications.includes(asset.classification) || asset.addresses.length === 0) continue;
    const space = AddressSpace.unionAll(asset.addresses.map((a) => AddressSpace.fromAddress(a)));
    const scope = PacketSet.of(AddressSpace.ANY, space);
    const owners = [...new Set(asset.addresses.map((a) => ctx.topology.ownership.ownerOf(a)?.id).filter((id): id is string => id !== undefined))];
    for (const from of sources) {
      if (owners.includes(from)) continue;
      for (const to of owners) {
        for (const v of violationsAmong(ctx.reachability.delivered(from, to), terms, scope)) {
          const params = {
            host: asset.hostname,
            address: asset.addresses.map(formatIp).join(', '),
            classification: DISPLAY[asset.classification] ?? asset.classification,
          };
          findings.push(pathFinding(ctx, check, from, to, v, params, [asset.hostname]));
        }
      }
    }
  }
  return findings;
}
