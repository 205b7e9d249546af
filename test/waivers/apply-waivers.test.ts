import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/checks/finding.js';
import { WaiverDateError, applyWaivers, isInForce, isWaiverDateError } from '../../src/waivers/apply-waivers.js';
import { isIsoDate, localDate } from '../../src/waivers/iso-date.js';
import { globMatches, waiverMatches } from '../../src/waivers/match-finding.js';
import type { Waiver, WaiverSelector } from '../../src/waivers/waiver-types.js';

function finding(check: string, fingerprint: string, fields: Partial<Pick<Finding, 'from' | 'to' | 'params'>> = {}): Finding {
  return { check, severity: 'critical', params: {}, fingerprint: fingerprint.padEnd(32, '0'), ...fields };
}

let line = 0;
function waiver(id: string, selector: WaiverSelector, expires: string): Waiver {
  line += 6;
  return { id, selector, reason: 'r', approver: 'a', expires, file: 'waivers.yaml', line };
}

const byFingerprint = (id: string, fp: string, expires = '2026-12-31') => waiver(id, { kind: 'fingerprint', fingerprint: fp.padEnd(32, '0') }, expires);
const byCheck = (id: string, check: string, match: Record<string, string> = {}, expires = '2026-12-31') => waiver(id, { kind: 'check', check, match }, expires);

const SMB = finding('INTERNET-LGWAN-UNSANITIZED', 'aa', { from: 'internet', to: 'lgwan', params: { from: 'internet', to: 'lgwan' } });
const MN = finding('MYNUMBER-LGWAN', 'bb', { from: 'mynumber', to: 'lgwan', params: { from: 'mynumber', to: 'lgwan' } });
const BRIDGE = finding('UNFILTERED-BRIDGE', 'cc', { from: 'lgwan', to: 'mynumber', params: { device: 'core-sw', in: 'Vlan120', out: 'Vlan110', from: 'lgwan', to: 'mynumber' } });
const SUBNET = finding('UNCLASSIFIED-NETWORK', 'dd', { params: { device: 'fw-core/root', iface: 'port7', subnet: '10.50.0.0/24', vlan: 120 } });
const ALL = [SMB, MN, BRIDGE, SUBNET];
const TODAY = '2026-06-30';

describe('applyWaivers: selection', () => {
  it('a fingerprint waives exactly that finding', () => {
    const w = byFingerprint('W-1', 'aa');
    const out = applyWaivers(ALL, [w], TODAY);
    expect(out.waived).toEqual([{ finding: SMB, waiver: w }]);
    expect(out.active).toEqual([MN, BRIDGE, SUBNET]);
    expect(out.expired).toEqual([]);
    expect(out.unused).toEqual([]);
  });

  it('a check without match waives every finding of the check', () => {
    const w = byCheck('W-1', 'MYNUMBER-LGWAN');
    const out = applyWaivers(ALL, [w], TODAY);
    expect(out.waived.map((x) => x.finding)).toEqual([MN]);
  });

  it('match compares from/to and message parameters, with * as a glob', () => {
    const cases: Array<[Record<string, string>, Finding[]]> = [
      [{ from: 'lgwan', to: 'mynumber' }, [BRIDGE]],
      [{ device: 'core-*' }, [BRIDGE]],
      [{ device: '*-sw', in: 'Vlan12*', out: 'Vlan110' }, [BRIDGE]],
      [{ device: '*' }, [BRIDGE]],
      [{ device: 'core' }, []],
      [{ device: 'CORE-SW' }, []],
      [{ to: 'lgwan' }, []],
    ];
    for (const [match, expected] of cases) {
      const out = applyWaivers(ALL, [byCheck('W-1', 'UNFILTERED-BRIDGE', match)], TODAY);
      expect(out.waived.map((x) => x.finding), JSON.stringify(match)).toEqual(expected);
    }
  });

  it('compares numbers as text and treats the glob characters of regular expressions literally', () => {
    expect(waiverMatches(byCheck('W', 'UNCLASSIFIED-NETWORK', { vlan: '120', subnet: '10.50.0.0/24' }), SUBNET)).toBe(true);
    expect(waiverMatches(byCheck('W', 'UNCLASSIFIED-NETWORK', { subnet: '10.50.0.0/2?' }), SUBNET)).toBe(false);
    expect(waiverMatches(byCheck('W', 'UNCLASSIFIED-NETWORK', { subnet: '10.50.*' }), SUBNET)).toBe(true);
    expect(waiverMatches(byCheck('W', 'UNCLASSIFIED-NETWORK', { device: 'fw-core/*' }), SUBNET)).toBe(true);
    expect(globMatches('a.c', 'abc')).toBe(false);
    expect(globMatches('a*c*', 'ac')).toBe(true);
    expect(globMatches('(x)*', '(x)y')).toBe(true);
  });

  it('a key the finding does not have never matches, so a typo leaves the waiver unused', () => {
    const w = byCheck('W-1', 'UNFILTERED-BRIDGE', { devise: '*' });
    const out = applyWaivers(ALL, [w], TODAY);
    expect(out.waived).toEqual([]);
    expect(out.unused).toEqual([w]);
    // from/to come from the finding itself when its params lack them.
    const own = finding('X', 'ee', { from: 'internet', to: 'dmz' });
    expect(waiverMatches(byCheck('W', 'X', { from: 'internet', to: 'd*' }), own)).toBe(true);
  });
});

describe('applyWaivers: expiry', () => {
  it('a waiver applies through its expiry day and not the day after', () => {
    const w = byFingerprint('W-1', 'aa', '2026-12-31');
    expect(applyWaivers([SMB], [w], '2026-12-30').waived).toHaveLength(1);
    expect(applyWaivers([SMB], [w], '2026-12-31').waived).toHaveLength(1);
    const after = applyWaivers([SMB], [w], '2027-01-01');
    expect(after.waived).toEqual([]);
    expect(after.active).toEqual([SMB]);
    expect(after.expired).toEqual([{ finding: SMB, waiver: w }]);
    expect(isInForce(w, '2026-12-31')).toBe(true);
    expect(isInForce(w, '2027-01-01')).toBe(false);
  });

  it('an expired waiver reinstates its findings: still active, and listed as expired', () => {
    const w = byCheck('W-1', 'MYNUMBER-LGWAN', { from: 'mynumber' }, '2025-03-31');
    const out = applyWaivers(ALL, [w], TODAY);
    expect(out.active).toEqual(ALL);
    expect(out.expired).toEqual([{ finding: MN, waiver: w }]);
    expect(out.unused).toEqual([]);
  });

  it('of several expired waivers, the report names the one that expired last', () => {
    const older = byCheck('W-1', 'MYNUMBER-LGWAN', {}, '2024-03-31');
    const newer = byFingerprint('W-2', 'bb', '2025-03-31');
    expect(applyWaivers([MN], [older, newer], TODAY).expired).toEqual([{ finding: MN, waiver: newer }]);
  });

  it('a finding matched by a valid and an expired waiver is waived by the valid one', () => {
    const expired = byFingerprint('W-old', 'bb', '2025-03-31');
    const valid = byCheck('W-new', 'MYNUMBER-LGWAN', { to: 'lgwan' }, '2027-03-31');
    for (const order of [[expired, valid], [valid, expired]]) {
      const out = applyWaivers([MN], order, TODAY);
      expect(out.waived).toEqual([{ finding: MN, waiver: valid }]);
      expect(out.active).toEqual([]);
      expect(out.expired).toEqual([]);
      // Both matched a finding, so neither is stale.
      expect(out.unused).toEqual([]);
    }
  });

  it('of several waivers in force, the first in the file is named', () => {
    const first = byCheck('W-1', 'MYNUMBER-LGWAN', {}, '2026-07-01');
    const second = byFingerprint('W-2', 'bb', '2027-01-01');
    expect(applyWaivers([MN], [first, second], TODAY).waived).toEqual([{ finding: MN, waiver: first }]);
  });
});

describe('applyWaivers: unused waivers', () => {
  it('lists waivers that match no finding, in file order, whether in force or expired', () => {
    const valid = byCheck('W-1', 'RULE-SHADOWED', { device: 'fw-core' }, '2027-03-31');
    const used = byFingerprint('W-2', 'aa');
    const expiredUnused = byFingerprint('W-3', 'ff', '2024-01-31');
    const out = applyWaivers(ALL, [valid, used, expiredUnused], TODAY);
    expect(out.unused).toEqual([valid, expiredUnused]);
    expect(isInForce(expiredUnused, TODAY)).toBe(false);
    expect(out.waived.map((x) => x.waiver)).toEqual([used]);
  });

  it('with no findings every waiver is unused; with no waivers every finding is active', () => {
    const w = byFingerprint('W-1', 'aa');
    expect(applyWaivers([], [w], TODAY)).toEqual({ active: [], waived: [], expired: [], unused: [w] });
    expect(applyWaivers(ALL, [], TODAY)).toEqual({ active: ALL, waived: [], expired: [], unused: [] });
  });
});

describe('applyWaivers: purity and dates', () => {
  it('keeps the order of its inputs and does not change them', () => {
    const waivers = [byFingerprint('W-1', 'cc'), byFingerprint('W-2', 'aa')];
    const findings = [...ALL];
    const out = applyWaivers(findings, waivers, TODAY);
    expect(out.waived.map((x) => x.finding)).toEqual([SMB, BRIDGE]);
    expect(findings).toEqual(ALL);
    expect(applyWaivers(findings, waivers, TODAY)).toEqual(out);
  });

  it('rejects a today that is not a date with a typed error', () => {
    for (const today of ['2026-6-30', '2026-02-30', '', 'today']) {
      let caught: unknown;
      try {
        applyWaivers(ALL, [], today);
      } catch (error) {
        caught = error;
      }
      expect(isWaiverDateError(caught), today).toBe(true);
      expect(caught).toBeInstanceOf(WaiverDateError);
    }
    expect(isWaiverDateError(new Error('x'))).toBe(false);
  });

  it('isIsoDate knows the calendar; localDate writes the local day', () => {
    expect(['2026-12-31', '2028-02-29', '2000-02-29'].every(isIsoDate)).toBe(true);
    expect(['2026-02-29', '1900-02-29', '2026-12-32', '2026-12-3', '2026-12-31T00:00'].some(isIsoDate)).toBe(false);
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});
