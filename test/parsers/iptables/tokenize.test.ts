import { describe, expect, it } from 'vitest';
import { moduleKnowsOption } from '../../../parsers/iptables/modules.js';
import { splitRule } from '../../../parsers/iptables/raw-rule.js';
import { tokenize } from '../../../parsers/iptables/tokenize.js';

const words = (line: string) => tokenize(line).tokens.map((t) => t.text);

describe('tokenizer', () => {
  it('splits on blanks and groups double-quoted values with backslash escapes', () => {
    expect(words('-A INPUT  -m comment --comment "LAN to DMZ" -j ACCEPT')).toEqual(['-A', 'INPUT', '-m', 'comment', '--comment', 'LAN to DMZ', '-j', 'ACCEPT']);
    expect(words('--comment "say \\"hi\\" \\\\ bye"')).toEqual(['--comment', 'say "hi" \\ bye']);
    expect(words("--comment 'single'")).toEqual(['--comment', "'single'"]);
    expect(tokenize('--log-prefix "-- DROP --"').tokens[1]).toEqual({ text: '-- DROP --', quoted: true });
  });

  it('reports an unclosed quote', () => {
    const r = tokenize('-A X -m comment --comment "open -j ACCEPT');
    expect('error' in r && r.error).toBe('a double quote is not closed');
  });
});

describe('rule splitting', () => {
  const split = (line: string) => splitRule(tokenize(line).tokens, moduleKnowsOption);

  it('puts core options, matches and the target apart, with negations in either place', () => {
    const r = split('! -s 10.0.0.0/8 -d ! 10.1.0.0/16 -p tcp -m tcp ! --dport 22 -m state --state NEW -j DNAT --to-destination 10.2.0.1:80');
    expect(r.errors).toEqual([]);
    expect(r.core.map((o) => [o.name, o.values.map((v) => v.text), o.negated])).toEqual([
      ['-s', ['10.0.0.0/8'], true],
      ['-d', ['10.1.0.0/16'], true],
      ['-p', ['tcp'], false],
    ]);
    expect(r.matches.map((m) => [m.module, m.options.map((o) => `${o.negated ? '!' : ''}${o.name}=${o.values.map((v) => v.text).join(',')}`)])).toEqual([
      ['tcp', ['!--dport=22']],
      ['state', ['--state=NEW']],
    ]);
    expect(r.target).toMatchObject({ name: 'DNAT', goto: false, options: [{ name: '--to-destination', negated: false }] });
  });

  it('loads the protocol match implicitly, as iptables does for -p tcp --dport', () => {
    const r = split('-p tcp --dport 22 -j ACCEPT');
    expect(r.matches).toMatchObject([{ module: 'tcp', implicit: true }]);
  });

  it('gives an option to the module that knows it, even after another module', () => {
    const r = split('-p tcp -m tcp -m state --state NEW --dport 22 -j ACCEPT');
    expect(r.matches.find((m) => m.module === 'tcp')!.options.map((o) => o.name)).toEqual(['--dport']);
  });

  it('lets unknown modules take their options, and reports what belongs nowhere', () => {
    expect(split('-m frobnicate --level 3 -j DROP').matches).toMatchObject([{ module: 'frobnicate', options: [{ name: '--level' }] }]);
    expect(split('-p udp --syn -j DROP').errors).toEqual(['option --syn belongs to no match module of the rule']);
    expect(split('-s -j DROP').errors).toEqual(['-s has no value']);
    expect(split('-j ACCEPT stray').errors).toEqual(['unexpected word "stray"']);
    expect(split('-j ACCEPT !').errors).toEqual(['"!" is followed by nothing it could negate']);
  });

  it('reads -g as goto and counters as two values', () => {
    const r = split('-c 10 20 -i eth0 -g LAN');
    expect(r.core.map((o) => o.name)).toEqual(['-c', '-i']);
    expect(r.target).toMatchObject({ name: 'LAN', goto: true });
  });
});
