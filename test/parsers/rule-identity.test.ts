import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAsa } from '../../parsers/asa/index.js';
import { Occurrences } from '../../parsers/common/occurrences.js';
import { parseIos } from '../../parsers/ios/index.js';
import { parseIptables } from '../../parsers/iptables/index.js';
import { parseNeutralDevice } from '../../parsers/neutral/index.js';
import type { Device } from '../../src/model/device.js';
import { identityOf } from '../../src/model/identity.js';
import type { ParsedConfig } from '../../src/model/parse-result.js';
import { insertAsaRules } from '../helpers/config-edits/asa-rules.js';
import { insertIosRules } from '../helpers/config-edits/ios-rules.js';
import { insertIptablesRules } from '../helpers/config-edits/iptables-rules.js';
import { onlyDevice } from '../helpers/config-tests.js';

/**
 * Rule and NAT identities (Rule.identity, DestinationNat/SourceNat.identity): where a vendor's
 * id is a position, the converter names each rule by its content, so inserting an unrelated
 * rule renumbers the ids and leaves every identity as it was.
 */
const fixture = (path: string) => readFileSync(`test/fixtures/${path}`, 'utf8');

/** Every rule of the devices as "device · stage · identity" → id; identities must be unique within a stage. */
function rulesByIdentity(devices: readonly Device[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of devices) {
    for (const stage of d.filters) {
      for (const rule of stage.rules) {
        const key = `${d.id} · ${stage.name} · ${identityOf(rule)}`;
        expect(out.has(key), key).toBe(false);
        out.set(key, rule.id);
      }
    }
  }
  return out;
}

/** Every NAT entry as "table · identity" → id. */
function natByIdentity(d: Device): Map<string, string> {
  const out = new Map<string, string>();
  for (const [table, entries] of [['dnat', d.destinationNat], ['snat', d.sourceNat]] as const) {
    for (const e of entries) {
      const key = `${table} · ${identityOf(e)}`;
      expect(out.has(key), key).toBe(false);
      out.set(key, e.id);
    }
  }
  return out;
}

/**
 * Every identity of `before` is still there in `after` (which has more, unless the inserted
 * rules make no entry of their own), and at least `moved` of them now stand for another id:
 * the edit did renumber, and the identities did not follow.
 */
function expectStable(before: Map<string, string>, after: Map<string, string>, moved: number, grows = true): void {
  if (grows) expect(after.size).toBeGreaterThan(before.size);
  else expect(after.size).toBe(before.size);
  for (const key of before.keys()) expect(after.has(key), key).toBe(true);
  const renumbered = [...before].filter(([key, id]) => after.get(key) !== id);
  expect(renumbered.length).toBeGreaterThanOrEqual(moved);
}

/** Warnings without their lines: an edit must not make the parser understand less. */
const problems = (p: ParsedConfig) => p.warnings.map((w) => `${w.kind} ${w.context} ${w.comment}`).sort();

/** Inserts `lines` before the first line of `text` that starts with `before`. */
function insertBefore(text: string, before: string, ...lines: string[]): string {
  const all = text.split('\n');
  const at = all.findIndex((l) => l.startsWith(before));
  if (at < 0) throw new Error(`no line starts with ${before}`);
  return [...all.slice(0, at), ...lines, ...all.slice(at)].join('\n');
}

describe('Occurrences', () => {
  it('keeps the first of a content as is and numbers the repeats', () => {
    const o = new Occurrences();
    expect(['a', 'b', 'a', 'a', 'b'].map((c) => o.next(c))).toEqual(['a', 'b', 'a#2', 'a#3', 'b#2']);
  });
});

describe('Cisco ASA: ACE numbers and twice NAT positions move, identities stay', () => {
  const text = fixture('asa/asa-branch-fw.cfg');
  const parse = (t: string) => parseAsa(t, 'configs/asa-branch-fw.cfg');
  const before = parse(text);

  it('a remark and a deny first in every ACL, and a twice NAT first in section 1', () => {
    // An identity NAT like the fixture's VPN exemptions, for another pair of interfaces.
    const nat = 'nat (inside,outside) source static obj-servers obj-servers destination static obj-vpn-remote obj-vpn-remote';
    const after = parse(insertBefore(insertAsaRules(text), 'nat (', nat));
    expect(problems(after)).toEqual(problems(before));
    expectStable(rulesByIdentity(before.devices), rulesByIdentity(after.devices), 5);
    expectStable(natByIdentity(onlyDevice(before)), natByIdentity(onlyDevice(after)), 3);
  });

  it('an ACE repeated in its list is told apart by "#2"; logging or a remark does not change an identity', () => {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /^access-list \S+ extended permit /.test(l) && !/ log/.test(l));
    const ace = lines[at]!;
    const edited = [...lines.slice(0, at), `access-list ${ace.split(' ')[1]} remark 説明を追加`, `${ace} log`, ace, ...lines.slice(at + 1)].join('\n');
    const original = onlyDevice(before).filters.flatMap((s) => s.rules).find((r) => r.provenance.line === at + 1)!;
    const rules = onlyDevice(parse(edited)).filters.flatMap((s) => s.rules);
    const logged = rules.find((r) => r.provenance.line === at + 2)!;
    const repeated = rules.find((r) => r.provenance.line === at + 3)!;
    expect(logged.identity).toBe(original.identity);
    expect(logged.id).not.toBe(original.id);
    expect(repeated.identity).toBe(`${original.identity}#2`);
  });
});

describe('Cisco IOS: sequence numbers move, identities stay', () => {
  const text = fixture('ios/br-rtr01.cfg');
  const parse = (t: string) => parseIos(t, 'configs/br-rtr01.cfg');
  const before = parse(text);

  it('named lists pasted anew without sequence numbers, with a deny first in every extended list', () => {
    const after = parse(insertIosRules(text));
    expect(problems(after)).toEqual(problems(before));
    expectStable(rulesByIdentity(before.devices), rulesByIdentity(after.devices), 10);
  });

  it('removing `log` from an entry keeps its identity', () => {
    const after = parse(text.replace(' 120 deny   ip any any log', ' 120 deny   ip any any'));
    expect(rulesByIdentity(after.devices)).toEqual(rulesByIdentity(before.devices));
  });
});

describe('iptables: chain positions move, identities stay', () => {
  const text = fixture('iptables/lgwan-fw-main.rules');
  const companion = { text: fixture('iptables/lgwan-fw-main.ip'), file: 'configs/lgwan-fw-main.ip' };
  const parse = (t: string) => parseIptables(t, 'configs/lgwan-fw-main.rules', companion);
  const before = parse(text);

  it('a DROP first in every filter chain, and a non-translating stop first in both NAT user chains', () => {
    const nat = insertBefore(insertBefore(text, '-A PUBLISH ', '-A PUBLISH -s 198.19.0.0/16 -j RETURN'), '-A SNAT-DEPT ', '-A SNAT-DEPT -d 198.19.0.0/16 -j RETURN');
    const after = parse(insertIptablesRules(nat));
    expect(problems(after)).toEqual(problems(before));
    expectStable(rulesByIdentity(before.devices), rulesByIdentity(after.devices), 10);
    // A RETURN in the nat table only stops NAT: it renumbers the entries and adds none.
    expectStable(natByIdentity(onlyDevice(before)), natByIdentity(onlyDevice(after)), 10, false);
  });

  it('names a rule reached through a user chain by the jump and the rule, both by content', () => {
    const nested = onlyDevice(before)
      .filters.flatMap((s) => s.rules)
      .find((r) => r.id.includes('>'))!;
    const [outer, inner] = nested.identity!.split('>');
    expect(outer).toMatch(/^FORWARD:(.* )?-j \S+$/);
    expect(inner).not.toMatch(/^\S+:\d+$/);
  });
});

describe('neutral device file: rules without an id are numbered by position, identities stay', () => {
  // The fixture's rules, without their ids.
  const text = fixture('neutral/l3sw-annex.yaml').replace(/id: "\d+", /g, '');
  const parse = (t: string) => parseNeutralDevice(t, 'configs/l3sw-annex.yaml');

  it('a rule inserted first renumbers the others and changes no identity', () => {
    const before = parse(text);
    const first = text.split('\n').findIndex((l) => /^\s*- \{ action: /.test(l));
    const lines = text.split('\n');
    const indent = /^\s*/.exec(lines[first]!)![0];
    const after = parse([...lines.slice(0, first), `${indent}- { action: deny, source: [198.18.0.0/15] }`, ...lines.slice(first)].join('\n'));
    expect(problems(after)).toEqual(problems(before));
    expectStable(rulesByIdentity(before.devices), rulesByIdentity(after.devices), 3);
  });
});
