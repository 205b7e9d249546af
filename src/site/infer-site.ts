import type { Asset } from '../../parsers/inventory-csv/types.js';
import type { Device } from '../model/device.js';
import type { Interface } from '../model/interface.js';
import { AddressSpace } from '../space/address-space.js';
import { type Cidr, formatCidr, formatIp, makeCidr } from '../space/ip.js';
import { kindFromName, normalizeName } from './segment-names.js';
import type { External, Inference, Segment, SegmentKind, Site } from './types.js';

/** Words in interface, zone or alias names that reveal a segment kind. */
const KEYWORDS: ReadonlyArray<readonly [SegmentKind, readonly string[]]> = [
  ['mynumber', ['mynumber', 'my-number', 'kikan', '基幹', 'マイナンバー', 'juki', '住基', 'kojinbango']],
  ['lgwan', ['lgwan']],
  ['internet', ['internet', 'inet', 'インターネット']],
  ['dmz', ['dmz']],
];
/** Names of the uplink to the LGWAN router (the LGWAN WAN, not the LGWAN接続系 segment). */
const LGWAN_UPLINK = ['lgwan-rt', 'lgwanrt', 'lgwan_rt', 'lgwan-router', 'lgwanrouter', 'lgwan-wan', 'lgwanwan', 'lgwanルータ'];
const WAN_WORDS = ['wan', 'untrust', 'outside'];
const KIND_ORDER: readonly SegmentKind[] = ['mynumber', 'lgwan', 'internet', 'dmz', 'other'];

type Verdict = { type: 'segment'; kind: SegmentKind; reason: string } | { type: 'internet-uplink' | 'lgwan-uplink'; reason: string } | { type: 'transit' | 'unknown' };

/**
 * A site inferred from the configs and the inventory, for snapshots without sansou.yaml.
 * Each interface is classified by the segments its inventory hosts state, else by words in
 * its zone, alias or name. A segment then owns its interface subnets and every route whose
 * next hop lies on them (the hosts behind an L3 switch that is not in the snapshot). Every
 * conclusion is recorded so the user can confirm it or write a site file.
 */
export function inferSite(inputs: { devices: readonly Device[]; assets: readonly Asset[] }, inferences: Inference[]): Site {
  const subnetUsers = countSubnetUsers(inputs.devices);
  const byKind = new Map<SegmentKind, AddressSpace>();
  const uplinks: Record<'internet' | 'lgwan', Array<{ device: string; interface: string; networks: AddressSpace }>> = { internet: [], lgwan: [] };
  let transit = AddressSpace.EMPTY;
  inferences.push({ subject: 'site', conclusion: 'inferred (αモデル)', reason: 'the snapshot has no usable sansou.yaml' });

  for (const device of inputs.devices) {
    for (const iface of device.interfaces) {
      if (!iface.enabled || iface.addresses.length === 0) continue;
      const subnets = iface.addresses.map((a) => makeCidr(a.address, a.prefixLength));
      const space = AddressSpace.unionAll(subnets.map((c) => AddressSpace.fromCidr(c)));
      const subject = `interface ${device.id} ${iface.name} (${subnets.map(formatCidr).join(', ')})`;
      const verdict = classify(iface, space, inputs.assets, subnets.some((c) => (subnetUsers.get(formatCidr(c)) ?? 0) > 1));
      const behind = routedBehind(device, iface);
      if (verdict.type === 'segment') {
        byKind.set(verdict.kind, (byKind.get(verdict.kind) ?? AddressSpace.EMPTY).union(space));
        inferences.push({ subject, conclusion: `segment ${verdict.kind}`, reason: verdict.reason });
        for (const r of behind) {
          byKind.set(verdict.kind, byKind.get(verdict.kind)!.union(AddressSpace.fromCidr(r.prefix)));
          inferences.push({ subject: `route ${formatCidr(r.prefix)} via ${r.gateway} on ${device.id}`, conclusion: `segment ${verdict.kind}`, reason: `its next hop is on ${iface.name}` });
        }
      } else if (verdict.type === 'internet-uplink' || verdict.type === 'lgwan-uplink') {
        const which = verdict.type === 'internet-uplink' ? 'internet' : 'lgwan';
        const networks = AddressSpace.unionAll(behind.filter((r) => r.prefix.prefixLength > 0).map((r) => AddressSpace.fromCidr(r.prefix)));
        uplinks[which].push({ device: device.id, interface: iface.name, networks });
        transit = transit.union(space);
        inferences.push({ subject, conclusion: `attach point of external ${which === 'internet' ? 'the-internet' : 'lgwan-wan'}`, reason: verdict.reason });
      } else if (verdict.type === 'transit') {
        transit = transit.union(space);
        inferences.push({ subject, conclusion: 'transit link', reason: 'a subnet shared only by devices, with no segment name or inventory host' });
      }
    }
  }
  const segments: Segment[] = KIND_ORDER.filter((k) => byKind.has(k)).map((kind) => ({ id: kind, kind, networks: byKind.get(kind)!.subtract(transit), attach: [] }));
  const externals: External[] = [];
  if (uplinks.lgwan.length > 0) {
    const networks = AddressSpace.unionAll(uplinks.lgwan.map((u) => u.networks));
    externals.push({ id: 'lgwan-wan', kind: 'lgwan', networks, attach: uplinks.lgwan.map((u) => ({ device: u.device, interface: u.interface, securityCloud: false })) });
  }
  if (uplinks.internet.length > 0) {
    externals.push({ id: 'the-internet', kind: 'internet', networks: 'default', attach: uplinks.internet.map((u) => ({ device: u.device, interface: u.interface, securityCloud: false })) });
  }
  return { model: 'alpha', segments, externals, sanitizers: [], approved: [], breakout: [], published: [], modelDeclared: false, transit, origin: 'inferred', inferences: [] };
}

function classify(iface: Interface, space: AddressSpace, assets: readonly Asset[], shared: boolean): Verdict {
  const names = [iface.zone, iface.description, iface.name].filter((n): n is string => n !== undefined).map(normalizeName);
  const uplink = names.find((n) => LGWAN_UPLINK.some((w) => n.includes(w)));
  if (uplink) return { type: 'lgwan-uplink', reason: `name ${uplink}` };
  if (iface.role === 'wan') return { type: 'internet-uplink', reason: 'interface role wan' };
  const fromInventory = inventoryKind(assets, space);
  if (fromInventory) return { type: 'segment', ...fromInventory };
  for (const n of names) {
    for (const [kind, words] of KEYWORDS) if (words.some((w) => n.includes(w))) return { type: 'segment', kind, reason: `name ${n}` };
  }
  if (WAN_WORDS.some((w) => normalizeName(iface.name).startsWith(w))) return { type: 'internet-uplink', reason: `interface name ${iface.name}` };
  return shared ? { type: 'transit' } : { type: 'unknown' };
}

/** Static routes whose next hop is on this interface: the networks behind it. */
function routedBehind(device: Device, iface: Interface): Array<{ prefix: Cidr; gateway: string }> {
  const subnet = AddressSpace.unionAll(iface.addresses.map((a) => AddressSpace.fromCidr(makeCidr(a.address, a.prefixLength))));
  return device.routes
    .filter((r) => r.enabled && !r.discard && r.gateway !== undefined && subnet.contains(r.gateway) && (r.interface === undefined || r.interface === iface.name))
    .filter((r) => r.prefix.prefixLength > 0)
    .map((r) => ({ prefix: r.prefix, gateway: formatIp(r.gateway!) }));
}

function countSubnetUsers(devices: readonly Device[]): Map<string, number> {
  const users = new Map<string, number>();
  for (const d of devices) {
    for (const i of d.interfaces) for (const a of i.addresses) {
      const key = formatCidr(makeCidr(a.address, a.prefixLength));
      users.set(key, (users.get(key) ?? 0) + 1);
    }
  }
  return users;
}

/** The kind most inventory hosts inside `space` state, if any do. */
function inventoryKind(assets: readonly Asset[], space: AddressSpace): { kind: SegmentKind; reason: string } | undefined {
  const votes = new Map<SegmentKind, number>();
  for (const asset of assets) {
    if (asset.segment === undefined || !asset.addresses.some((a) => space.contains(a))) continue;
    const kind = kindFromName(asset.segment);
    if (kind) votes.set(kind, (votes.get(kind) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  return best ? { kind: best[0], reason: `${best[1]} inventory host(s) say ${best[0]}` } : undefined;
}
