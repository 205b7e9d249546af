import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFortigate } from '../../../parsers/fortigate/index.js';
import { FIXTURE_NAMES, fixtureText, parseFixture } from './helpers.js';

const HEADER = '#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=admin\n';

function noInternalError(text: string): void {
  const r = parseFortigate(text, 'fuzz.conf');
  expect(r.warnings.filter((w) => w.comment.startsWith('internal error'))).toEqual([]);
  expect(['PASSED', 'PARTIALLY_UNRECOGNIZED', 'FAILED']).toContain(r.status);
}

describe('robustness', () => {
  it('no fixture triggers the internal-error path', () => {
    for (const name of FIXTURE_NAMES) {
      const r = parseFixture(name);
      expect(r.status, name).not.toBe('FAILED');
      expect(r.warnings.some((w) => w.comment.startsWith('internal error')), name).toBe(false);
    }
  });

  it('survives any edit of a real configuration: lines dropped, duplicated or replaced', () => {
    const lines = fixtureText('fgt-edge-sample').split('\n');
    const edit = fc.array(
      fc.record({
        at: fc.nat(lines.length - 1),
        op: fc.constantFrom('drop', 'dup', 'replace', 'truncate'),
        junk: fc.string({ maxLength: 40 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(edit, (edits) => {
        let mutated = [...lines];
        for (const e of edits) {
          const i = e.at % Math.max(mutated.length, 1);
          if (e.op === 'drop') mutated.splice(i, 1);
          else if (e.op === 'dup') mutated.splice(i, 0, mutated[i] ?? '');
          else if (e.op === 'replace') mutated[i] = e.junk;
          else mutated = mutated.slice(0, i);
        }
        noInternalError(mutated.join('\n'));
      }),
      { numRuns: 60 },
    );
  });

  it('survives arbitrary text after a FortiGate header', () => {
    const statement = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom('config firewall policy', 'edit 1', 'next', 'end', 'set srcaddr "a', 'set ip 1.2.3.4 255.0.255.0', 'config vdom', 'config global', 'edit root'),
    );
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 40 }), (body) => noInternalError(HEADER + body.join('\n'))),
      { numRuns: 150 },
    );
  });
});
