import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { buildReport } from '../../src/report/report-document.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';

// sansou.yaml and waivers.yaml saved as Shift_JIS (CP932) by an older Windows editor.
describe('YAML files in Shift_JIS', () => {
  const snapshot = loadSnapshot('test/fixtures/snapshots/cp932-town');

  it('the site file reads without garbling its Japanese names', () => {
    expect(snapshot.siteFile!.result.errors).toEqual([]);
    const site = snapshot.siteFile!.result.site!;
    expect(site.organization).toBe('サンプル町');
    expect(site.segments.find((s) => s.id === 'lgwan')!.name).toBe('LGWAN接続系');
  });

  it('the waivers file too, and the report carries its words intact', () => {
    expect(snapshot.waiversFile!.result.errors).toEqual([]);
    const doc = buildReport(audit(snapshot, { today: '2026-11-22' }), 'ja');
    expect(doc.unusedWaivers.map((w) => [w.reason, w.approver])).toEqual([['移行期間中の暫定措置', '情報政策課長']]);
  });
});
