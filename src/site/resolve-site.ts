import type { Asset } from '../../parsers/inventory-csv/types.js';
import type { Device } from '../model/device.js';
import { AddressSpace } from '../space/address-space.js';
import { formatCidr, formatIp, makeCidr } from '../space/ip.js';
import { parseServiceSpec, type ServiceSet } from '../space/service-set.js';
import { DEFAULT_MAIL_SERVICES, DEFAULT_SCREEN_SERVICES } from './load-site-file.js';
import { kindFromName, normalizeName } from './segment-names.js';
import type { DeclaredSite } from './site-file-types.js';
import type { External, Inference, Sanitizer, SanitizerMethod, Segment, SegmentKind, Site } from './types.js';

export interface SiteInputs {
  /** The site file's content; undefined when the snapshot has none (or it was unusable). */
  readonly declared?: DeclaredSite;
  readonly devices: readonly Device[];
  readonly assets: readonly Asset[];
  readonly inventoryFile?: string;
}

/** Services assumed for a file sanitizer known only from the inventory. */
const INVENTORY_FILE_SERVICES = 'tcp/443';

const ROLE_METHODS: Readonly<Record<string, SanitizerMethod>> = {
  'sanitizer-mail': 'mail',
  'sanitizer-file': 'file',
  'screen-transfer': 'screen',
};

/**
 * The site the audit uses: the declared one, completed by the inventory's sanitizer roles;
 * or, without a site file, one inferred from the inventory and from interface, zone and
 * alias names. Every conclusion not read from the site file is listed as an inference.
 */
export function resolveSite(inputs: SiteInputs): Site {
  const inferences: Inference[] = [];
  const base = inputs.declared ? fromDeclared(inputs.declared, inferences) : inferSite(inputs, inferences);
  const sanitizers = [...base.sanitizers, ...inventorySanitizers(inputs, base.sanitizers, inferences)];
  return { ...base, sanitizers, inferences };
}

function fromDeclared(declared: DeclaredSite, inferences: Inference[]): Site {
  if (declared.model === undefined) {
    inferences.push({ subject: 'network model', conclusion: 'alpha', reason: 'the site file names no valid model; αモデル is the default' });
  }
  return {
    ...(declared.organization === undefined ? {} : { organization: declared.organization }),
    model: declared.model ?? 'alpha',
    ...(declared.policy === undefined ? {} : { policy: declared.policy }),
    segments: declared.segments,
    externals: declared.externals,
    sanitizers: declared.sanitizers,
    approved: declared.approved,
    breakout: declared.breakout,
    transit: declared.transit,
    origin: 'file',
    inferences: [],
  };
}

function inventorySanitizers(inputs: SiteInputs, declared: readonly Sanitizer[], inferences: Inference[]): Sanitizer[] {
  const out: Sanitizer[] = [];
  for (const asset of inputs.assets) {
    const method = asset.role === undefined ? undefined : ROLE_METHODS[asset.role];
    if (!method || asset.addresses.length === 0) continue;
    const hosts = AddressSpace.unionAll(asset.addresses.map((a) => AddressSpace.fromAddress(a)));
    if (declared.some((s) => s.method === method && hosts.isSubsetOf(s.hosts))) continue;
    const services: ServiceSet =
      method === 'mail' ? DEFAULT_MAIL_SERVICES : method === 'screen' ? DEFAULT_SCREEN_SERVICES : parseServiceSpec(INVENTORY_FILE_SERVICES)!;
    out.push({
      name: asset.hostname,
      method,
      hosts,
      services,
      origin: 'inventory',
      ...(inputs.inventoryFile === undefined ? {} : { provenance: { file: inputs.inventoryFile, line: asset.line } }),
    });
    inferences.push({
      subject: `inventory ${asset.hostname} (${asset.addresses.map(formatIp).join(', ')})`,
      conclusion: `${method} sanitizer on ${services.toString()}`,
      reason: `role ${asset.role}${method === 'file' ? `; services assumed ${INVENTORY_FILE_SERVICES}, declare them in sansou.yaml to change` : ''}`,
    });
  }
  return out;
}

/** Words in interface, zone or alias names that reveal a segment kind. */
const KEYWORDS: ReadonlyArray<readonly [SegmentKind, readonly string[]]> = [
  ['mynumber', ['mynumber', 'my-number', 'kikan', '基幹', 'マイナンバー', 'juki', '住基', 'kojinbango']],
  ['lgwan', ['lgwan']],
  ['internet', ['internet', 'inet', 'インターネット']],
  ['dmz', ['dmz']],
];
const WAN_WORDS = ['wan', 'untrust', 'outside'];

function keywordKind(texts: ReadonlyArray<string | undefined>): { kind: SegmentKind; word: string } | undefined {
  for (const text of texts) {
    if (text === undefined) continue;
    const n = normalizeName(text);
    for (const [kind, words] of KEYWORDS) {
      const word = words.find((w) => n.includes(w));
      if (word) return { kind, word: text };
    }
  }
  return undefined;
}

function inferSite(inputs: SiteInputs, inferences: Inference[]): Site {
  const byKind = new Map<SegmentKind, AddressSpace[]>();
  const attach: Array<{ device: string; interface: string; securityCloud: boolean }> = [];
  const subnetUsers = new Map<string, number>();
  for (const d of inputs.devices) {
    for (const i of d.interfaces) for (const a of i.addresses) {
      const key = formatCidr(makeCidr(a.address, a.prefixLength));
      subnetUsers.set(key, (subnetUsers.get(key) ?? 0) + 1);
    }
  }
  let transit = AddressSpace.EMPTY;
  for (const device of inputs.devices) {
    for (const iface of device.interfaces) {
      if (!iface.enabled || iface.addresses.length === 0) continue;
      const subject = `interface ${device.id} ${iface.name}`;
      const subnets = iface.addresses.map((a) => makeCidr(a.address, a.prefixLength));
      const space = AddressSpace.unionAll(subnets.map((c) => AddressSpace.fromCidr(c)));
      const label = subnets.map(formatCidr).join(', ');
      const fromInventory = inventoryKind(inputs.assets, space);
      const named = keywordKind([iface.zone, iface.description, iface.name]);
      if (iface.role === 'wan' || (!fromInventory && !named && WAN_WORDS.some((w) => normalizeName(iface.name).startsWith(w)))) {
        attach.push({ device: device.id, interface: iface.name, securityCloud: false });
        inferences.push({ subject: `${subject} (${label})`, conclusion: 'attach point of external the-internet', reason: iface.role === 'wan' ? 'interface role wan' : `interface name ${iface.name}` });
        continue;
      }
      const found = fromInventory ?? (named ? { kind: named.kind, reason: `name ${named.word}` } : undefined);
      if (!found) {
        if (subnets.some((c) => (subnetUsers.get(formatCidr(c)) ?? 0) > 1)) {
          transit = transit.union(space);
          inferences.push({ subject: `${subject} (${label})`, conclusion: 'transit link', reason: 'a subnet shared only by devices, with no segment name or inventory host' });
        }
        continue;
      }
      byKind.set(found.kind, [...(byKind.get(found.kind) ?? []), space]);
      inferences.push({ subject: `${subject} (${label})`, conclusion: `segment ${found.kind}`, reason: found.reason });
    }
  }
  const segments: Segment[] = [...byKind].map(([kind, spaces]) => ({ id: kind, kind, networks: AddressSpace.unionAll(spaces).subtract(transit), attach: [] }));
  const externals: External[] = attach.length > 0 ? [{ id: 'the-internet', kind: 'internet', networks: 'default', attach: attach.map((a) => ({ ...a })) }] : [];
  inferences.unshift({ subject: 'site', conclusion: 'inferred (αモデル)', reason: 'the snapshot has no usable sansou.yaml' });
  return { model: 'alpha', segments, externals, sanitizers: [], approved: [], breakout: [], transit, origin: 'inferred', inferences: [] };
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
