import { describe, expect, it } from 'vitest';
import { SNAPSHOTROOT, SRCROOT, artifactResolver } from '../../src/report/sarif/artifact-uri.js';

/**
 * Artifact URIs: relative to the directory sansou ran from (GitHub resolves %SRCROOT% against
 * the checkout), forward slashes, percent-encoded, and never an absolute path.
 */
describe('artifactResolver', () => {
  it('joins the snapshot directory as typed with the report’s snapshot-relative file', () => {
    const r = artifactResolver('samples/sample-town');
    expect(r.uriBaseId).toBe(SRCROOT);
    expect(r.locate('configs/fw-core.conf', 'snapshot')).toEqual({ uri: 'samples/sample-town/configs/fw-core.conf', uriBaseId: SRCROOT });
  });

  it('normalizes ./, trailing slashes, doubled slashes, backslashes and ..', () => {
    for (const typed of ['./samples/sample-town/', 'samples//sample-town', 'samples\\sample-town', 'samples/other/../sample-town', 'samples/sample-town/.']) {
      expect(artifactResolver(typed).locate('configs/fw-core.conf', 'snapshot')?.uri, typed).toBe('samples/sample-town/configs/fw-core.conf');
    }
    expect(artifactResolver('.').locate('configs/fw-core.conf', 'snapshot')?.uri).toBe('configs/fw-core.conf');
    expect(artifactResolver('../elsewhere/snap').locate('configs/a.conf', 'snapshot')?.uri).toBe('../elsewhere/snap/configs/a.conf');
  });

  it('makes an absolute snapshot path relative to the working directory, which it never writes', () => {
    const r = artifactResolver('/home/me/repo/sites/a', '/home/me/repo');
    expect(r.locate('configs/fw.conf', 'snapshot')).toEqual({ uri: 'sites/a/configs/fw.conf', uriBaseId: SRCROOT });
    expect(artifactResolver('C:\\repo\\sites\\a', 'c:\\repo').locate('configs/fw.conf', 'snapshot')?.uri).toBe('sites/a/configs/fw.conf');
  });

  it('falls back to URIs relative to the snapshot when only an absolute path could name it', () => {
    const r = artifactResolver('/srv/snapshots/a');
    expect(r.uriBaseId).toBe(SNAPSHOTROOT);
    expect(r.locate('configs/fw.conf', 'snapshot')).toEqual({ uri: 'configs/fw.conf', uriBaseId: SNAPSHOTROOT });
    // A --ruleset file named relative to an unknown working directory cannot be placed.
    expect(r.locate('my-rules.yaml', 'cwd')).toBeUndefined();
    // Across Windows drives there is no relative path at all.
    expect(artifactResolver('D:\\snap', 'C:\\repo').uriBaseId).toBe(SNAPSHOTROOT);
  });

  it('names --ruleset files relative to the working directory, not the snapshot', () => {
    const r = artifactResolver('samples/sample-town', '/repo');
    expect(r.locate('rules/extra.yaml', 'cwd')?.uri).toBe('rules/extra.yaml');
    expect(r.locate('/repo/rules/extra.yaml', 'cwd')?.uri).toBe('rules/extra.yaml');
    expect(r.locate('/etc/extra.yaml', 'cwd')?.uri).toBe('../etc/extra.yaml');
    expect(artifactResolver('samples/sample-town').locate('/etc/extra.yaml', 'cwd')).toBeUndefined();
  });

  it('percent-encodes names, so Japanese, spaces and colons stay valid URI references', () => {
    const r = artifactResolver('拠点 A');
    expect(r.locate('configs/本庁:fw.conf', 'snapshot')?.uri).toBe(`${encodeURIComponent('拠点 A')}/configs/${encodeURIComponent('本庁:fw.conf')}`);
    expect(decodeURIComponent(r.locate('configs/本庁:fw.conf', 'snapshot')!.uri!)).toBe('拠点 A/configs/本庁:fw.conf');
  });
});
