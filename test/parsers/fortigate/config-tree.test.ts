import { describe, expect, it } from 'vitest';
import { type ConfigTree, buildConfigTree, contextOf } from '../../../parsers/fortigate/config-tree.js';
import { SourceText } from '../../../parsers/common/source-text.js';
import { WarningSink } from '../../../parsers/fortigate/warnings.js';
import type { ParseWarning } from '../../../src/model/parse-result.js';

function build(lines: string[]): { tree: ConfigTree; warnings: ParseWarning[] } {
  const source = new SourceText(lines.join('\n') + '\n');
  const sink = new WarningSink(source);
  return { tree: buildConfigTree(source, sink), warnings: sink.warnings };
}

describe('config tree', () => {
  it('nests config, edit and nested config blocks with their lines', () => {
    const { tree, warnings } = build([
      '#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=admin',
      'config system interface',
      '    edit "port1"',
      '        set ip 10.0.0.1 255.255.255.0',
      '        config ipv6',
      '            set ip6-address 2001:db8::1/64',
      '        end',
      '    next',
      'end',
    ]);
    expect(warnings).toEqual([]);
    expect(tree.header).toEqual([{ line: 1, text: '#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=admin' }]);
    const block = tree.root.configs[0]!;
    expect(block).toMatchObject({ kind: 'config', name: 'system interface', line: 2, closed: true });
    const port1 = block.edits[0]!;
    expect(port1).toMatchObject({ kind: 'edit', name: 'port1', line: 3, closed: true });
    expect(port1.settings.get('ip')).toEqual({ values: ['10.0.0.1', '255.255.255.0'], line: 4 });
    const ipv6 = port1.configs[0]!;
    expect(ipv6.name).toBe('ipv6');
    expect(ipv6.settings.get('ip6-address')?.line).toBe(6);
    expect(contextOf(ipv6)).toBe('config system interface > edit port1 > config ipv6');
  });

  it('applies set, append, unset, unselect and select in order', () => {
    const { tree } = build([
      'config firewall addrgrp',
      '    edit "g"',
      '        set member "a" "b"',
      '        append member "c"',
      '        unselect member "b"',
      '        set comment "x"',
      '        unset comment',
      '        select color 3',
      '    next',
      'end',
    ]);
    const g = tree.root.configs[0]!.edits[0]!;
    expect(g.settings.get('member')).toEqual({ values: ['a', 'c'], line: 5 });
    expect(g.settings.has('comment')).toBe(false);
    expect(g.settings.get('color')?.values).toEqual(['3']);
  });

  it('merges a second edit of the same entry into the first, keeping its position', () => {
    const { tree } = build([
      'config firewall policy',
      '    edit 5',
      '        set action accept',
      '    next',
      '    edit 2',
      '    next',
      '    edit 5',
      '        set status disable',
      '    next',
      'end',
    ]);
    const edits = tree.root.configs[0]!.edits;
    expect(edits.map((e) => e.name)).toEqual(['5', '2']);
    expect([...edits[0]!.settings.keys()]).toEqual(['action', 'status']);
  });

  it('lets `end` close an entry and its block, as the CLI does', () => {
    const { tree, warnings } = build(['config firewall address', '    edit "a"', '        set subnet 10.0.0.0 255.0.0.0', 'end', 'config system dns', 'end']);
    expect(warnings).toEqual([]);
    expect(tree.root.configs.map((c) => c.name)).toEqual(['firewall address', 'system dns']);
    expect(tree.root.configs[0]!.edits[0]!.closed).toBe(true);
  });

  it('joins a quoted value that spans lines and keeps counting lines after it', () => {
    const { tree, warnings } = build([
      'config vpn certificate local',
      '    edit "c"',
      '        set private-key "-----BEGIN ENCRYPTED PRIVATE KEY-----',
      'AAAA',
      '-----END ENCRYPTED PRIVATE KEY-----"',
      '        set comments "two',
      'lines"',
      '        set range global',
      '    next',
      'end',
    ]);
    expect(warnings).toEqual([]);
    const c = tree.root.configs[0]!.edits[0]!;
    expect(c.settings.get('comments')).toEqual({ values: ['two\nlines'], line: 6 });
    expect(c.settings.get('range')?.line).toBe(8);
    expect(c.closed).toBe(true);
  });

  it('reports an unbalanced quote once and resumes at the next statement', () => {
    const { tree, warnings } = build([
      'config firewall policy',
      '    edit 1',
      '        set comments "never closed',
      '        set action accept',
      '    next',
      'end',
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 3, kind: 'unrecognized', context: 'config firewall policy > edit 1' });
    expect(warnings[0]!.comment).toContain('unbalanced quote');
    const e = tree.root.configs[0]!.edits[0]!;
    expect(e.settings.has('comments')).toBe(false);
    expect(e.settings.get('action')?.values).toEqual(['accept']);
  });

  it('reports stray next and end, unknown statements and statements outside blocks', () => {
    const { warnings } = build(['config system global', '    next', 'end', 'end', 'show full-configuration', 'set hostname x', 'edit 3']);
    expect(warnings.map((w) => [w.line, w.kind])).toEqual([
      [2, 'unrecognized'],
      [4, 'unrecognized'],
      [5, 'unrecognized'],
      [6, 'unrecognized'],
      [7, 'unrecognized'],
    ]);
    expect(warnings[0]!.comment).toContain('`next` outside');
    expect(warnings[1]!.comment).toContain('`end` with no open config block');
  });

  it('detects truncation: names the innermost open block and its line, marks it open', () => {
    const { tree, warnings } = build(['config firewall policy', '    edit 1', '    next', '    edit 2', '        set srcintf "port1"']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 4, kind: 'unrecognized', context: 'config firewall policy > edit 2', text: 'edit 2' });
    expect(warnings[0]!.comment).toContain('"edit 2" opened at line 4');
    expect(warnings[0]!.comment).toContain('truncated');
    const [one, two] = tree.root.configs[0]!.edits;
    expect(one!.closed).toBe(true);
    expect(two!.closed).toBe(false);
  });

  it('closes an entry left open by a missing next, with an invalid warning', () => {
    const { tree, warnings } = build(['config firewall address', '    edit "a"', '    edit "b"', '    next', 'end']);
    expect(warnings.map((w) => [w.line, w.kind])).toEqual([[3, 'invalid']]);
    expect(tree.root.configs[0]!.edits.map((e) => [e.name, e.closed])).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });

  it('stores secrets masked: ENC values, secret keys, SNMP community names', () => {
    const { tree } = build([
      'config system admin',
      '    edit "admin"',
      '        set password ENC SH2abcdef',
      '    next',
      'end',
      'config vpn ipsec phase1-interface',
      '    edit "t"',
      '        set psksecret plaintextpsk',
      '    next',
      'end',
      'config system snmp community',
      '    edit 1',
      '        set name "my-community"',
      '    next',
      'end',
      'config user fortitoken',
      '    edit "FTKMOB0001"',
      '        set activation-token ENC opaqueValue',
      '    next',
      'end',
    ]);
    const [admin, vpn, snmp, token] = tree.root.configs;
    // Any ENC value is masked, whatever its key is called.
    expect(token!.edits[0]!.settings.get('activation-token')?.values).toEqual(['********']);
    expect(admin!.edits[0]!.settings.get('password')?.values).toEqual(['********']);
    expect(vpn!.edits[0]!.settings.get('psksecret')?.values).toEqual(['********']);
    expect(snmp!.edits[0]!.settings.get('name')?.values).toEqual(['********']);
  });

  it('flags lines with control characters as garbage and goes on', () => {
    const { tree, warnings } = build(['config system dns', '\u0001\u0002junk', '    set primary 10.0.0.53', 'end']);
    expect(warnings.map((w) => [w.line, w.kind])).toEqual([[2, 'unrecognized']]);
    expect(warnings[0]!.text).not.toMatch(/[\u0000-\u0008]/);
    expect(tree.root.configs[0]!.settings.get('primary')?.values).toEqual(['10.0.0.53']);
  });
});
