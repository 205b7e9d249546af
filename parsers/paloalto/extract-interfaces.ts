import { type PanNode, child, entries, path, textOf } from './tree.js';
import type { Located, PanInterface, PanInterfaceAddress, PanInterfaceKind, PanInterfaceMode, PanManagementProfile } from './vendor-config.js';
import { parseCount, parseNetmask, parseHostPrefix } from './values.js';
import type { WarningSink } from './warnings.js';

/** Layer-3 settings that every kind of interface and unit shares. */
interface Layer3Parts {
  readonly addresses: PanInterfaceAddress[];
  readonly managementProfile?: Located<string>;
  readonly comment?: string;
  readonly dynamicAddress?: Located<'dhcp-client' | 'pppoe'>;
}

const MODES: readonly PanInterfaceMode[] = ['layer3', 'layer2', 'virtual-wire', 'tap', 'ha', 'decrypt-mirror', 'log-card'];

/**
 * Every interface under `<network><interface>`: ethernet ports and their layer-3 units,
 * aggregate groups and their units, loopback, tunnel and VLAN units. Ports in layer 2, virtual
 * wire, tap or HA mode are kept with their mode so that zones naming them can be told apart.
 */
export function extractInterfaces(network: PanNode | undefined, sink: WarningSink): PanInterface[] {
  const out: PanInterface[] = [];
  const root = child(network, 'interface');
  for (const kind of ['ethernet', 'aggregate-ethernet'] as const) {
    for (const e of entries(child(root, kind))) {
      const context = `network > interface > ${kind} > ${e.name!}`;
      const mode: PanInterfaceMode = MODES.find((m) => child(e, m) !== undefined) ?? (child(e, 'aggregate-group') ? 'aggregate-group' : 'none');
      const linkDown = textOf(e, 'link-state') === 'down';
      const layer3 = child(e, 'layer3');
      const parts = layer3 ? layer3Parts(layer3, context, sink) : { addresses: [] };
      const comment = textOf(e, 'comment') ?? parts.comment;
      out.push({ name: e.name!, kind, line: e.line, context, mode, linkDown, ...withParts({ ...parts, ...(comment === undefined ? {} : { comment }) }) });
      for (const u of entries(child(layer3, 'units'))) out.push(unit(u, kind, e.name!, linkDown, `${context} > units > ${u.name!}`, sink));
    }
  }
  for (const kind of ['loopback', 'tunnel', 'vlan'] as const) {
    const section = child(root, kind);
    if (!section) continue;
    const context = `network > interface > ${kind}`;
    // The bare interface ("loopback", "tunnel", "vlan") is usable when it has an address.
    const own = layer3Parts(section, context, sink);
    if (own.addresses.length > 0 || own.managementProfile) out.push({ name: kind, kind, line: section.line, context, mode: 'layer3', linkDown: false, ...withParts(own) });
    for (const u of entries(child(section, 'units'))) out.push(unit(u, kind, undefined, false, `${context} > units > ${u.name!}`, sink));
  }
  return out;
}

function unit(u: PanNode, kind: PanInterfaceKind, parent: string | undefined, linkDown: boolean, context: string, sink: WarningSink): PanInterface {
  const tagText = textOf(u, 'tag');
  const tag = tagText === undefined ? undefined : parseCount(tagText, 4094);
  if (tagText !== undefined && tag === undefined) sink.invalid(child(u, 'tag')!.line, context, `bad VLAN tag "${tagText}"`);
  return {
    name: u.name!,
    kind,
    ...(parent === undefined ? {} : { parent }),
    ...(tag === undefined ? {} : { tag }),
    line: u.line,
    context,
    mode: 'layer3',
    linkDown,
    ...withParts(layer3Parts(u, context, sink)),
  };
}

/** The parts as optional properties, leaving out those that are absent. */
function withParts(p: Layer3Parts): Layer3Parts {
  return {
    addresses: p.addresses,
    ...(p.managementProfile ? { managementProfile: p.managementProfile } : {}),
    ...(p.comment === undefined ? {} : { comment: p.comment }),
    ...(p.dynamicAddress ? { dynamicAddress: p.dynamicAddress } : {}),
  };
}

function layer3Parts(node: PanNode, context: string, sink: WarningSink): Layer3Parts {
  const addresses: PanInterfaceAddress[] = [];
  for (const a of entries(child(node, 'ip'))) addresses.push(address(a, context, 4, sink));
  const v6 = child(node, 'ipv6');
  const v6Enabled = textOf(v6, 'enabled') === 'yes';
  for (const a of entries(child(v6, 'address'))) {
    if (v6Enabled) addresses.push(address(a, context, 6, sink));
  }
  const profile = child(node, 'interface-management-profile');
  const dhcp = child(node, 'dhcp-client') ?? child(node, 'pppoe');
  const comment = textOf(node, 'comment');
  return {
    addresses,
    ...(profile?.text ? { managementProfile: { value: profile.text, line: profile.line } } : {}),
    ...(comment === undefined ? {} : { comment }),
    ...(dhcp ? { dynamicAddress: { value: dhcp.tag === 'pppoe' ? 'pppoe' : 'dhcp-client', line: dhcp.line } } : {}),
  };
}

/** An address entry: a prefix, or (PAN-OS allows it) the name of an address object. */
function address(a: PanNode, context: string, family: 4 | 6, sink: WarningSink): PanInterfaceAddress {
  const text = a.name!;
  const parsed = parseHostPrefix(text);
  if (parsed && parsed.address.family !== family) {
    sink.invalid(a.line, context, `${text} is not an IPv${family} address; ignored`);
    return { text, line: a.line };
  }
  return { text, line: a.line, ...(parsed ? { parsed } : {}) };
}

/** `<network><profiles><interface-management-profile>`: services set to yes and permitted sources. */
export function extractManagementProfiles(network: PanNode | undefined, sink: WarningSink): PanManagementProfile[] {
  return entries(path(network, 'profiles', 'interface-management-profile')).map((e) => {
    const context = `network > profiles > interface-management-profile > ${e.name!}`;
    const services: Array<Located<string>> = [];
    for (const c of e.children) {
      if (c.tag === 'permitted-ip') continue;
      if (c.text === 'yes') services.push({ value: c.tag, line: c.line });
    }
    const permittedIps = entries(child(e, 'permitted-ip')).map((p) => {
      const cidr = parseNetmask(p.name!);
      if (!cidr) sink.invalid(p.line, context, `bad permitted-ip "${p.name!}"; it permits nothing`);
      return { text: p.name!, line: p.line, ...(cidr ? { cidr } : {}) };
    });
    return { name: e.name!, line: e.line, context, services, permittedIps };
  });
}
