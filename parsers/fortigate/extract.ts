import { type Block, type ConfigTree, type HeaderLine, contextOf } from './config-tree.js';
import { extractAddressGroups, extractAddresses } from './extract-addresses.js';
import { extractIpPools, extractOtherVips, extractVipGroups, extractVips } from './extract-nat.js';
import { extractPolicies } from './extract-policies.js';
import { extractRoutes } from './extract-routes.js';
import { extractServiceGroups, extractServices } from './extract-services.js';
import { extractAdmins, extractGlobal, extractInterfaces, extractSdwanZones, extractZones } from './extract-system.js';
import { reportUnsupportedBlocks } from './extract-unsupported.js';
import { type Scope, configsIn, entriesIn } from './scope.js';
import { isEnabled } from './settings.js';
import type { ConfigHeader, FgNamed, FgVdom, FortigateConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * Tree → typed FortiGate configuration. This step knows FortiOS (its blocks, settings and
 * defaults) but nothing of the neutral model.
 */
export function extractFortigate(tree: ConfigTree, sink: WarningSink): FortigateConfig {
  const layout = layoutOf(tree, sink);
  const header = parseHeader(tree.header);
  const global = extractGlobal(layout.global, sink);
  const interfaces = extractInterfaces(layout.global, sink);
  const admins = extractAdmins(layout.global, sink);
  // A single-VDOM file is its own global and VDOM scope: report its blocks once.
  if (layout.multiVdom) reportUnsupportedBlocks(layout.global, sink);
  const vdoms = layout.vdoms.map((v) => extractVdom(v, layout.multiVdom ? layout.global : undefined, sink));
  return { ...(header !== undefined && { header }), global, multiVdom: layout.multiVdom, interfaces, admins, vdoms };
}

interface VdomScope {
  readonly name: string;
  readonly line: number;
  readonly context: string;
  readonly blocks: Block[];
}

interface Layout {
  readonly multiVdom: boolean;
  readonly global: Scope;
  readonly vdoms: readonly VdomScope[];
}

/**
 * Where the global and per-VDOM parts are. A multi-VDOM file declares its VDOMs in a first
 * `config vdom` block, holds global settings in `config global`, then repeats `config vdom`
 * with each VDOM's content under `edit <vdom>`. A single-VDOM file has everything at top level.
 */
function layoutOf(tree: ConfigTree, sink: WarningSink): Layout {
  const { root } = tree;
  const vdomBlocks = root.configs.filter((c) => c.name === 'vdom');
  const globalBlocks = root.configs.filter((c) => c.name === 'global');
  if (vdomBlocks.length === 0 && globalBlocks.length === 0) {
    return { multiVdom: false, global: [root], vdoms: [{ name: 'root', line: 1, context: '', blocks: [root] }] };
  }
  const byName = new Map<string, { line: number; context: string; blocks: Block[]; hasContent: boolean }>();
  for (const block of vdomBlocks) {
    // A VDOM the file ends inside keeps what was read: only its open entries are dropped.
    for (const e of block.edits) {
      let v = byName.get(e.name);
      if (v === undefined) {
        v = { line: e.line, context: contextOf(e), blocks: [], hasContent: false };
        byName.set(e.name, v);
      }
      v.blocks.push(e);
      if (!v.hasContent && e.configs.length > 0) {
        // The device starts where its content does, not at the bare declaration.
        v.line = e.line;
        v.context = contextOf(e);
        v.hasContent = true;
      }
    }
  }
  for (const c of root.configs) {
    if (c.name !== 'vdom' && c.name !== 'global') {
      sink.unsupported(c.line, contextOf(c), 'block outside `config global` and `config vdom` in a multi-VDOM configuration; ignored');
    }
  }
  const vdoms = [...byName].map(([name, v]) => ({ name, line: v.line, context: v.context, blocks: v.blocks }));
  return { multiVdom: true, global: globalBlocks, vdoms };
}

/** One VDOM's objects; `globalScope` is set for a multi-VDOM file only. */
function extractVdom(v: VdomScope, globalScope: Scope | undefined, sink: WarningSink): FgVdom {
  const scope = v.blocks;
  reportUnsupportedBlocks(scope, sink);
  return {
    name: v.name,
    line: v.line,
    context: v.context,
    zones: extractZones(scope, sink),
    sdwanZones: extractSdwanZones(scope, sink),
    addresses: extractAddresses(scope, sink),
    addressGroups: extractAddressGroups(scope),
    services: extractServices(scope, sink),
    serviceGroups: extractServiceGroups(scope),
    policies: extractPolicies(scope, sink),
    vips: extractVips(scope, sink),
    vipGroups: extractVipGroups(scope),
    otherVips: extractOtherVips(scope),
    ipPools: extractIpPools(scope, sink),
    routes: extractRoutes(scope, sink),
    schedules: named(scope, ['firewall schedule recurring', 'firewall schedule onetime', 'firewall schedule group']),
    // Threat feeds are global in some releases and per VDOM in others: look in both.
    externalResources: named(globalScope === undefined ? scope : [...scope, ...globalScope], ['system external-resource']),
    tunnels: named(scope, ['vpn ipsec phase1-interface']),
    centralNat: configsIn(scope, 'system settings').some((b) => isEnabled(b, 'central-nat')),
  };
}

function named(scope: Scope, tables: readonly string[]): FgNamed[] {
  const out: FgNamed[] = [];
  for (const table of tables) for (const e of entriesIn(scope, table)) out.push({ name: e.name, line: e.line, context: contextOf(e) });
  return out;
}

/** `#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=admin`. */
export function parseHeader(lines: readonly HeaderLine[]): ConfigHeader | undefined {
  const h = lines.find((l) => l.text.startsWith('#config-version='));
  if (h === undefined) return undefined;
  const [ident = '', ...fields] = h.text.slice('#config-version='.length).split(':');
  const parts = ident.split('-');
  const platform = parts[0] ?? '';
  const versionPart = parts[1];
  const version = versionPart === undefined ? undefined : versionPart.replace(/^v/, '');
  const buildPart = parts.find((p) => p.startsWith('build'));
  const vdomField = fields.find((f) => f.startsWith('vdom='));
  return {
    line: h.line,
    platform,
    ...(version !== undefined && version !== '' && { version }),
    ...(buildPart !== undefined && { build: buildPart.slice('build'.length) }),
    ...(vdomField !== undefined && { vdomMode: vdomField === 'vdom=1' }),
  };
}
