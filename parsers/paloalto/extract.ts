import { extractInterfaces, extractManagementProfiles } from './extract-interfaces.js';
import { extractObjects } from './extract-objects.js';
import { extractRouters } from './extract-routers.js';
import { extractRulebase } from './extract-rules.js';
import { type PanNode, child, entries, membersOf, path, textOf } from './tree.js';
import type { PanAdmin, PanPushedRulebase, PanRulebases, PanVsys, PanZone, PanZoneMode, PanosConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

const ZONE_MODES: readonly PanZoneMode[] = ['layer3', 'layer2', 'virtual-wire', 'tap', 'tunnel', 'external'];

/**
 * The typed configuration from the tree either reader built. The first device entry is the
 * firewall (`localhost.localdomain`); each vsys gets its zones, objects and the rules that
 * apply to it in PAN-OS's evaluation order: Panorama pre-rules, local rules, post-rules.
 */
export function extractPanos(root: PanNode, format: 'xml' | 'set', version: string | undefined, sink: WarningSink): PanosConfig {
  const device = entries(child(root, 'devices'))[0];
  if (entries(child(root, 'devices')).length > 1) {
    const second = entries(child(root, 'devices'))[1]!;
    sink.unsupported(second.line, `devices > ${second.name!}`, 'more than one device entry: only the first (the firewall itself) is read');
  }
  const hostnameNode = path(device, 'deviceconfig', 'system', 'hostname');
  const network = child(device, 'network');
  const pushed = findPushed(root, device, sink);
  const vsysNodes = entries(child(device, 'vsys'));
  const vsys = vsysNodes.map((v) => extractVsys(v, pushed, sink));
  if (child(network, 'shared-gateway')) {
    sink.unsupported(child(network, 'shared-gateway')!.line, 'network > shared-gateway', 'shared gateways are not modelled: their interfaces, zones and rules are left out');
  }
  return {
    format,
    ...(version === undefined ? {} : { version }),
    ...(hostnameNode?.text ? { hostname: { value: hostnameNode.text, line: hostnameNode.line } } : {}),
    line: device?.line ?? 1,
    admins: extractAdmins(root),
    shared: extractObjects(child(root, 'shared'), 'shared', sink),
    pushed,
    interfaces: extractInterfaces(network, sink),
    managementProfiles: extractManagementProfiles(network, sink),
    routers: extractRouters(network, sink),
    vsys,
  };
}

function extractAdmins(root: PanNode): PanAdmin[] {
  return entries(path(root, 'mgt-config', 'users')).map((u) => {
    const roles = path(u, 'permissions', 'role-based');
    const first = roles?.children[0];
    const role = first?.tag === 'custom' ? (textOf(first, 'profile') ?? 'custom') : first?.tag;
    return { name: u.name!, line: u.line, context: `mgt-config > users > ${u.name!}`, ...(role === undefined ? {} : { role }) };
  });
}

/**
 * Rulebases pushed by Panorama: under `<shared>`, under device groups, and wherever the
 * scanned sections (`<panorama>`, `<readonly>`, `<policy>`) hold them. Shared pre-rules come
 * before device-group pre-rules, and device-group post-rules before shared post-rules.
 */
function findPushed(root: PanNode, device: PanNode | undefined, sink: WarningSink): PanPushedRulebase[] {
  const found: Array<{ node: PanNode; rank: number; vsys?: string; scope: string }> = [];
  const shared = child(root, 'shared');
  for (const tag of ['pre-rulebase', 'post-rulebase']) {
    const n = child(shared, tag);
    if (n) found.push({ node: n, rank: 0, scope: `shared > ${tag}` });
  }
  const scanned = [child(root, 'panorama'), child(root, 'readonly'), child(root, 'policy'), ...entries(child(device, 'device-group'))];
  for (const section of scanned) {
    for (const n of section?.children ?? []) {
      if (n.tag !== 'pre-rulebase' && n.tag !== 'post-rulebase') continue;
      const vsysName = n.name;
      found.push({ node: n, rank: 1, ...(vsysName === undefined ? {} : { vsys: vsysName }), scope: `${section!.tag}${section!.name ? ` ${section!.name}` : ''} > ${n.tag}` });
      if (section!.tag === 'entry' && vsysName === undefined) {
        sink.unsupported(n.line, `device-group ${section!.name!}`, 'device-group rulebase: the vsys it targets is not in the file, so it is applied to every vsys');
      }
    }
  }
  const pre = found.filter((f) => f.node.tag === 'pre-rulebase').sort((a, b) => a.rank - b.rank);
  const post = found.filter((f) => f.node.tag === 'post-rulebase').sort((a, b) => b.rank - a.rank);
  return [...pre, ...post].map((f) => {
    const kind = f.node.tag === 'pre-rulebase' ? 'pre' : 'post';
    return { kind, line: f.node.line, ...(f.vsys === undefined ? {} : { vsys: f.vsys }), ...extractRulebase(f.node, kind, f.scope, sink) };
  });
}

function extractVsys(v: PanNode, pushed: readonly PanPushedRulebase[], sink: WarningSink): PanVsys {
  const scope = `vsys ${v.name!}`;
  const local = extractRulebase(child(v, 'rulebase'), 'local', `${scope} > rulebase`, sink);
  const own: PanPushedRulebase[] = [];
  for (const [tag, kind] of [
    ['pre-rulebase', 'pre'],
    ['post-rulebase', 'post'],
  ] as const) {
    const n = child(v, tag);
    if (n) own.push({ kind, line: n.line, ...extractRulebase(n, kind, `${scope} > ${tag}`, sink) });
  }
  const mine = [...pushed.filter((p) => p.vsys === undefined || p.vsys === v.name), ...own];
  const pre = mine.filter((p) => p.kind === 'pre');
  const post = mine.filter((p) => p.kind === 'post');
  const ordered: PanRulebases[] = [...pre, local, ...post];
  const displayName = textOf(v, 'display-name');
  const imported = membersOf(path(v, 'import', 'network'), 'interface');
  return {
    name: v.name!,
    line: v.line,
    context: scope,
    ...(displayName === undefined ? {} : { displayName }),
    ...(imported ? { importedInterfaces: imported } : {}),
    zones: entries(child(v, 'zone')).map((z) => extractZone(z, `${scope} > zone > ${z.name!}`)),
    objects: extractObjects(v, scope, sink),
    security: ordered.flatMap((r) => r.security),
    nat: ordered.flatMap((r) => r.nat),
    defaults: [local, ...pre, ...post].flatMap((r) => r.defaults),
    rulebaseLine: local.securityLine ?? child(v, 'rulebase')?.line ?? v.line,
  };
}

function extractZone(z: PanNode, context: string): PanZone {
  const network = child(z, 'network');
  const mode = ZONE_MODES.find((m) => child(network, m) !== undefined) ?? 'none';
  const members = mode === 'none' || mode === 'tunnel' ? { names: [], line: z.line } : (membersOf(network, mode) ?? { names: [], line: z.line });
  return { name: z.name!, line: z.line, context, mode, members };
}
