import type { Device } from '../../src/model/device.js';
import type { FilterStage } from '../../src/model/filter.js';
import type { Interface } from '../../src/model/interface.js';
import type { ManagementAccess } from '../../src/model/management.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { ServiceSet } from '../../src/space/service-set.js';
import { allHostAddresses, convertInterfaces } from '../linux-ip/convert-interfaces.js';
import { convertRoutes } from '../linux-ip/convert-routes.js';
import { badForwardingValues, forwardingState, perInterfaceForwarding } from '../linux-ip/forwarding.js';
import type { LinuxIpReading } from '../linux-ip/index.js';
import { baseName } from '../linux-ip/text-lines.js';
import { AddressTypes } from './address-types.js';
import { forwardingWarnings } from './forwarding-warnings.js';
import { forwardingStage } from './convert-forwarding.js';
import { forwardStage } from './convert-forward.js';
import { inputManagement } from './convert-input.js';
import { destinationNat, sourceNat } from './convert-nat.js';
import { chainObjects } from './convert-objects.js';
import { FamilyRules } from './family-rules.js';
import { InterfaceRefs } from './interface-refs.js';
import { noteOtherTables } from './other-tables.js';
import type { IptablesConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

export interface CompanionInput {
  readonly reading: LinuxIpReading;
  readonly file: string;
}

/**
 * Typed iptables configuration and its companion → one neutral device. The companion gives
 * interfaces, routes and the forwarding switches; iptables gives destination NAT (nat
 * PREROUTING), filter stages (filter FORWARD per family), source NAT (nat POSTROUTING) and
 * management access (filter INPUT).
 */
export function toNeutral(config: IptablesConfig, file: string, companion: CompanionInput | undefined, sink: WarningSink): Device {
  const ip = companion?.reading.config;
  const interfaces: Interface[] = ip && companion ? convertInterfaces(ip, companion.file) : [];
  const routes = ip && companion ? convertRoutes(ip, interfaces, companion.file, companion.reading.sink) : [];
  const names = new Set(interfaces.map((i) => i.name));
  const types = new AddressTypes(ip ? allHostAddresses(ip) : []);
  const refs = new InterfaceRefs(names, file, sink, companion !== undefined);
  const hasFamily = (f: 4 | 6) => interfaces.some((i) => i.enabled && i.addresses.some((a) => a.address.family === f));

  if (!companion) {
    sink.add(
      'unsupported',
      0,
      'companion',
      `no companion file: the host's interfaces and routes are unknown, so its forwarding cannot be analysed; add ${baseName(file)}.ip beside this file with the output of \`ip -o addr show\`, \`ip route show\` and \`sysctl net.ipv4.ip_forward\``,
    );
  }

  const families = ([4, 6] as const).flatMap((f) => {
    const rulesets = FamilyRules.of(config, f);
    return rulesets.length === 0 ? [] : [new FamilyRules(f, rulesets, names, types, refs, sink)];
  });
  for (const fr of families) noteOtherTables(fr, sink);

  const natCtx = (rules: FamilyRules) => ({ rules, interfaces, file, sink });
  const dnat = families.flatMap((fr) => destinationNat(natCtx(fr)));
  const snat = families.flatMap((fr) => sourceNat(natCtx(fr)));
  const dnatIds = dnat.map((d) => d.id);

  const filters: FilterStage[] = [];
  if (ip && companion) {
    const v4 = forwardingState(ip, 4);
    const v6 = forwardingState(ip, 6);
    forwardingWarnings({ v4, v6, hasV4: hasFamily(4), hasV6: hasFamily(6), perInterface: perInterfaceForwarding(ip), bad: badForwardingValues(ip), sink: companion.reading.sink });
    const stage = forwardingStage(v4, v6, { v4: hasFamily(4), v6: hasFamily(6) }, companion.file);
    if (stage) filters.push(stage);
  }
  for (const fr of families) {
    const other = families.find((o) => o !== fr);
    const otherFamily = fr.family === 4 ? 6 : 4;
    const relevant = hasFamily(otherFamily) || routes.some((r) => r.prefix.family === otherFamily) || other !== undefined;
    const stage = forwardStage(fr, file, dnatIds, other?.tables.has('filter') === true ? { handledBy: `${other.tool} FORWARD`, relevant } : { relevant });
    if (stage) filters.push(stage);
    const queued = fr.expand('filter', 'FORWARD', 'forward').concat(fr.expand('filter', 'INPUT', 'input')).find((e) => e.action.kind === 'queue');
    if (queued) sink.once(`queue:${fr.family}`, 'unsupported', queued.rule.line, `${fr.tool} *filter`, 'NFQUEUE hands packets to a userspace program whose verdict is unknown; modelled as ACCEPT (reports more)');
  }

  const management: ManagementAccess[] = [];
  for (const f of [4, 6] as const) {
    const fr = families.find((x) => x.family === f);
    if (fr) management.push(...inputManagement(fr, interfaces, file, sink));
    else if (hasFamily(f) && families.length > 0) {
      sink.add(
        'unsupported',
        0,
        f === 4 ? 'iptables' : 'ip6tables',
        `the host has IPv${f} addresses but the file holds no ${f === 4 ? 'iptables' : 'ip6tables'}-save output: IPv${f} to and through the host is taken as unfiltered (kernel default ACCEPT), which may report more than the host allows`,
      );
      management.push(acceptAll(f, companion?.file ?? file));
    }
  }

  const hostname = ip?.hostname?.name ?? baseName(file);
  const { objects, references } = chainObjects(config, interfaces, file, companion?.file);
  return {
    id: hostname,
    hostname,
    vendor: 'iptables',
    interfaces,
    zones: [],
    routes,
    filters,
    destinationNat: dnat,
    sourceNat: snat,
    management,
    admins: [],
    objects,
    references: [...references, ...refs.list],
    provenance: { file, line: config.rulesets[0]?.line ?? 1 },
  };
}

function acceptAll(family: 4 | 6, file: string): ManagementAccess {
  return { sources: family === 4 ? AddressSpace.ANY_V4 : AddressSpace.ANY_V6, service: 'any', packets: ServiceSet.ANY, secure: false, provenance: { file, line: 0 } };
}
