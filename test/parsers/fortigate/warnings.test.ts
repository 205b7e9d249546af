import { describe, expect, it } from 'vitest';
import { countUnrecognized } from '../../../src/model/parse-result.js';
import { fixtureText, lineOf, onlyDevice, parseFixture, pkt, rule, ruleMatches } from './helpers.js';

describe('warnings: truncated export', () => {
  const text = fixtureText('fgt-truncated-sample');
  const parsed = parseFixture('fgt-truncated-sample');

  it('is partially unrecognized and names the open block and its line', () => {
    expect(parsed.status).toBe('PARTIALLY_UNRECOGNIZED');
    const editLine = lineOf(text, 'edit 3', 'config firewall policy');
    const truncation = parsed.warnings.find((w) => w.comment.includes('truncated'))!;
    expect(truncation).toMatchObject({ kind: 'unrecognized', line: editLine, context: 'config firewall policy > edit 3', text: 'edit 3' });
    expect(truncation.comment).toContain(`"edit 3" opened at line ${editLine}`);
    const last = parsed.lines;
    expect(parsed.warnings.find((w) => w.line === last)).toMatchObject({ kind: 'unrecognized', text: 'set service "AL' });
  });

  it('keeps the complete policies and drops the one the file ends inside', () => {
    const d = onlyDevice(parsed);
    expect(d.filters[0]!.rules.map((r) => r.id)).toEqual(['1', '2']);
    expect(ruleMatches(rule(d, '1'), pkt('10.30.0.5', '10.40.0.10', 'tcp', 443))).toBe(true);
    expect(d.interfaces.map((i) => i.name)).toEqual(['port1', 'port2']);
  });
});

describe('warnings: garbage and binary lines', () => {
  const text = fixtureText('fgt-garbage-sample');
  const parsed = parseFixture('fgt-garbage-sample');
  const unrecognized = parsed.warnings.filter((w) => w.kind === 'unrecognized');

  it('reports each line it cannot parse, and only those', () => {
    const expected = [
      lineOf(text, 'next', 'config system global'),
      lineOf(text, 'garbage-bytes'),
      lineOf(text, 'this line is not fortios'),
      lineOf(text, 'oops password'),
      lineOf(text, 'set comments "unbalanced'),
      lineOf(text, 'end', 'set service "ALL"', 'end'),
      lineOf(text, 'edit "stray"'),
      lineOf(text, 'set hostname "nowhere"'),
    ];
    expect(unrecognized.map((w) => w.line)).toEqual(expected);
    expect(countUnrecognized(parsed.warnings)).toBe(8);
    expect(parsed.status).toBe('PARTIALLY_UNRECOGNIZED');
    expect(unrecognized[1]!.comment).toContain('binary');
    expect(unrecognized[1]!.context).toBe('config system interface');
    expect(unrecognized[1]!.text).not.toMatch(/[\u0000-\u0008\u007f]/);
  });

  it('goes on parsing after each bad line', () => {
    const d = onlyDevice(parsed);
    expect(d.id).toBe('fgt-garbage-sample');
    expect(d.interfaces.map((i) => i.name)).toEqual(['port1', 'port2']);
    const r = rule(d, '1');
    // The unbalanced comments line is dropped; the statements after it still count.
    expect(r.comment).toBeUndefined();
    expect(ruleMatches(r, pkt('10.30.0.5', '8.8.8.8', 'udp', 53))).toBe(true);
    expect(d.admins.map((a) => a.name)).toEqual(['admin']);
  });
});

describe('warnings: bad values, undefined references and cycles', () => {
  const text = fixtureText('fgt-invalid-sample');
  const parsed = parseFixture('fgt-invalid-sample');
  const d = onlyDevice(parsed);
  const at = (needle: string, ...after: string[]) => parsed.warnings.filter((w) => w.line === lineOf(text, needle, ...after));

  it('reads every line (invalid values are understood, just wrong)', () => {
    expect(parsed.status).toBe('PASSED');
    expect(parsed.warnings.filter((w) => w.kind === 'unrecognized')).toEqual([]);
  });

  it('reports bad addresses and masks where they are written', () => {
    expect(at('set ip 10.30.0.1 255.255.0.255')).toMatchObject([{ kind: 'invalid', context: 'config system interface > edit port1' }]);
    expect(at('set ip 300.1.1.1')).toMatchObject([{ kind: 'invalid' }]);
    expect(at('set subnet 10.50.0.0 255.0.255.0')[0]!.comment).toContain('contiguous mask');
    expect(at('set subnet 10.300.0.0')).toHaveLength(1);
    expect(at('set end-ip 10.40.0.10')[0]!.comment).toContain('below start-ip');
    expect(at('set trusthost1 10.0.0.0 255.0.255.0')).toHaveLength(1);
    expect(at('set mappedip "10.40.0.999"')).toHaveLength(1);
    expect(at('set tcp-portrange 80-70 443 70000').map((w) => w.kind)).toEqual(['invalid', 'invalid']);
    expect(at('set admin-sport 99999')).toHaveLength(1);
    expect(at('set action allow')[0]!.comment).toContain('default deny');
  });

  it('models what the bad values leave', () => {
    const port1 = d.interfaces.find((i) => i.name === 'port1')!;
    expect(port1.addresses).toEqual([]);
    expect(port1.zone).toBe('LGWAN');
    // admin-sport 99999 was refused: HTTPS management stays on 443.
    const https = d.management.find((m) => m.interface === 'port1' && m.service === 'https')!;
    expect(https.packets.boxes.some((b) => b.dport.contains(443))).toBe(true);
    expect(rule(d, '3').action).toBe('deny');
    // Route 1 (bad mask) and 2 (bad gateway) are dropped; route 3 keeps the default distance.
    expect(d.routes.map((r) => [r.id, r.distance])).toEqual([['3', 10]]);
    expect(at('set distance 999')).toHaveLength(1);
  });

  it('reports undefined references with the policy that uses them', () => {
    const w = at('set srcaddr "存在しない"');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ kind: 'invalid', context: 'config firewall policy > edit 2' });
    expect(w[0]!.comment).toContain('undefined address "存在しない" referenced by firewall policy 2');
    expect(at('set srcintf "port99"')[0]!.comment).toContain('undefined interface "port99"');
    expect(at('set service "NO-SUCH-SERVICE"')[0]!.comment).toContain('undefined service "NO-SUCH-SERVICE"');
    expect(at('set member "サーバ" "どこにもない"')[0]!.comment).toContain('firewall addrgrp GRP-undefined');
    expect(at('set interface "port1" "port9"')[0]!.comment).toContain('undefined interface "port9"');
    const unresolved = d.references.filter((r) => !r.resolved).map((r) => `${r.kind}:${r.name}`);
    expect(unresolved.sort()).toEqual(['address:どこにもない', 'address:存在しない', 'interface:port9', 'interface:port99', 'service:NO-SUCH-SERVICE'].sort());
    const r2 = rule(d, '2');
    expect(r2.terms).toEqual([]);
  });

  it('cuts group cycles once, with an invalid warning, and still resolves the rest', () => {
    const cycles = parsed.warnings.filter((w) => w.comment.includes('cycle'));
    expect(cycles.map((w) => w.kind)).toEqual(['invalid', 'invalid']);
    expect(cycles[0]!.comment).toMatch(/address group cycle: "GRP-B" contains "GRP-A"/);
    expect(cycles[1]!.comment).toMatch(/service group cycle: "SG-2" contains "SG-1"/);
    const r = rule(d, '1');
    expect(r.terms[0]!.inInterfaces).toEqual(['port1']);
    expect(ruleMatches(r, pkt('10.30.0.5', '10.40.0.5', 'tcp', 443))).toBe(true);
    expect(ruleMatches(r, pkt('10.40.0.7', '10.40.0.5', 'tcp', 22))).toBe(true);
    expect(ruleMatches(r, pkt('10.30.0.5', '10.40.0.5', 'tcp', 80))).toBe(false);
  });

  it('gives every warning a masked line text and a context', () => {
    for (const w of parsed.warnings) {
      expect(w.text).toBe(text.split('\n')[w.line - 1]!.trim().replace(/ENC \S+/, '********'));
      expect(w.context).not.toBe('');
    }
  });
});
