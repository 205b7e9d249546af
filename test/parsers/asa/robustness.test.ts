import fc from 'fast-check';
import { expectNoInternalError, survivesRandomBytes } from '../../helpers/config-tests.js';
import { describe, expect, it } from 'vitest';
import { parseAsa } from '../../../parsers/asa/index.js';
import { FIXTURE_NAMES, fixtureText, parseFixture } from './helpers.js';

function noInternalError(text: string): void {
  const r = parseAsa(text, 'fuzz.cfg');
  expectNoInternalError(r);
}

const HEADER = ': Saved\n:\nASA Version 9.16(4)57 \n';

describe('robustness: the parser never throws', () => {
  it('no fixture takes the internal-error path', () => {
    for (const name of FIXTURE_NAMES) {
      const r = parseFixture(name);
      expect(r.status, name).not.toBe('FAILED');
      expect(r.warnings.some((w) => w.comment.startsWith('internal error')), name).toBe(false);
    }
  });

  it('survives any edit of a real configuration: lines deleted, duplicated, swapped, replaced, truncated', () => {
    const lines = fixtureText('asa-branch-fw').split('\n');
    const edit = fc.array(
      fc.record({
        at: fc.nat(lines.length - 1),
        other: fc.nat(lines.length - 1),
        op: fc.constantFrom('delete', 'duplicate', 'swap', 'replace', 'truncate', 'cut-line'),
        junk: fc.string({ maxLength: 40 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(edit, (edits) => {
        let m = [...lines];
        for (const e of edits) {
          const n = Math.max(m.length, 1);
          const i = e.at % n;
          const j = e.other % n;
          if (e.op === 'delete') m.splice(i, 1);
          else if (e.op === 'duplicate') m.splice(i, 0, m[i] ?? '');
          else if (e.op === 'swap') [m[i], m[j]] = [m[j] ?? '', m[i] ?? ''];
          else if (e.op === 'replace') m[i] = e.junk;
          else if (e.op === 'truncate') m = m.slice(0, i);
          else m[i] = (m[i] ?? '').slice(0, j % 20);
        }
        noInternalError(m.join('\n'));
      }),
      { numRuns: 80 },
    );
  });

  it('survives statement soup after an ASA header', () => {
    const statement = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        'interface GigabitEthernet0/0',
        ' nameif outside',
        ' nameif',
        ' security-level 0',
        ' ip address 10.0.0.1 255.255.255.0',
        ' ip address 10.0.0.1',
        'object network o',
        ' host 10.0.0.5',
        ' subnet 10.0.0.0 255.0.255.0',
        ' nat (inside,outside) static interface service tcp 80',
        ' nat (inside,outside) dynamic',
        'object-group network g',
        ' group-object g',
        ' network-object object o',
        'object-group service p tcp',
        ' port-object range 5 1',
        'access-list A extended permit tcp any any eq',
        'access-list A extended permit object-group g any any',
        'access-list A extended deny ip any',
        'access-list A line',
        'access-list',
        'access-group A in interface',
        'access-group A global',
        'nat (inside,outside) source static o o destination static',
        'nat (any,any) after-auto source dynamic any interface',
        'nat (,) source',
        'route outside 0 0',
        'route outside 0.0.0.0 0.0.0.0 10.0.0.2 999',
        'icmp permit any',
        'ssh 10.0.0.0 255.255.255.0',
        'username',
        'crypto ca certificate chain X',
        '  quit',
        ': end',
      ),
    );
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 40 }), (body) => noInternalError(HEADER + body.join('\n'))),
      { numRuns: 200 },
    );
  });

  it('survives random bytes, with and without a header', () => {
    survivesRandomBytes(noInternalError, HEADER, { maxLength: 400, numRuns: 150, decode: 'utf-8' });
  });
});
