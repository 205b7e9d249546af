import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/report/messages/index.js';
import { renderSarif } from '../../src/report/sarif/index.js';
import { FIXTURE_SNAPSHOTS, SAMPLES, reportOf } from '../fixtures/sarif/audited-snapshots.js';
import { SCHEMA_FILE, isUri, isUriReference, officialSchema, sarifValidator } from '../fixtures/sarif/validate-sarif.js';

/**
 * Acceptance (issue 7): the SARIF output validates against the official SARIF 2.1.0 JSON
 * schema, vendored byte for byte, for every sample in both languages.
 */
const validate = sarifValidator();

/** A small log that is valid, to break one thing at a time in the negative controls. */
function validLog(): Record<string, unknown> {
  return {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'sansou', rules: [{ id: 'X' }] } },
        results: [
          {
            ruleId: 'X',
            level: 'error',
            message: { text: 'x' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'configs/fw.conf', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } } }],
          },
        ],
      },
    ],
  };
}

describe('the vendored SARIF schema', () => {
  it('is the OASIS SARIF 2.1.0 (errata 01) schema, as published', () => {
    const text = readFileSync(SCHEMA_FILE, 'utf8');
    const schema = officialSchema();
    expect(schema['$schema']).toBe('http://json-schema.org/draft-04/schema#');
    expect(schema['id']).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    expect(schema['title']).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
    expect((schema['properties'] as { version: { enum: string[] } }).version.enum).toEqual(['2.1.0']);
    // The copy's size as the source reported it: a truncated or re-indented copy differs.
    expect(text.length).toBe(112768);
  });

  it('accepts a minimal valid log, and the validator is not a rubber stamp', () => {
    expect(validate(validLog())).toEqual([]);
    const broken: Array<[string, (log: any) => void]> = [
      ['no version', (log) => delete log.version],
      ['an unknown level', (log) => (log.runs[0].results[0].level = 'fatal')],
      ['a line 0', (log) => (log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0)],
      ['a URI with a space', (log) => (log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'configs/fw core.conf')],
      ['a property SARIF does not define', (log) => (log.runs[0].results[0].snippet = 'x')],
      ['a message without text or id', (log) => (log.runs[0].results[0].message = {})],
    ];
    for (const [what, breakIt] of broken) {
      const log = validLog();
      breakIt(log);
      expect(validate(log), what).not.toEqual([]);
    }
  });

  it('checks URIs by RFC 3986', () => {
    for (const ok of ['samples/sample-town/configs/fw-core.conf', 'configs/%E6%9C%AC%E5%BA%81.conf', '../snap/a.conf', 'https://docs.oasis-open.org/x.json', '']) {
      expect(isUriReference(ok), ok).toBe(true);
    }
    for (const bad of ['configs/fw core.conf', 'configs/本庁.conf', 'configs/%zz.conf', 'C:\\snap\\a.conf']) expect(isUriReference(bad), bad).toBe(false);
    expect(isUri('https://docs.oasis-open.org/x.json')).toBe(true);
    expect(isUri('configs/fw.conf')).toBe(false);
  });
});

describe('sansou SARIF validates against the official schema', () => {
  it('finds the samples', () => {
    expect(SAMPLES).toContain('samples/sample-town');
    expect(SAMPLES).toContain('samples/sample-city');
    expect(SAMPLES.length).toBeGreaterThanOrEqual(8);
  });

  for (const dir of [...SAMPLES, ...FIXTURE_SNAPSHOTS]) {
    for (const lang of LANGUAGES) {
      it(`${dir} (${lang})`, () => {
        const doc = reportOf(dir, lang);
        const log: unknown = JSON.parse(renderSarif(doc, { snapshotDir: dir }));
        expect(validate(log)).toEqual([]);
        // sansou diff's shape: only some findings (here the first), also valid.
        const some: unknown = JSON.parse(renderSarif(doc, { snapshotDir: dir, findings: doc.findings.slice(0, 1), category: 'sansou/diff' }));
        expect(validate(some)).toEqual([]);
      });
    }
  }
});
