import { describe, expect, it } from 'vitest';
import { companionText, lineOf, onlyDevice, parseFixture, rulesText } from './helpers.js';

/**
 * The large export: a municipal LGWAN firewall's full iptables-save (raw, mangle with QoS
 * marking, nat with published servers and per-department SNAT, filter with per-department
 * chains, a blacklist, LOG/REJECT chains, counters on every rule, Japanese comments, and the
 * ip6tables-save output after it), with its companion holding multi-line `ip addr`, routes and
 * a slice of `sysctl -a`.
 */
describe('coverage of a large real-looking export (lgwan-fw-main)', () => {
  const text = rulesText('lgwan-fw-main');
  const ip = companionText('lgwan-fw-main')!;
  const parsed = parseFixture('lgwan-fw-main');
  const unrecognized = (ctx: (c: string) => boolean) => [...new Set(parsed.warnings.filter((w) => w.kind === 'unrecognized' && ctx(w.context)).map((w) => w.line))].sort((a, b) => a - b);

  it('is large: hundreds of rules and chains', () => {
    const rules = text.split('\n').filter((l) => / -A /.test(` ${l}`) || l.includes('] -A ')).length;
    expect(rules).toBeGreaterThan(500);
    expect(text.split('\n').filter((l) => l.startsWith(':')).length).toBeGreaterThan(40);
  });

  it('recognizes (or deliberately ignores) at least 95 % of the rules file, and these are the rest', () => {
    const rest = unrecognized((c) => !c.startsWith('lgwan-fw-main.ip'));
    expect(rest).toEqual([lineOf(text, '-m ndpi --proto bittorrent'), lineOf(text, '-m ndpi --proto tor')]);
    const share = 1 - rest.length / parsed.lines;
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it('recognizes every line of the companion', () => {
    expect(unrecognized((c) => c.startsWith('lgwan-fw-main.ip'))).toEqual([]);
    expect(ip.split('\n').length).toBeGreaterThan(200);
  });

  it('converts it whole: every department chain, the published servers, both families', () => {
    const d = onlyDevice(parsed);
    expect(d.id).toBe('lgwan-fw-main');
    expect(d.interfaces).toHaveLength(30);
    expect(d.filters.map((f) => f.name)).toEqual(['iptables FORWARD', 'ip6tables FORWARD']);
    expect(d.filters[0]!.rules.length).toBeGreaterThan(500);
    expect(d.destinationNat).toHaveLength(40);
    expect(d.sourceNat).toHaveLength(26);
    expect(d.objects.filter((o) => o.kind === 'acl').length).toBeGreaterThan(30);
    // -m limit is only on LOG rules, which decide nothing, so it needs no approximation; the
    // unknown -m ndpi is on DROP rules, which then match nothing. Only NOTRACK is left to say.
    expect(parsed.warnings.filter((w) => w.kind === 'unsupported').map((w) => w.comment.slice(0, 30))).toEqual(['connection tracking exemptions']);
  });
});
