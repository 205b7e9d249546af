import type { GenConfig, GenInterface, GenNat, GenRule } from './generate.js';

/**
 * Writes a generated configuration as PAN-OS writes it: a running-config XML document, or the
 * `set` commands of `set cli config-output-format set` (single vsys: vsys commands at the top).
 * Both are built from one list of paths, so the two formats always say the same thing.
 */
type Path = Array<string | { entry: string }>;
interface Leaf {
  readonly path: Path;
  /** A value, a member list, or nothing (an empty element such as `<discard/>`). */
  readonly value?: string | { members: string[] };
}

function leaves(c: GenConfig): Leaf[] {
  const out: Leaf[] = [];
  const dev: Path = ['devices', { entry: 'localhost.localdomain' }];
  const vsys: Path = [...dev, 'vsys', { entry: 'vsys1' }];
  const add = (path: Path, value?: Leaf['value']) => out.push(value === undefined ? { path } : { path, value });
  const members = (m: string[]) => ({ members: m });

  add(['mgt-config', 'users', { entry: 'admin' }, 'phash'], '$5$oracle$NotARealHash');
  add(['mgt-config', 'users', { entry: 'admin' }, 'permissions', 'role-based', 'superuser'], 'yes');
  add([...dev, 'deviceconfig', 'system', 'hostname'], c.hostname);
  for (const i of c.interfaces) {
    const at = interfacePath(dev, i);
    add([...at, 'ip', { entry: i.cidr }]);
    if (i.profile) add([...at, 'interface-management-profile'], i.profile);
    if (i.linkDown) add([...physicalPath(dev, i), 'link-state'], 'down');
  }
  for (const p of c.profiles) {
    const at: Path = [...dev, 'network', 'profiles', 'interface-management-profile', { entry: p.name }];
    for (const s of p.services) add([...at, s], 'yes');
    for (const ip of p.permitted) add([...at, 'permitted-ip', { entry: ip }]);
  }
  const vr: Path = [...dev, 'network', 'virtual-router', { entry: 'default' }];
  add([...vr, 'interface'], members(c.interfaces.filter((i) => i.inRouter).map((i) => i.name)));
  for (const r of c.routes) {
    const at: Path = [...vr, 'routing-table', 'ip', 'static-route', { entry: r.name }];
    add([...at, 'destination'], r.destination);
    if (r.nexthop.type === 'ip') add([...at, 'nexthop', 'ip-address'], r.nexthop.address);
    if (r.nexthop.type === 'discard') add([...at, 'nexthop', 'discard']);
    if (r.iface) add([...at, 'interface'], r.iface);
    if (r.metric !== undefined) add([...at, 'metric'], String(r.metric));
    if (r.adminDist !== undefined) add([...at, 'admin-dist'], String(r.adminDist));
  }
  if (c.importList) add([...vsys, 'import', 'network', 'interface'], members(c.interfaces.map((i) => i.name)));
  for (const z of c.zones) add([...vsys, 'zone', { entry: z }, 'network', 'layer3'], members(c.interfaces.filter((i) => i.zone === z).map((i) => i.name)));
  for (const a of c.addresses) add([...vsys, 'address', { entry: a.name }, a.kind], a.value);
  for (const g of c.groups) add([...vsys, 'address-group', { entry: g.name }, 'static'], members(g.members));
  for (const s of c.services) {
    const at: Path = [...vsys, 'service', { entry: s.name }, 'protocol', s.protocol];
    add([...at, 'port'], s.ports);
    if (s.sourcePorts) add([...at, 'source-port'], s.sourcePorts);
  }
  for (const g of c.serviceGroups) add([...vsys, 'service-group', { entry: g.name }, 'members'], members(g.members));
  for (const r of c.rules) ruleLeaves(r, [...vsys, 'rulebase', 'security', 'rules', { entry: r.name }], add);
  for (const n of c.nat) natLeaves(n, [...vsys, 'rulebase', 'nat', 'rules', { entry: n.name }], add);
  const defaults: Path = [...vsys, 'rulebase', 'default-security-rules', 'rules'];
  if (c.defaults.intrazone) add([...defaults, { entry: 'intrazone-default' }, 'action'], c.defaults.intrazone);
  if (c.defaults.interzone) add([...defaults, { entry: 'interzone-default' }, 'action'], c.defaults.interzone);
  return out;
}

function physicalPath(dev: Path, i: GenInterface): Path {
  const parent = i.name.includes('.') ? i.name.slice(0, i.name.indexOf('.')) : i.name;
  return [...dev, 'network', 'interface', parent.startsWith('ae') ? 'aggregate-ethernet' : 'ethernet', { entry: parent }];
}

function interfacePath(dev: Path, i: GenInterface): Path {
  const base = [...physicalPath(dev, i), 'layer3'];
  return i.name.includes('.') ? [...base, 'units', { entry: i.name }] : base;
}

function ruleLeaves(r: GenRule, at: Path, add: (p: Path, v?: Leaf['value']) => void): void {
  const m = (x: string[]) => ({ members: x });
  add([...at, 'from'], m(r.from));
  add([...at, 'to'], m(r.to));
  add([...at, 'source'], m(r.source));
  add([...at, 'destination'], m(r.destination));
  add([...at, 'source-user'], m(r.sourceUser));
  add([...at, 'category'], m(['any']));
  add([...at, 'application'], m(r.application));
  add([...at, 'service'], m(r.service));
  add([...at, 'action'], r.action);
  if (r.negateSource) add([...at, 'negate-source'], 'yes');
  if (r.negateDestination) add([...at, 'negate-destination'], 'yes');
  if (r.disabled) add([...at, 'disabled'], 'yes');
  if (r.ruleType) add([...at, 'rule-type'], r.ruleType);
}

function natLeaves(n: GenNat, at: Path, add: (p: Path, v?: Leaf['value']) => void): void {
  const m = (x: string[]) => ({ members: x });
  add([...at, 'from'], m(n.from));
  add([...at, 'to'], m(n.to));
  add([...at, 'source'], m(n.source));
  add([...at, 'destination'], m(n.destination));
  add([...at, 'service'], n.service);
  if (n.toInterface) add([...at, 'to-interface'], n.toInterface);
  if (n.disabled) add([...at, 'disabled'], 'yes');
  if (n.dnat) {
    add([...at, 'destination-translation', 'translated-address'], n.dnat.address);
    if (n.dnat.port !== undefined) add([...at, 'destination-translation', 'translated-port'], String(n.dnat.port));
  }
  const s = n.snat;
  if (!s) return;
  const st: Path = [...at, 'source-translation'];
  if (s.type === 'interface') add([...st, 'dynamic-ip-and-port', 'interface-address', 'interface'], s.iface);
  if (s.type === 'dipp') add([...st, 'dynamic-ip-and-port', 'translated-address'], m(s.addresses));
  if (s.type === 'dynamic-ip') add([...st, 'dynamic-ip', 'translated-address'], m(s.addresses));
  if (s.type === 'static') {
    add([...st, 'static-ip', 'translated-address'], s.address);
    if (s.bidirectional) add([...st, 'static-ip', 'bi-directional'], 'yes');
  }
}

// ---- XML -----------------------------------------------------------------------------------

interface XNode {
  readonly tag: string;
  readonly name?: string;
  text?: string;
  members?: string[];
  readonly children: XNode[];
}

export function renderXml(c: GenConfig): string {
  const root: XNode = { tag: 'config', children: [] };
  for (const leaf of leaves(c)) {
    let at = root;
    for (const step of leaf.path) {
      const tag = typeof step === 'string' ? step : 'entry';
      const name = typeof step === 'string' ? undefined : step.entry;
      let next = at.children.find((k) => k.tag === tag && k.name === name);
      if (!next) {
        next = { tag, ...(name === undefined ? {} : { name }), children: [] };
        at.children.push(next);
      }
      at = next;
    }
    if (typeof leaf.value === 'string') at.text = leaf.value;
    else if (leaf.value) at.members = leaf.value.members;
  }
  const lines = ['<?xml version="1.0"?>'];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const write = (n: XNode, depth: number) => {
    const pad = '  '.repeat(depth);
    const attrs = `${n.name === undefined ? '' : ` name="${esc(n.name)}"`}${n.tag === 'config' ? ' version="10.2.0" urldb="paloaltonetworks"' : ''}`;
    if (n.members) {
      lines.push(`${pad}<${n.tag}${attrs}>`);
      for (const m of n.members) lines.push(`${pad}  <member>${esc(m)}</member>`);
      lines.push(`${pad}</${n.tag}>`);
    } else if (n.text !== undefined) {
      lines.push(`${pad}<${n.tag}${attrs}>${esc(n.text)}</${n.tag}>`);
    } else if (n.children.length === 0) {
      lines.push(`${pad}<${n.tag}${attrs}/>`);
    } else {
      lines.push(`${pad}<${n.tag}${attrs}>`);
      for (const k of n.children) write(k, depth + 1);
      lines.push(`${pad}</${n.tag}>`);
    }
  };
  write(root, 0);
  return `${lines.join('\n')}\n`;
}

// ---- set -----------------------------------------------------------------------------------

export function renderSet(c: GenConfig): string {
  const quote = (s: string) => (/[\s"\\[\]]/.test(s) || s === '' ? `"${s.replace(/"/g, '\\"')}"` : s);
  const lines: string[] = [];
  for (const leaf of leaves(c)) {
    const words: string[] = [];
    let path = leaf.path;
    // A single-vsys firewall writes vsys1 commands at the top, device commands without the device entry.
    if (path[0] === 'devices') {
      path = path.slice(2);
      if (path[0] === 'vsys') path = path.slice(2);
    }
    for (const step of path) words.push(typeof step === 'string' ? step : quote(step.entry));
    if (typeof leaf.value === 'string') words.push(quote(leaf.value));
    else if (leaf.value) {
      const m = leaf.value.members.map(quote);
      if (m.length === 1) words.push(m[0]!);
      else words.push('[', ...m, ']');
    }
    lines.push(`set ${words.join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
