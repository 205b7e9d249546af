import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFortigate } from '../../../parsers/fortigate/index.js';
import { parseIos } from '../../../parsers/ios/index.js';
import { unreachableRules } from '../../../src/analysis/rule-reachability.js';
import { ruleShadowed } from '../../../src/checks/hygiene/rule-shadowed.js';
import type { Device } from '../../../src/model/device.js';
import type { Rule } from '../../../src/model/filter.js';
import { lineOf } from '../../helpers/config-tests.js';
import { device, iface, permit, stage } from '../../helpers/build-network.js';
import { randomNetwork } from '../../helpers/random-network.js';
import { FORTIGATE_CLEAN, FORTIGATE_DIRTY, IOS_CLEAN, IOS_DIRTY } from './configs.js';
import { checkOf, runHygiene, summary } from './helpers.js';

const deny = (id: string, line: number, src: string[], dst: string[], svc: string[] = [], extra: Partial<Rule> = {}): Rule => ({ ...permit(id, line, src, dst, svc, extra), action: 'deny', ...extra });
const fw = (rules: Rule[]) => device('fw', { interfaces: [iface('a', '10.20.0.1/24'), iface('b', '10.30.0.1/24')], filters: [stage(rules)] });

describe('RULE-SHADOWED on hand-built rules', () => {
  it('lists the covering rules, and tells a repeated decision from a lost one', () => {
    const rules = [
      permit('1', 10, ['10.20.0.0/24'], ['10.30.0.0/24'], ['tcp/443'], { name: 'web' }),
      permit('2', 11, ['10.20.0.0/25'], ['10.30.0.0/24'], ['tcp/80']),
      permit('3', 12, ['10.20.0.128/25'], ['10.30.0.0/24'], ['tcp/80']),
      permit('4', 13, ['10.20.0.5/32'], ['10.30.0.9/32'], ['tcp/443'], { name: 'one-host' }),
      deny('5', 14, ['10.20.0.0/24'], ['10.30.0.0/24'], ['tcp/80'], { name: 'block-http' }),
      permit('6', 15, ['10.20.0.0/24'], ['10.30.0.0/24'], ['udp/53']),
    ];
    const f = runHygiene([fw(rules)], 'rule-shadowed');
    expect(summary(f)).toEqual([
      ['redundant', { device: 'fw', stage: 'policy', rule: '4 "one-host"', coveredBy: '1' }],
      ['conflicting', { device: 'fw', stage: 'policy', rule: '5 "block-http"', coveredBy: '2, 3' }],
    ]);
    expect(f.map((x) => [x.check, x.severity, x.location])).toEqual([
      ['RULE-SHADOWED', 'low', { file: 'test.conf', line: 13 }],
      ['RULE-SHADOWED', 'low', { file: 'test.conf', line: 14 }],
    ]);
  });

  it('never reports an implicit rule, but names one that hides a written rule', () => {
    const intrazone: Rule = { ...permit('intrazone:LAN', 1, ['0.0.0.0/0'], ['0.0.0.0/0']), implicit: true };
    const rules = [intrazone, permit('7', 20, ['10.20.0.0/24'], ['10.30.0.0/24']), { ...deny('implicit-tail', 30, ['10.20.0.0/24'], ['10.30.0.0/24']), implicit: true }];
    expect(summary(runHygiene([fw(rules)], 'rule-shadowed'))).toEqual([['redundant', { device: 'fw', stage: 'policy', rule: '7', coveredBy: 'intrazone:LAN' }]]);
  });

  it('keeps fingerprints free of line numbers', () => {
    const at = (line: number) => [permit('1', line, ['10.20.0.0/24'], ['10.30.0.0/24']), permit('2', line + 1, ['10.20.0.1/32'], ['10.30.0.1/32'])];
    const [a] = runHygiene([fw(at(10))], 'rule-shadowed');
    const [b] = runHygiene([fw(at(500))], 'rule-shadowed');
    expect(a!.fingerprint).toBe(b!.fingerprint);
    expect(a!.location!.line).not.toBe(b!.location!.line);
  });
});

describe('RULE-SHADOWED through the parsers', () => {
  it('FortiGate: a policy repeated by an earlier group policy, and a deny the group policy already permits', () => {
    const parsed = parseFortigate(FORTIGATE_DIRTY, 'configs/fw-town.conf');
    const f = runHygiene(parsed.devices, 'rule-shadowed');
    expect(summary(f)).toEqual([
      ['redundant', { device: 'fw-town', stage: 'firewall policy', rule: '2 "proxy-https"', coveredBy: '1' }],
      ['conflicting', { device: 'fw-town', stage: 'firewall policy', rule: '3 "deny-proxy-http"', coveredBy: '1' }],
    ]);
    expect(f.map((x) => x.location)).toEqual([
      { file: 'configs/fw-town.conf', line: lineOf(FORTIGATE_DIRTY, 'edit 2', 'config firewall policy') },
      { file: 'configs/fw-town.conf', line: lineOf(FORTIGATE_DIRTY, 'edit 3', 'config firewall policy') },
    ]);
  });

  it('IOS: an ACE inside an earlier object-group ACE, and a permit after deny ip any any', () => {
    const f = runHygiene(parseIos(IOS_DIRTY, 'configs/rt-lgwan.cfg').devices, 'rule-shadowed');
    expect(summary(f)).toEqual([
      ['redundant', { device: 'rt-lgwan', stage: 'ip access-group LAN-IN in', rule: 'LAN-IN:20', coveredBy: 'LAN-IN:10' }],
      ['conflicting', { device: 'rt-lgwan', stage: 'ip access-group LAN-IN in', rule: 'LAN-IN:40', coveredBy: 'LAN-IN:30' }],
    ]);
  });

  it('reports nothing on clean configs', () => {
    expect(runHygiene(parseFortigate(FORTIGATE_CLEAN, 'configs/fw-clean.conf').devices, 'rule-shadowed')).toEqual([]);
    expect(runHygiene(parseIos(IOS_CLEAN, 'configs/rt-clean.cfg').devices, 'rule-shadowed')).toEqual([]);
  });
});

/**
 * Which rules are unreachable is unreachableRules' business, checked against brute force in
 * test/analysis/rule-reachability.test.ts. Here, on the analysis oracle's random networks
 * (some rules turned implicit), the check must map exactly those results: every written
 * unreachable rule once, its cover, its variant, and no implicit rule.
 */
describe('RULE-SHADOWED maps unreachableRules faithfully', () => {
  /** The oracle's random network for a seed, with about one rule in four made implicit. */
  const networkOf = (seed: number): Device[] =>
    randomNetwork(seed).devices.map((d) => ({
      ...d,
      filters: d.filters.map((s) => ({ ...s, rules: s.rules.map((r, k) => (((seed >>> k) & 3) === 0 ? { ...r, implicit: true } : r)) })),
    }));

  it('on random networks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const devices = networkOf(seed);
        const findings = ruleShadowed(devices, checkOf('rule-shadowed'));
        const expected = devices.flatMap((d) =>
          unreachableRules(d)
            .filter((u) => !u.rule.implicit)
            .map((u) => [u.conflicting ? 'conflicting' : 'redundant', { device: d.id, stage: u.stage.name, rule: u.rule.id, coveredBy: u.coveredBy.map((r) => r.id).join(', ') }]),
        );
        expect(summary(findings)).toEqual(expected);
        expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
      }),
      { numRuns: 200 },
    );
  });

  it('meets both variants and skips implicit rules on those networks (the property is not vacuous)', () => {
    const seen = { conflicting: 0, redundant: 0, implicitSkipped: 0 };
    for (let seed = 0; seed < 300; seed++) {
      const devices = networkOf(seed);
      for (const f of ruleShadowed(devices, checkOf('rule-shadowed'))) seen[f.variant as 'conflicting' | 'redundant']++;
      seen.implicitSkipped += devices.flatMap((d) => unreachableRules(d)).filter((u) => u.rule.implicit).length;
    }
    expect(seen.conflicting).toBeGreaterThan(0);
    expect(seen.redundant).toBeGreaterThan(0);
    expect(seen.implicitSkipped).toBeGreaterThan(0);
  });
});
