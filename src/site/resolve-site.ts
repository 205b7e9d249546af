import type { Asset } from '../../parsers/inventory-csv/types.js';
import type { Device } from '../model/device.js';
import { AddressSpace } from '../space/address-space.js';
import { formatIp } from '../space/ip.js';
import { parseServiceSpec, type ServiceSet } from '../space/service-set.js';
import { DEFAULT_MAIL_SERVICES, DEFAULT_SCREEN_SERVICES } from './load-site-file.js';
import { inferSite } from './infer-site.js';
import type { DeclaredSite } from './site-file-types.js';
import type { Inference, Sanitizer, SanitizerMethod, Site } from './types.js';

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
    published: declared.published,
    modelDeclared: declared.model !== undefined,
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
