// Diff mode: the after snapshot browsed with each finding marked against the before one.
// Written with createElement, like app.test.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { createElement } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/tui/app.js';
import { loadTuiData } from '../../src/tui/data/load-tui-data.js';
import type { TuiData } from '../../src/tui/data/tui-data.js';
import { filterChoices } from '../../src/tui/state/finding-filter.js';
import { buildTuiModel } from '../../src/tui/state/tui-model.js';
import { lineOf } from '../helpers/run-cli.js';
import { SAMPLE_TOWN, TODAY } from '../helpers/tui-fixtures.js';
import { KEY, type TuiHarness, linesWiderThan, renderTui } from '../helpers/tui-render.js';

const CLEAN = 'samples/sample-town-clean';
const SECRETS = readdirSync(`${SAMPLE_TOWN}/configs`).flatMap((f) => [...readFileSync(`${SAMPLE_TOWN}/configs/${f}`, 'utf8').matchAll(/set password ENC (\S+)/g)].map((m) => m[1]!));

/** The TUI's data for the change from `before` to `after`. */
function diffData(before: string, after: string, lang: 'ja' | 'en'): TuiData {
  return loadTuiData({ snapshotPath: after, snapshotLabel: after, lang, today: TODAY, rulesets: [], before: { path: before, label: before } }, () => {});
}

let harness: TuiHarness | undefined;
afterEach(() => {
  harness?.unmount();
  harness = undefined;
});
const app = (data: TuiData) => {
  harness = renderTui(createElement(App, { data }), 80, 24);
  return harness;
};

describe('diff mode', () => {
  let adding: TuiData;
  let resolving: TuiData;
  beforeAll(() => {
    adding = diffData(CLEAN, SAMPLE_TOWN, 'en');
    resolving = diffData(SAMPLE_TOWN, CLEAN, 'ja');
  });

  it('marks each finding by what the change does to it, and lists the resolved ones', () => {
    const added = buildTuiModel(adding.doc, adding.diff!.doc);
    expect(added.findings.map((f) => f.change)).toEqual(adding.doc.findings.map(() => 'added'));
    expect(added.filterFields).toEqual(['severity', 'check', 'device', 'change']);
    expect(added.choices.change).toEqual([{ value: 'added', count: adding.doc.findings.length }]);
    const resolved = buildTuiModel(resolving.doc, resolving.diff!.doc);
    expect(resolved.findings.map((f) => f.change)).toEqual(resolving.diff!.doc.findings.resolved.map(() => 'resolved'));
    // Without a comparison there is no change to filter by.
    const plain = buildTuiModel(adding.doc);
    expect(plain.filterFields).toEqual(['severity', 'check', 'device']);
    expect(filterChoices(plain.findings).change).toEqual([]);
  });

  it('shows the counts, the marks, a change filter and the note of an added finding', async () => {
    const h = app(adding);
    expect(h.lastFrame()).toContain(`diff +${adding.doc.findings.length} −0 =0`);
    expect(h.lastFrame()).toContain(`${CLEAN} → `);
    await h.press(KEY.tab);
    expect(h.lastFrame()).toContain('[new]');
    await h.press('f', KEY.down, KEY.down, KEY.down, KEY.right);
    expect(h.lastFrame()).toContain('▶ change    ◀ new (3) ▶  1/1');
    expect(h.lastFrame()).toContain('[new]');
    await h.press(KEY.enter, KEY.enter);
    expect(h.lastFrame()).toContain('New: this finding is not in the snapshot before the change');
    expect(h.lastFrame()).toContain(`  (${CLEAN}).`);
    for (const frame of h.frames()) {
      expect(linesWiderThan(frame, 80)).toEqual([]);
      for (const secret of SECRETS) expect(frame).not.toContain(secret);
    }
  });

  it('shows a resolved finding with the before snapshot’s path and config lines', async () => {
    const h = app(resolving);
    await h.press(KEY.tab);
    expect(h.lastFrame()).toContain('[解消]');
    await h.press(KEY.enter);
    const frame = h.lastFrame();
    expect(frame).toContain('解消: 変更後');
    // The first resolved finding is the Internet → LGWAN one through fw-edge's rule 7, a line the
    // clean snapshot no longer has; the excerpt shows the before snapshot's config around it.
    for (let page = 0; page < 3; page++) await h.press(' ');
    const edge = readFileSync(`${SAMPLE_TOWN}/configs/fw-edge.conf`, 'utf8');
    expect(h.frames().join('\n')).toContain(`▶ ${lineOf(edge, 'edit 7')} │     edit 7`);
    for (const f of h.frames()) for (const secret of SECRETS) expect(f).not.toContain(secret);
  });
});
