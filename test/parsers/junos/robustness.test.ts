import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJunos } from '../../../parsers/junos/index.js';
import { FIXTURE_NAMES, fixtureText, parseFixture } from './helpers.js';

function noInternalError(text: string): void {
  const r = parseJunos(text, 'fuzz.conf');
  expect(r.warnings.filter((w) => w.comment.startsWith('internal error'))).toEqual([]);
  expect(['PASSED', 'PARTIALLY_UNRECOGNIZED', 'FAILED']).toContain(r.status);
}

const edits = (size: number) =>
  fc.array(
    fc.record({
      at: fc.nat(Math.max(size - 1, 0)),
      to: fc.nat(Math.max(size - 1, 0)),
      op: fc.constantFrom('drop', 'dup', 'swap', 'replace', 'truncate', 'cut-line'),
      junk: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('}', '{', 'inactive:', '[', ']', ';', '"', '/*', 'deactivate security', 'set security policies', 'set groups G interfaces <*>')),
    }),
    { maxLength: 10 },
  );

function mutate(lines: string[], list: ReadonlyArray<{ at: number; to: number; op: string; junk: string }>): string {
  let out = [...lines];
  for (const e of list) {
    const i = e.at % Math.max(out.length, 1);
    const j = e.to % Math.max(out.length, 1);
    if (e.op === 'drop') out.splice(i, 1);
    else if (e.op === 'dup') out.splice(i, 0, out[i] ?? '');
    else if (e.op === 'swap') [out[i], out[j]] = [out[j] ?? '', out[i] ?? ''];
    else if (e.op === 'replace') out[i] = e.junk;
    else if (e.op === 'cut-line') out[i] = (out[i] ?? '').slice(0, (out[i] ?? '').length >> 1);
    else out = out.slice(0, i);
  }
  return out.join('\n');
}

describe('robustness: the parser never throws', () => {
  it('parses every fixture without the internal-error path', () => {
    for (const name of FIXTURE_NAMES) {
      const r = parseFixture(name);
      expect(r.status, name).not.toBe('FAILED');
      expect(r.warnings.some((w) => w.comment.startsWith('internal error')), name).toBe(false);
    }
  });

  for (const name of ['srx-branch01', 'srx-fw', 'mx-edge01'] as const) {
    it(`survives lines of ${name} deleted, duplicated, swapped, replaced or cut`, () => {
      const lines = fixtureText(name).split('\n');
      fc.assert(
        fc.property(edits(lines.length), (list) => noInternalError(mutate(lines, list))),
        { numRuns: 60, seed: 4242 },
      );
    });
  }

  it('survives truncation at any character of a brace export', () => {
    const text = fixtureText('srx-fw');
    fc.assert(
      fc.property(fc.nat(text.length), (n) => noInternalError(text.slice(0, n))),
      { numRuns: 80, seed: 7 },
    );
  });

  it('survives arbitrary statements after a Junos header, in both formats', () => {
    const word = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('security', 'policies', 'from-zone', 'to-zone', 'policy', 'match', 'then', 'permit', 'nat', 'static', 'rule-set', 'rule', 'source', 'destination', 'pool', 'address', 'interfaces', 'unit', 'family', 'inet', 'filter', 'term', 'from', 'routing-options', 'route', 'next-hop', 'groups', 'apply-groups', '<*>', 'any', '0', '10.0.0.1/24', '[', ']', 'except', 'inactive:'),
    );
    const statement = fc.array(word, { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 30 }), fc.boolean(), (body, brace) => {
        const text = brace
          ? `version 21.4R1;\nsystem {\n    host-name x;\n}\n${body.map((s) => `${s.join(' ')} ${s.length % 3 === 0 ? '{' : s.length % 3 === 1 ? ';' : '}'}`).join('\n')}`
          : `set version 21.4R1\n${body.map((s) => `set ${s.join(' ')}`).join('\n')}`;
        noInternalError(text);
      }),
      { numRuns: 150, seed: 99 },
    );
  });

  it('survives random bytes, alone and spliced into an export', () => {
    const text = fixtureText('srx-branch01');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.nat(text.length), (bytes, at) => {
        const noise = Buffer.from(bytes).toString('latin1');
        noInternalError(noise);
        noInternalError(text.slice(0, at) + noise + text.slice(at));
      }),
      { numRuns: 40, seed: 3 },
    );
  });

  it('stays linear on a long list of statements and deeply nested blocks', () => {
    const many = ['set version 21.4R1', ...Array.from({ length: 10000 }, (_, i) => `set security address-book global address a${i} 10.${(i >> 8) & 255}.${i & 255}.0/24`)].join('\n');
    expect(parseJunos(many, 'big.conf').status).toBe('PASSED');
    const deep = `version 21.4R1;\nsystem {\n${'a {\n'.repeat(3000)}b c;\n${'}\n'.repeat(3000)}}\n`;
    noInternalError(deep);
  });
});
