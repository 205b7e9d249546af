import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIptables } from '../../../parsers/iptables/index.js';
import { readLinuxIp } from '../../../parsers/linux-ip/index.js';
import { FIXTURE_HOSTS, companionText, parseFixture, rulesText } from './helpers.js';

function noInternalError(text: string, companion?: string): void {
  const r = parseIptables(text, 'fuzz.rules', companion === undefined ? undefined : { text: companion, file: 'fuzz.ip' });
  expect(r.warnings.filter((w) => w.comment.startsWith('internal error'))).toEqual([]);
  expect(['PASSED', 'PARTIALLY_UNRECOGNIZED', 'FAILED']).toContain(r.status);
}

/** Deleted, duplicated, swapped and replaced lines, and a cut, applied to a real file. */
const edits = (n: number) =>
  fc.array(
    fc.record({
      at: fc.nat(Math.max(n - 1, 0)),
      to: fc.nat(Math.max(n - 1, 0)),
      op: fc.constantFrom('drop', 'dup', 'swap', 'replace', 'truncate'),
      junk: fc.string({ maxLength: 40 }),
    }),
    { maxLength: 12 },
  );

function mutate(lines: readonly string[], list: ReadonlyArray<{ at: number; to: number; op: string; junk: string }>): string {
  let m = [...lines];
  for (const e of list) {
    const i = e.at % Math.max(m.length, 1);
    const j = e.to % Math.max(m.length, 1);
    if (e.op === 'drop') m.splice(i, 1);
    else if (e.op === 'dup') m.splice(i, 0, m[i] ?? '');
    else if (e.op === 'swap') [m[i], m[j]] = [m[j] ?? '', m[i] ?? ''];
    else if (e.op === 'replace') m[i] = e.junk;
    else m = m.slice(0, i);
  }
  return m.join('\n');
}

describe('robustness', () => {
  it('no fixture triggers the internal-error path', () => {
    for (const h of FIXTURE_HOSTS) {
      const r = parseFixture(h);
      expect(r.status, h).not.toBe('FAILED');
      expect(r.warnings.some((w) => w.comment.startsWith('internal error')), h).toBe(false);
    }
  });

  it('survives deleted, duplicated, swapped and replaced lines and cuts of a real ruleset and its companion', () => {
    const rules = rulesText('fw-gw01').split('\n');
    const ip = companionText('fw-gw01')!.split('\n');
    fc.assert(
      fc.property(edits(rules.length), edits(ip.length), (a, b) => noInternalError(mutate(rules, a), mutate(ip, b))),
      { numRuns: 60 },
    );
  });

  it('survives arbitrary rule words after a table header', () => {
    const word = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('-A', 'FORWARD', '-j', '-g', 'ACCEPT', 'RETURN', 'DNAT', '--to-destination', '1.2.3.4:80-90', '-m', 'tcp', 'multiport', '--dports', '!', '-s', '10.0.0.0/33', '"', 'LAN', ':LAN', '-', '[0:0]', 'COMMIT', '*nat', '-p', 'icmp', '--icmp-type', '-i', 'eth+', '-N', '-P', '-I', 'set', '--match-set'),
    );
    const line = fc.array(word, { maxLength: 14 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (body) => noInternalError(`*filter\n:FORWARD DROP [0:0]\n:LAN - [0:0]\n${body.join('\n')}\nCOMMIT\n`)),
      { numRuns: 150 },
    );
  });

  it('survives random bytes, as rules and as companion', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 400 }), (a, b) => {
        noInternalError(`*filter\n${a}`, b);
        noInternalError(a, b);
        expect(() => readLinuxIp(b, 'x.ip')).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});
