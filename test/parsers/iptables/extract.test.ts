import { describe, expect, it } from 'vitest';
import { readIptablesConfig } from '../../../parsers/iptables/index.js';
import type { Chain, Match, Rule, Ruleset, Table } from '../../../parsers/iptables/vendor-config.js';
import { lineOf, rulesText } from './helpers.js';

function table(rs: Ruleset, name: string): Table {
  const t = rs.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}
function chain(t: Table, name: string): Chain {
  const c = t.chains.find((x) => x.name === name);
  if (!c) throw new Error(`no chain ${name}`);
  return c;
}
function match<K extends Match['kind']>(r: Rule, kind: K): Extract<Match, { kind: K }> {
  const m = r.matches.find((x) => x.kind === kind);
  if (!m) throw new Error(`no ${kind} match on line ${r.line}`);
  return m as Extract<Match, { kind: K }>;
}

describe('extraction: fw-gw01 (iptables-save and ip6tables-save concatenated)', () => {
  const text = rulesText('fw-gw01');
  const { config, warnings } = readIptablesConfig(text);

  it('reads one ruleset per save output, family from the header', () => {
    expect(config.rulesets.map((r) => [r.family, r.familyFrom, r.tables.map((t) => t.name)])).toEqual([
      [4, 'header', ['raw']],
      [4, 'header', ['mangle']],
      [4, 'header', ['nat']],
      [4, 'header', ['filter']],
      [6, 'header', ['filter']],
    ]);
    expect(config.rulesets[0]!.generator).toBe('iptables-save v1.8.9 (nf_tables)');
    expect(warnings).toEqual([]);
  });

  const filter = table(config.rulesets[3]!, 'filter');

  it('keeps chain declarations with policies and their lines', () => {
    expect(filter.chains.map((c) => [c.name, c.builtin, c.policy ?? '-'])).toEqual([
      ['INPUT', true, 'DROP'],
      ['FORWARD', true, 'DROP'],
      ['OUTPUT', true, 'ACCEPT'],
      ['FWD-DMZ', false, '-'],
      ['FWD-LAN', false, '-'],
      ['FWD-WAN', false, '-'],
      ['IN-ADMIN', false, '-'],
      ['LOGDROP', false, '-'],
      ['f2b-sshd', false, '-'],
    ]);
    expect(chain(filter, 'FORWARD').policyLine).toBe(lineOf(text, ':FORWARD DROP'));
    expect(filter.commitLine).toBe(lineOf(text, 'COMMIT', '*filter'));
  });

  it('numbers rules per chain and ignores the [packets:bytes] prefix', () => {
    const input = chain(filter, 'INPUT');
    expect(input.rules.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(input.rules[0]).toMatchObject({ line: lineOf(text, '-A INPUT -i lo'), inInterface: { value: 'lo', negated: false }, target: { kind: 'verdict', verdict: 'ACCEPT' } });
  });

  it('types core options, ports, multiport, icmp, state and comment', () => {
    const fwdLan = chain(filter, 'FWD-LAN').rules;
    expect(fwdLan[0]).toMatchObject({ source: { value: [{ family: 4, prefixLength: 24 }], negated: false }, target: { kind: 'return' }, comment: 'quarantine VLAN: no forwarding' });
    expect(match(fwdLan[1]!, 'multiport')).toEqual({ kind: 'multiport', direction: 'dst', ports: { value: [{ lo: 80, hi: 80 }, { lo: 443, hi: 443 }], negated: false } });
    expect(fwdLan[1]!.protocol).toEqual({ value: { number: 6, name: 'tcp' }, negated: false });
    expect(match(fwdLan[4]!, 'icmp')).toEqual({ kind: 'icmp', version: 4, type: { value: { type: 8 }, negated: false } });
    const dhcp = chain(filter, 'INPUT').rules[6]!;
    expect(match(dhcp, 'ports')).toMatchObject({ module: 'udp', sport: { value: { lo: 67, hi: 68 } }, dport: { value: { lo: 67, hi: 68 } } });
    expect(match(chain(filter, 'INPUT').rules[1]!, 'state')).toEqual({ kind: 'state', module: 'conntrack', states: { value: ['RELATED', 'ESTABLISHED'], negated: false }, unmodelled: [] });
  });

  it('types iprange, set, and the modules it recognizes without modelling', () => {
    const admin = chain(filter, 'IN-ADMIN').rules;
    expect(match(admin[1]!, 'iprange').src!.value.first).toEqual({ family: 4, value: 0x0a14090a });
    expect(match(admin[2]!, 'set')).toEqual({ kind: 'set', name: 'snmp-managers', directions: ['src'], negated: false });
    expect(match(chain(filter, 'INPUT').rules[4]!, 'unmodelled')).toEqual({ kind: 'unmodelled', module: 'limit', history: true, text: '--limit 5/sec --limit-burst 10' });
    expect(match(chain(filter, 'FORWARD').rules[6]!, 'unmodelled')).toMatchObject({ module: 'mac', history: false });
  });

  it('resolves targets: jumps, goto, verdicts, passive targets, REJECT type', () => {
    const fwd = chain(filter, 'FORWARD').rules;
    expect(fwd[2]).toMatchObject({ target: { kind: 'chain', chain: 'FWD-LAN' }, goto: false });
    expect(fwd[5]).toMatchObject({ target: { kind: 'chain', chain: 'FWD-WAN' }, goto: true });
    expect(chain(filter, 'LOGDROP').rules.map((r) => r.target)).toEqual([
      { kind: 'passive', name: 'LOG', options: '--log-prefix FW-DROP  --log-level 6' },
      { kind: 'passive', name: 'NFLOG', options: '--nflog-prefix drop --nflog-group 5' },
      { kind: 'verdict', verdict: 'DROP', name: 'DROP' },
    ]);
    expect(chain(filter, 'f2b-sshd').rules[0]!.target).toEqual({ kind: 'verdict', verdict: 'REJECT', name: 'REJECT', rejectWith: 'icmp-port-unreachable' });
  });

  it('types NAT targets with ranges and ports', () => {
    const nat = table(config.rulesets[2]!, 'nat');
    const dnat = chain(nat, 'DNAT-WAN').rules;
    expect(dnat[1]!.target).toEqual({ kind: 'dnat', to: { first: { family: 4, value: 0xac14000a }, last: { family: 4, value: 0xac14000a }, ports: { lo: 8443, hi: 8443 } } });
    expect(dnat[3]!.target).toMatchObject({ kind: 'dnat', to: { first: { value: 0xac14001e }, last: { value: 0xac14001f } } });
    const pre = chain(nat, 'PREROUTING').rules;
    expect(pre[1]!.target).toEqual({ kind: 'redirect', ports: { lo: 3128, hi: 3128 } });
    const post = chain(nat, 'POSTROUTING').rules;
    expect(post.map((r) => r.target?.kind)).toEqual(['verdict', 'snat', 'masquerade']);
    expect(post[1]!.outInterface).toEqual({ value: 'ens192', negated: false });
  });

  it('reads the IPv6 ruleset with ICMPv6 types and IPv6 prefixes', () => {
    const f6 = table(config.rulesets[4]!, 'filter');
    const input = chain(f6, 'INPUT').rules;
    expect(input[2]!.protocol?.value).toEqual({ number: 58, name: 'ipv6-icmp' });
    expect(match(input[2]!, 'icmp')).toEqual({ kind: 'icmp', version: 6, type: { value: { type: 128 }, negated: false } });
    expect(input[5]!.source?.value[0]).toEqual({ family: 6, address: 0x20010db8020000000000000000000000n, prefixLength: 64 });
  });
});

describe('extraction: iptables-restore commands and families without headers', () => {
  it('infers the family from content, then from position', () => {
    const { config } = readIptablesConfig(['*filter', ':INPUT ACCEPT [0:0]', '-A INPUT -s 2001:db8::1 -j DROP', 'COMMIT', '*filter', ':INPUT ACCEPT [0:0]', 'COMMIT', '*filter', ':INPUT DROP [0:0]', 'COMMIT'].join('\n'));
    expect(config.rulesets.map((r) => [r.family, r.familyFrom])).toEqual([
      [6, 'content'],
      [4, 'position'],
      [6, 'position'],
    ]);
  });

  it('applies -N, -P, -I at a position, -F, and skips -6 rules in an IPv4 ruleset', () => {
    const { config, warnings } = readIptablesConfig(
      ['*filter', '-P FORWARD DROP', '-N LAN', '-A FORWARD -j LAN', '-A FORWARD -p udp -j DROP', '-I FORWARD 2 -p tcp -j ACCEPT', '-A LAN -s 10.0.0.0/8 -j ACCEPT', '-F LAN', '-A LAN -6 -s 2001:db8::/32 -j ACCEPT', '-A LAN -4 -s 192.168.0.0/16 -j ACCEPT', 'COMMIT'].join('\n'),
    );
    const t = config.rulesets[0]!.tables[0]!;
    expect(warnings).toEqual([]);
    expect(chain(t, 'FORWARD')).toMatchObject({ policy: 'DROP', policyLine: 2 });
    expect(chain(t, 'FORWARD').rules.map((r) => [r.line, r.position])).toEqual([
      [4, 1],
      [6, 2],
      [5, 3],
    ]);
    expect(chain(t, 'LAN').rules.map((r) => [r.line, r.onlyFamily])).toEqual([[10, 4]]);
  });

  it('reads counters before the command, and dotted masks', () => {
    const { config } = readIptablesConfig(['*filter', ':INPUT ACCEPT [5:300]', '[12:3456] -A INPUT -s 10.1.0.0/255.255.0.0 -j ACCEPT', 'COMMIT'].join('\n'));
    expect(config.rulesets[0]!.tables[0]!.chains[0]!.rules[0]!.source?.value).toEqual([{ family: 4, address: 0x0a010000, prefixLength: 16 }]);
  });
});
