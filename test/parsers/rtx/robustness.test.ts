import fc from 'fast-check';
import { expectNoInternalError, survivesRandomBytes } from '../../helpers/config-tests.js';
import { describe, expect, it } from 'vitest';
import { parseRtx } from '../../../parsers/rtx/index.js';
import { FIXTURE_NAMES, fixtureText, parseFixture } from './helpers.js';

const HEADER = '# RTX1220 Rev.15.04.04 (Mon Jan 15 11:29:42 2024)\n';

function noInternalError(text: string): void {
  const r = parseRtx(text, 'configs/fuzz.config');
  expectNoInternalError(r);
  for (const w of r.warnings) expect(w.line).toBeLessThanOrEqual(Math.max(r.lines, 1));
}

describe('robustness: the parser never throws', () => {
  it('no fixture triggers the internal-error path', () => {
    for (const name of FIXTURE_NAMES) {
      const r = parseFixture(name);
      expect(r.status, name).not.toBe('FAILED');
      expect(r.warnings.some((w) => w.comment.startsWith('internal error')), name).toBe(false);
    }
  });

  it('survives any edit of real exports: lines deleted, duplicated, swapped, replaced, truncated', () => {
    const sources = ['rtx830-shisho', 'rtx810-kominkan', 'rtx1210-broken'].map((n) => fixtureText(n).split('\n'));
    const edit = fc.record({
      source: fc.nat(sources.length - 1),
      edits: fc.array(
        fc.record({
          at: fc.nat(400),
          to: fc.nat(400),
          op: fc.constantFrom('delete', 'duplicate', 'swap', 'replace', 'truncate-line', 'truncate-file'),
          junk: fc.string({ maxLength: 40 }),
          cut: fc.nat(90),
        }),
        { maxLength: 12 },
      ),
    });
    fc.assert(
      fc.property(edit, ({ source, edits }) => {
        let lines = [...sources[source]!];
        for (const e of edits) {
          const n = Math.max(lines.length, 1);
          const i = e.at % n;
          const j = e.to % n;
          if (e.op === 'delete') lines.splice(i, 1);
          else if (e.op === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
          else if (e.op === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
          else if (e.op === 'replace') lines[i] = e.junk;
          else if (e.op === 'truncate-line') lines[i] = (lines[i] ?? '').slice(0, e.cut);
          else lines = lines.slice(0, i);
        }
        noInternalError(lines.join('\n'));
      }),
      { numRuns: 80 },
    );
  });

  it('survives arbitrary statements after an RTX header, RTX-shaped or not', () => {
    const word = fc.constantFrom('ip', 'lan1', 'lan1/2', 'pp', 'tunnel', 'select', '1', 'none', 'anonymous', 'filter', 'dynamic', 'set', 'secure', 'in', 'out', 'name', 'address', 'secondary', 'dhcp', 'nat', 'descriptor', 'type', 'masquerade', 'static', 'incoming', 'forward', 'outer', 'inner', 'primary', 'ipcp', 'route', 'default', 'gateway', 'null', 'hide', 'weight', 'metric', 'pass', 'reject', 'restrict', '*', 'tcp', 'icmp', 'www', '10.0.0.1', '10.0.0.0/8', '10.0.*.1', '1-', '-5', '"', 'a=b', 'telnetd', 'host', 'lan', 'sshd', 'key', 'generate', 'login', 'user', 'encrypted', 'description', 'vlan', '802.1q', 'vid', 'rebound', 'off', 'enable', 'all', 'tcpflag=0x0002/0x0002', '99999999999', '0x', '');
    const statement = fc.oneof(fc.array(word, { minLength: 1, maxLength: 9 }).map((w) => w.join(' ')), fc.string({ maxLength: 60 }), fc.constant('x'.repeat(80)));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), statement), { maxLength: 40 }), (body) => noInternalError(HEADER + body.map(([indent, s]) => (indent ? ` ${s}` : s)).join('\n'))),
      { numRuns: 200 },
    );
  });

  it('survives random bytes, with or without a header', () => {
    survivesRandomBytes(noInternalError, HEADER, { maxLength: 600, numRuns: 120, decode: 'latin1' });
  });
});
