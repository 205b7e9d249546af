import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePanos } from '../../../parsers/paloalto/index.js';
import { FIXTURE_FILES, fixtureText, parseFixture } from './helpers.js';

function noInternalError(text: string, file: string): void {
  const r = parsePanos(text, file);
  expect(r.warnings.filter((w) => w.comment.startsWith('internal error'))).toEqual([]);
  expect(['PASSED', 'PARTIALLY_UNRECOGNIZED', 'FAILED']).toContain(r.status);
  for (const w of r.warnings) expect(Number.isInteger(w.line) && w.line >= 0 && w.line <= Math.max(r.lines, 1)).toBe(true);
}

const edits = (length: number) =>
  fc.array(
    fc.record({
      at: fc.nat(Math.max(length - 1, 0)),
      to: fc.nat(Math.max(length - 1, 0)),
      op: fc.constantFrom('drop', 'dup', 'swap', 'replace', 'truncate'),
      junk: fc.string({ maxLength: 40 }),
    }),
    { maxLength: 10 },
  );

function mutate(lines: readonly string[], changes: ReadonlyArray<{ at: number; to: number; op: string; junk: string }>): string {
  let out = [...lines];
  for (const e of changes) {
    const n = Math.max(out.length, 1);
    const i = e.at % n;
    const j = e.to % n;
    if (e.op === 'drop') out.splice(i, 1);
    else if (e.op === 'dup') out.splice(i, 0, out[i] ?? '');
    else if (e.op === 'swap') [out[i], out[j]] = [out[j] ?? '', out[i] ?? ''];
    else if (e.op === 'replace') out[i] = e.junk;
    else out = out.slice(0, i);
  }
  return out.join('\n');
}

describe('robustness: never throws, whatever the input', () => {
  it('no fixture triggers the internal-error path', () => {
    for (const f of FIXTURE_FILES) {
      const r = parseFixture(f);
      expect(r.status, f).not.toBe('FAILED');
      expect(r.warnings.some((w) => w.comment.startsWith('internal error')), f).toBe(false);
    }
  });

  for (const file of ['pa-dc01.xml', 'pa-shisho.set']) {
    it(`survives lines of ${file} deleted, duplicated, swapped, replaced or cut off`, () => {
      const lines = fixtureText(file).split('\n');
      fc.assert(
        fc.property(edits(lines.length), (changes) => noInternalError(mutate(lines, changes), file)),
        { numRuns: 40 },
      );
    });
  }

  it('survives truncation at any character of an XML export', () => {
    const text = fixtureText('pa-dc01.xml');
    fc.assert(
      fc.property(fc.nat(text.length), (at) => noInternalError(text.slice(0, at), 'cut.xml')),
      { numRuns: 40 },
    );
  });

  it('survives random bytes, alone or spliced into an export', () => {
    const text = fixtureText('pa-shisho.set');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(text.length), (bytes, at) => {
        const junk = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
        noInternalError(junk, 'junk.xml');
        noInternalError(text.slice(0, at) + junk + text.slice(at), 'spliced.set');
        noInternalError(`<config version="10.2.0"><devices>${junk}</devices></config>`, 'junk-in.xml');
      }),
      { numRuns: 40 },
    );
  });

  it('survives arbitrary set statements and tag soup', () => {
    const statement = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        'set zone',
        'set zone z network layer3 [',
        'set rulebase security rules r from',
        'set rulebase nat rules n source-translation static-ip bi-directional yes',
        'set rulebase nat rules n destination-translation translated-address',
        'set address a ip-range 10.0.0.9-10.0.0.1',
        'set network virtual-router v routing-table ip static-route r nexthop discard extra',
        'set vsys',
        'set vsys vsys9 zone q network layer3 ethernet1/1',
        'set "',
        'set a [ ]',
      ),
    );
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 30 }), (body) => noInternalError(`set deviceconfig system hostname fz\n${body.join('\n')}`, 'fz.set')),
      { numRuns: 80 },
    );
    const tag = fc.constantFrom('config', 'devices', 'entry', 'vsys', 'zone', 'rulebase', 'security', 'rules', 'nat', 'member', 'address', 'ip-netmask', 'network', 'interface', 'ethernet', 'layer3', 'ip', 'units');
    const soup = fc.array(fc.oneof(tag.map((t) => `<${t}>`), tag.map((t) => `</${t}>`), tag.map((t) => `<${t} name="x"/>`), fc.string({ maxLength: 8 })), { maxLength: 40 });
    fc.assert(
      fc.property(soup, (parts) => noInternalError(`<config version="10.2.0"><devices>${parts.join('\n')}`, 'soup.xml')),
      { numRuns: 80 },
    );
  });

  it('handles deep nesting and huge entity chains without recursion trouble', () => {
    const deep = `<config version="10.2.0"><devices/><panorama>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</panorama></config>`;
    noInternalError(deep, 'deep.xml');
    const chain = `<?xml version="1.0"?>\n<!DOCTYPE c [${Array.from({ length: 50 }, (_, k) => `<!ENTITY e${k} "${`&e${k - 1};`.repeat(k === 0 ? 0 : 10)}x">`).join('')}]>\n<config><devices><entry name="localhost.localdomain"><deviceconfig><system><hostname>&e49;</hostname></system></deviceconfig></entry></devices></config>`;
    const r = parsePanos(chain, 'chain.xml');
    expect(r.status).toBe('PASSED');
    expect(r.devices[0]!.hostname).toBe('&e49;');
  });
});
