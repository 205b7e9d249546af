import { describe, expect, it } from 'vitest';
import { parsePanos, readPanosConfig } from '../../../parsers/paloalto/index.js';
import { FIXTURE_FILES, fixtureText, parseFixture, toJson } from './helpers.js';

/**
 * Every secret written in the fixtures carries one of these markers (the sample city's hashes
 * are listed as they are); none may come out of the parser in any form.
 */
const MARKERS = ['MustNotLeak', 'MustNeverLeak', 'QbV2kT8rW3yLm7NcHf1sDuE9aZ0oXgJ5pYtR6vKiM4B', 'Lm3Nx8QzR1vT5yWcB7dFgH2jK9pS4aE6uI0oZxC3VbN'];
const ALL = [...FIXTURE_FILES, 'sample:pa-edge.xml'];

function assertClean(output: string, where: string): void {
  for (const m of MARKERS) expect(output.includes(m), `${m} in ${where}`).toBe(false);
}

describe('secrets never leave the parser', () => {
  it('the fixtures really contain secrets of every kind this test looks for', () => {
    const all = ALL.map(fixtureText).join('\n');
    for (const m of MARKERS) expect(all.includes(m), m).toBe(true);
    for (const kind of ['<phash>', 'private-key', '<key>', 'snmp-community-string', 'bind-password', '<authpwd>', '<privpwd>', '<secret>', 'pre-shared-key key']) {
      expect(all.includes(kind), kind).toBe(true);
    }
  });

  for (const file of ALL) {
    it(`${file}: neither the neutral result, the typed configuration nor any warning holds one`, () => {
      const parsed = parseFixture(file);
      assertClean(toJson(parsed), `${file} ParsedConfig`);
      assertClean(toJson(readPanosConfig(fixtureText(file)).config ?? {}), `${file} typed configuration`);
      for (const w of parsed.warnings) assertClean(`${w.text} ${w.comment} ${w.context}`, `${file} warning line ${w.line}`);
    });
  }

  it('masks secrets on lines that do get a warning, in both formats', () => {
    const set = [
      'set deviceconfig system hostname fw',
      'set mgt-config users admin phash $5$SetHashSecret1 trailing-word',
      'set network ike gateway g authentication pre-shared-key key -AQ==SetPskSecret2 extra',
      'set shared certificate c private-key "-----BEGIN RSA PRIVATE KEY-----',
      'SetKeyBodySecret3',
      'set deviceconfig system snmp-setting access-setting version v2c snmp-community-string SetCommunitySecret4 more',
    ].join('\n');
    const r = parsePanos(set, 'fw.set');
    expect(r.warnings.length).toBeGreaterThan(0);
    const out = toJson(r);
    for (const s of ['SetHashSecret1', 'SetPskSecret2', 'SetKeyBodySecret3', 'SetCommunitySecret4']) expect(out.includes(s), s).toBe(false);

    const xml = [
      '<config version="10.2.0">',
      '<devices><entry name="localhost.localdomain">',
      '<mystery-auth><api-token>XmlTokenSecret5</api-token></mystery-auth>',
      '<deviceconfig><system><hostname>fw</hostname></system></deviceconfig>',
      '<bogus><private-key>-----BEGIN RSA PRIVATE KEY-----',
      'XmlKeyBodySecret6 <unclosed',
      '-----END RSA PRIVATE KEY-----</private-key></bogus>',
      '</entry></devices>',
      '</config>',
    ].join('\n');
    const x = parsePanos(xml, 'fw.xml');
    expect(x.warnings.length).toBeGreaterThan(0);
    const xout = toJson(x);
    for (const s of ['XmlTokenSecret5', 'XmlKeyBodySecret6']) expect(xout.includes(s), s).toBe(false);
  });
});
