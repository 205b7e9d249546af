import { describe, expect, it } from 'vitest';
import { buildConfigTree } from '../../../parsers/ios/config-tree.js';
import { SourceText } from '../../../parsers/common/source-text.js';
import { WarningSink } from '../../../parsers/ios/warnings.js';

function tree(lines: string[]) {
  const source = new SourceText(lines.join('\n'));
  const sink = new WarningSink(source);
  return { tree: buildConfigTree(source, sink), warnings: sink.warnings };
}

describe('config tree', () => {
  it('nests sub-mode commands by indentation and drops "!" separators', () => {
    const { tree: t } = tree([
      'Building configuration...',
      '',
      'Current configuration : 300 bytes',
      '!',
      'hostname r1',
      'policy-map type inspect PM',
      ' class type inspect C1',
      '  inspect',
      ' !',
      ' class class-default',
      '  drop',
      'interface Vlan10',
      ' ip address 10.0.0.1 255.255.255.0',
      'end',
    ]);
    expect(t.headerLines).toEqual([1, 3]);
    expect(t.endLine).toBe(14);
    expect(t.nodes.map((n) => [n.line, n.text])).toEqual([
      [5, 'hostname r1'],
      [6, 'policy-map type inspect PM'],
      [12, 'interface Vlan10'],
    ]);
    const pm = t.nodes[1]!;
    expect(pm.children.map((c) => [c.line, c.text, c.children.map((g) => g.text)])).toEqual([
      [7, 'class type inspect C1', ['inspect']],
      [10, 'class class-default', ['drop']],
    ]);
    expect(t.nodes[2]!.children[0]!.words).toEqual(['ip', 'address', '10.0.0.1', '255.255.255.0']);
  });

  it('consumes banner bodies up to their delimiter, whatever it is', () => {
    const { tree: t, warnings } = tree([
      'banner motd ^C',
      'interface NotReally0',
      '  text that looks like config',
      '^C',
      'banner login #One-line banner#',
      'banner exec %',
      'line vty 0 4 %',
      'banner incoming \u0003 etx-delimited \u0003',
      'banner ^C default type ^C',
      'hostname after-banners',
    ]);
    expect(warnings).toEqual([]);
    expect(t.nodes.map((n) => [n.line, n.text])).toEqual([
      [1, 'banner motd ^C'],
      [5, 'banner login #One-line banner#'],
      [6, 'banner exec %'],
      [8, 'banner incoming \u0003 etx-delimited \u0003'],
      [9, 'banner ^C default type ^C'],
      [10, 'hostname after-banners'],
    ]);
  });

  it('reports a banner that never ends and reads the lines after it as commands', () => {
    const { tree: t, warnings } = tree(['banner motd ^C', 'Welcome', 'hostname r1', 'end']);
    expect(warnings.map((w) => [w.line, w.kind])).toEqual([[1, 'unrecognized']]);
    expect(warnings[0]!.comment).toContain('never ends');
    expect(t.nodes.map((n) => n.text)).toEqual(['banner motd ^C', 'Welcome', 'hostname r1']);
    expect(t.endLine).toBe(4);
  });

  it('skips certificate hex up to quit, and stops at the first non-hex line when quit is missing', () => {
    const { tree: t, warnings } = tree([
      'crypto pki certificate chain TP-1',
      ' certificate self-signed 01',
      '  3082032E 30820216 A0030201',
      '  A1B2C3D4',
      '  \tquit',
      'hostname r1',
      'crypto pki certificate chain TP-2',
      ' certificate ca 02',
      '  3082032E 30820216',
      'hostname r2',
    ]);
    expect(t.nodes.map((n) => n.text)).toEqual(['crypto pki certificate chain TP-1', 'hostname r1', 'crypto pki certificate chain TP-2', 'hostname r2']);
    expect(t.nodes[0]!.children.map((c) => c.text)).toEqual(['certificate self-signed 01']);
    expect(warnings.map((w) => [w.line, w.kind, w.text])).toEqual([[8, 'unrecognized', 'certificate ca 02']]);
  });

  it('skips Catalyst macro bodies up to "@"', () => {
    const { tree: t } = tree(['macro name ACCESS', 'switchport mode access', 'spanning-tree portfast', '@', 'hostname sw']);
    expect(t.nodes.map((n) => n.text)).toEqual(['macro name ACCESS', 'hostname sw']);
  });

  it('handles CRLF line ends and tab indentation', () => {
    const { tree: t } = tree(['interface Vlan1\r', '\tip address 10.0.0.1 255.255.255.0\r', 'end\r']);
    expect(t.nodes[0]!.text).toBe('interface Vlan1');
    expect(t.nodes[0]!.children[0]!.text).toBe('ip address 10.0.0.1 255.255.255.0');
    expect(t.endLine).toBe(3);
  });
});
