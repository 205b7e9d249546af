import { describe, expect, it } from 'vitest';
import { parseIptables } from '../../../parsers/iptables/index.js';
import { companionText, lineOf, onlyDevice, parseFixture, rulesText } from './helpers.js';

type Row = [number, string, string];
const rows = (ws: ReadonlyArray<{ line: number; kind: string; context: string }>): Row[] => ws.map((w) => [w.line, w.kind, w.context]);

describe('warnings: fw-broken (every kind of broken rule)', () => {
  const text = rulesText('fw-broken');
  const ip = companionText('fw-broken')!;
  const parsed = parseFixture('fw-broken');
  const mine = parsed.warnings.filter((w) => !w.context.startsWith('fw-broken.ip'));
  const at = (needle: string) => lineOf(text, needle);

  it('is partially unrecognized, not failed', () => {
    expect(parsed.status).toBe('PARTIALLY_UNRECOGNIZED');
    expect(parsed.format).toBe('iptables');
  });

  it('gives one warning per broken line, in line order, with the right kind', () => {
    expect(rows(mine)).toEqual([
      [at('10.1.1.300'), 'invalid', 'iptables *filter INPUT'],
      [at('--dport 70000'), 'invalid', 'iptables *filter INPUT'],
      [at('-m frobnicate'), 'unrecognized', 'iptables *filter FORWARD'],
      [at('-j FROBNICATE'), 'unrecognized', 'iptables *filter FORWARD'],
      [at('MISSING-CHAIN'), 'invalid', 'iptables *filter FORWARD'],
      [at('-A WAN-IN'), 'invalid', 'iptables *filter WAN-IN'],
      [at('--comment "admin'), 'unrecognized', 'iptables *filter FORWARD'],
      [at('this line is not'), 'unrecognized', '*filter'],
      [at('2001:db8::/32'), 'invalid', 'iptables *filter LAN'],
      [at('-i eth9'), 'invalid', 'iptables *filter FORWARD'],
    ]);
  });

  it('says what each problem does to the model', () => {
    const comment = (needle: string) => mine.find((w) => w.line === at(needle))!.comment;
    expect(comment('10.1.1.300')).toBe('-s "10.1.1.300/32" is not an address or prefix; the rule is ignored (it matches nothing)');
    expect(comment('-m frobnicate')).toMatch(/^unknown match module "frobnicate": .*a rule that drops is taken to match nothing/);
    expect(comment('-j FROBNICATE')).toMatch(/^unknown target FROBNICATE: .*lets the packet continue/);
    expect(comment('MISSING-CHAIN')).toMatch(/^jump to chain MISSING-CHAIN, which the table does not define/);
    expect(comment('-A WAN-IN')).toMatch(/^chain WAN-IN is not declared/);
    expect(comment('2001:db8::/32')).toBe('an IPv6 address in an iptables ruleset; the rule is ignored (it matches nothing)');
    expect(comment('-i eth9')).toMatch(/^interface eth9 is not among the host's interfaces/);
  });

  it('records the undefined chain and the unknown interface as unresolved references', () => {
    const refs = onlyDevice(parsed).references.filter((r) => !r.resolved);
    expect(refs.map((r) => [r.kind, r.name, r.provenance.line])).toEqual([
      ['acl', 'MISSING-CHAIN', at('MISSING-CHAIN')],
      ['interface', 'eth9', at('-i eth9')],
    ]);
  });

  it('returns the companion warnings with the companion line numbers and file name in the context', () => {
    const theirs = parsed.warnings.filter((w) => w.context.startsWith('fw-broken.ip'));
    const ipAt = (needle: string) => lineOf(ip, needle);
    expect(rows(theirs)).toEqual([
      [0, 'unsupported', 'fw-broken.ip: sysctl'],
      [ipAt('10.3.0.300'), 'invalid', 'fw-broken.ip: ip addr'],
      [ipAt('10.20.0.0/33'), 'invalid', 'fw-broken.ip: ip route'],
      [ipAt('via dev eth1'), 'invalid', 'fw-broken.ip: ip route'],
      [ipAt('frobnicate'), 'unrecognized', 'fw-broken.ip: ip route'],
      [ipAt('auth-trunc'), 'unrecognized', 'fw-broken.ip: ip route'],
      [ipAt('something weird'), 'unrecognized', 'fw-broken.ip: ip route'],
      [ipAt('= yes'), 'invalid', 'fw-broken.ip: sysctl'],
    ]);
  });

  it('still converts what it could read: the good rules and the good routes', () => {
    const d = onlyDevice(parsed);
    expect(d.interfaces.map((i) => i.name)).toEqual(['eth0', 'eth1']);
    expect(d.routes.map((r) => r.provenance.line)).toEqual([lineOf(ip, 'default via'), lineOf(ip, 'frobnicate')]);
    expect(d.filters.map((f) => f.name)).toEqual(['iptables FORWARD']);
  });
});

describe('warnings: truncated file', () => {
  it('reads what is there and says where the file ends without COMMIT', () => {
    const text = rulesText('fw-truncated');
    const parsed = parseFixture('fw-truncated');
    const last = text.split('\n').length;
    expect(rows(parsed.warnings)).toEqual([[last, 'unrecognized', '*filter']]);
    expect(parsed.warnings[0]!.comment).toMatch(/ends inside table filter before its COMMIT: the file is truncated/);
    const fwd = onlyDevice(parsed).filters[0]!;
    expect(fwd.rules.map((r) => r.id)).toEqual(['FORWARD:1', 'FORWARD:2', 'FORWARD:3']);
  });

  it('warns when a table is cut by the next one', () => {
    const parsed = parseIptables('*nat\n:PREROUTING ACCEPT [0:0]\n*filter\n:INPUT ACCEPT [0:0]\nCOMMIT\n', 'x.rules');
    expect(rows(parsed.warnings.filter((w) => w.line > 0))).toEqual([[2, 'unrecognized', '*nat']]);
  });
});

describe('warnings: missing or partial companion', () => {
  it('without a companion: no interfaces, one warning at line 0 naming the file to add', () => {
    const parsed = parseFixture('fw-gw01', false);
    const w = parsed.warnings.find((x) => x.line === 0)!;
    expect(w).toMatchObject({ kind: 'unsupported', context: 'companion' });
    expect(w.comment).toMatch(/interfaces and routes are unknown, so its forwarding cannot be analysed; add fw-gw01\.ip/);
    const d = onlyDevice(parsed);
    expect(d).toMatchObject({ id: 'fw-gw01', interfaces: [], routes: [] });
    // No interface is known, so no -i/-o name is called undefined.
    expect(parsed.warnings.filter((x) => x.comment.includes('not among the host'))).toEqual([]);
  });

  it('without sysctl output: forwarding assumed on, and IPv6 without ip6tables-save taken as unfiltered', () => {
    const parsed = parseFixture('web-proxy01');
    expect(parsed.status).toBe('PASSED');
    expect(rows(parsed.warnings)).toEqual([
      [0, 'unsupported', 'ip6tables'],
      [0, 'unsupported', 'web-proxy01.ip: sysctl'],
      [0, 'unsupported', 'web-proxy01.ip: sysctl'],
    ]);
    expect(parsed.warnings[0]!.comment).toMatch(/^the host has IPv6 addresses but the file holds no ip6tables-save output/);
    expect(parsed.warnings[1]!.comment).toMatch(/^net\.ipv4\.ip_forward is not in the companion: IPv4 forwarding is assumed on/);
  });

  it('a text that is not iptables-save fails with one warning, and binary input too', () => {
    for (const text of ['config system global\nend\n', '\u0000\u0001\u0002binary', '']) {
      const parsed = parseIptables(text, 'x.rules');
      expect(parsed.status).toBe('FAILED');
      expect(parsed.devices).toEqual([]);
      expect(parsed.warnings).toHaveLength(1);
    }
  });
});

describe('warnings: approximations are said once, with their direction', () => {
  const parsed = parseFixture('fw-gw01');
  const comments = parsed.warnings.map((w) => w.comment);

  it('limit (ACCEPT) is treated as absent, recent and hashlimit (DROP) as matching nothing', () => {
    expect(comments.filter((c) => c.startsWith('-m limit'))).toEqual([expect.stringContaining('treated as absent and the rule matches more')]);
    expect(comments.filter((c) => c.startsWith('-m recent'))).toEqual([expect.stringContaining('this DROP/REJECT rule is taken to match nothing')]);
    expect(comments.filter((c) => c.startsWith('-m hashlimit'))).toEqual([expect.stringContaining('taken to match nothing')]);
  });

  it('an ipset makes its rule match nothing', () => {
    expect(comments.filter((c) => c.includes('ipset "snmp-managers"'))).toEqual([expect.stringContaining('taken to match nothing')]);
  });

  it('mangle/raw drops and NOTRACK are noted, the ingress-dependent INPUT too', () => {
    const text = rulesText('fw-gw01');
    expect(parsed.warnings.filter((w) => w.context === 'iptables *raw').map((w) => w.line)).toEqual([lineOf(text, 'CT --notrack'), lineOf(text, 'rpfilter')]);
    // Said on the first rule that decides differently per interface: IN-ADMIN's, reached by -i ens224.
    expect(parsed.warnings.find((w) => w.comment.startsWith('INPUT accepts different packets'))?.line).toBe(lineOf(text, '-A IN-ADMIN -s 10.20.5.0/24'));
  });
});
