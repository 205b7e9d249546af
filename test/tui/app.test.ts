// Drives the real TUI with key presses and reads its frames. Written with createElement
// rather than JSX: vitest.config.ts collects test/**/*.test.ts only, so a .tsx test file
// would never run.
import { readFileSync, readdirSync } from 'node:fs';
import { createElement } from 'react';
import stringWidth from 'string-width';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/report/messages/index.js';
import { App } from '../../src/tui/app.js';
import type { TuiData } from '../../src/tui/data/tui-data.js';
import { loadTuiData } from '../../src/tui/data/load-tui-data.js';
import { loadInBackground } from '../../src/tui/data/load-in-background.js';
import { Root } from '../../src/tui/root.js';
import type { TuiOptions } from '../../src/tui/tui-options.js';
import { lineOf } from '../helpers/run-cli.js';
import { SAMPLE_TOWN, TODAY, sampleTownData, smallData } from '../helpers/tui-fixtures.js';
import { KEY, type TuiHarness, linesWiderThan, renderTui } from '../helpers/tui-render.js';

/** Every `set password ENC` value of the sample's configs: none may ever be on screen. */
const SECRETS = readdirSync(`${SAMPLE_TOWN}/configs`).flatMap((f) =>
  [...readFileSync(`${SAMPLE_TOWN}/configs/${f}`, 'utf8').matchAll(/set password ENC (\S+)/g)].map((m) => m[1]!),
);
const FW_EDGE = readFileSync(`${SAMPLE_TOWN}/configs/fw-edge.conf`, 'utf8');
const RULE_7_LINE = lineOf(FW_EDGE, 'edit 7');

let harness: TuiHarness | undefined;
afterEach(() => {
  harness?.unmount();
  harness = undefined;
});

const root = (lang: 'en' | 'ja', columns = 80, rows = 24) => {
  const options: TuiOptions = { snapshotPath: SAMPLE_TOWN, snapshotLabel: SAMPLE_TOWN, lang, today: TODAY, rulesets: [] };
  harness = renderTui(createElement(Root, { options, load: loadInBackground(options), onExitCode: () => {} }), columns, rows);
  return harness;
};
const app = (data: TuiData, columns = 80, rows = 24) => {
  harness = renderTui(createElement(App, { data }), columns, rows);
  return harness;
};

/** The display column where `text` starts in `line`, measured as the terminal does. */
function columnOf(line: string, text: string): number {
  const at = line.indexOf(text);
  expect(at, `${text} in ${line}`).toBeGreaterThanOrEqual(0);
  return stringWidth(line.slice(0, at));
}

function lineStarting(frame: string, prefix: string): string {
  const line = frame.split('\n').find((l) => l.startsWith(prefix));
  expect(line, `a line starting with "${prefix}" in\n${frame}`).toBeDefined();
  return line!;
}

/** Every frame fits the terminal and shows no secret. */
function expectCleanFrames(h: TuiHarness, columns: number) {
  for (const frame of h.frames()) {
    expect(linesWiderThan(frame, columns)).toEqual([]);
    for (const secret of SECRETS) expect(frame).not.toContain(secret);
  }
}

describe('the TUI on the sample town, in English at 80×24', () => {
  it('walks matrix → cell → finding → detail → back, and shows the help', async () => {
    expect(SECRETS.length).toBeGreaterThan(0);
    const h = root('en');
    expect(h.frames()[0]).toContain('analysing samples/sample-town');
    let frame = await h.waitFor((f) => f.includes('Segment matrix'));

    // The seeded violations, each under its column.
    const header = lineStarting(frame, '   ');
    expect(lineStarting(frame, '  internet ')).toContain('✗2');
    expect(columnOf(lineStarting(frame, '  internet '), '✗2')).toBe(columnOf(header, 'lgwan '));
    expect(columnOf(lineStarting(frame, '  mynumber '), '✗1')).toBe(columnOf(header, 'lgwan '));
    expect(frame).toContain('mynumber → lgwan: 1 finding');

    // The cursor starts on mynumber → lgwan; two rows down is internet → lgwan.
    await h.press(KEY.down, KEY.down);
    expect(h.lastFrame()).toContain('internet → lgwan: 2 findings');
    await h.press(KEY.enter);
    frame = h.lastFrame();
    expect(frame).toContain('2 of 3');
    expect(frame).toContain('[internet → lgwan]');
    expect(frame).toMatch(/▶ CRITICAL\s+INTERNET-LGWAN-UNSANITIZED/);
    expect(frame).toContain('CLASSIFIED-ASSET-EXPOSED');
    expect(frame).not.toContain('MYNUMBER-LGWAN');

    await h.press(KEY.enter);
    frame = h.lastFrame();
    expect(frame).toContain('[CRITICAL] INTERNET-LGWAN-UNSANITIZED  internet → lgwan');
    expect(frame).toContain('fw-edge');
    expect(frame).toContain('rule 7 "FILESRV-TEMP"  permit');
    expect(frame).toContain(`configs/fw-edge.conf:${RULE_7_LINE}`);

    // Scroll to the excerpt: the rule's line is marked, with its neighbours.
    await h.press(' ');
    frame = h.lastFrame();
    expect(frame).toContain(catalogue('en').labels.excerpts);
    expect(frame).toMatch(new RegExp(`▶ ${RULE_7_LINE} │ +edit 7`));
    expect(frame).toContain(`${RULE_7_LINE + 1} │         set name "FILESRV-TEMP"`);

    await h.press(KEY.escape);
    expect(h.lastFrame()).toContain('2 of 3');
    await h.press(KEY.escape);
    expect(h.lastFrame()).toContain('Segment matrix');

    await h.press('?');
    frame = h.lastFrame();
    expect(frame).toContain('Keys');
    expect(frame).toMatch(/q +quit/);
    await h.press('x');
    expect(h.lastFrame()).toContain('Segment matrix');
    expect(h.lastFrame()).not.toContain('Press any key to close.');
    expectCleanFrames(h, 80);
  });
});

describe('the TUI on the sample town, in Japanese', () => {
  it('shows the matrix, the list and the detail in Japanese, aligned', async () => {
    const h = root('ja');
    let frame = await h.waitFor((f) => f.includes('領域間マトリクス'));
    expect(frame).toContain('重大 2');
    expect(columnOf(lineStarting(frame, '  internet '), '✗2')).toBe(columnOf(lineStarting(frame, '   '), 'lgwan '));
    expect(frame).toContain('マイナンバー利用事務系');

    await h.press(KEY.enter);
    frame = h.lastFrame();
    expect(frame).toContain('3 件中 1 件');
    expect(frame).toContain('MYNUMBER-LGWAN');

    await h.press(KEY.escape, KEY.tab);
    frame = h.lastFrame();
    // Japanese titles and severities: every title starts in the same display column.
    const rows = frame.split('\n').filter((l) => /^(▶| ) (重大|高)/.test(l));
    expect(rows).toHaveLength(3);
    const starts = rows.map((l) => columnOf(l, l.match(/[A-Z]+-[A-Z-]+/)![0]));
    expect(new Set(starts).size).toBe(1);

    await h.press(KEY.enter);
    frame = h.lastFrame();
    expect(frame).toContain('[重大] INTERNET-LGWAN-UNSANITIZED');
    expect(frame).toContain('ルール 7 "FILESRV-TEMP"  許可');
    await h.press(' ');
    expect(h.lastFrame()).toContain(catalogue('ja').labels.excerpts);
    await h.press('?');
    expect(h.lastFrame()).toContain('キー操作');
    expectCleanFrames(h, 80);
  });
});

describe('the TUI on loaded data', () => {
  let en: TuiData;
  beforeAll(async () => {
    en = sampleTownData('en');
  });

  it('masks the configs it reads: no secret in any detail, scrolled to the end', async () => {
    const h = app(en);
    await h.press(KEY.tab);
    for (let i = 0; i < 3; i++) {
      await h.press(KEY.enter);
      for (let page = 0; page < 4; page++) await h.press(' ');
      await h.press(KEY.escape, KEY.down);
    }
    expectCleanFrames(h, 80);
    for (const lines of en.configLines.values()) for (const secret of SECRETS) expect(lines.join('\n')).not.toContain(secret);
    expect(en.configLines.get('configs/fw-edge.conf')!.some((l) => /^\s*set password \*{8}$/.test(l))).toBe(true);
  });

  it('filters with the f menu and number keys, and searches with /', async () => {
    const h = app(en);
    await h.press('f');
    expect(h.lastFrame()).toContain('▶ severity  ◀ all ▶  0/2');
    expect(h.lastFrame()).toContain('↑↓ field  ←→ value');
    await h.press(KEY.right);
    expect(h.lastFrame()).toContain('◀ CRITICAL (2) ▶  1/2');
    expect(h.lastFrame()).toContain('2 of 3');
    expect(h.lastFrame()).toContain('[severity CRITICAL]');
    await h.press(KEY.down, KEY.down, KEY.right);
    expect(h.lastFrame()).toContain('▶ device    ◀ fw-core/MN (1) ▶  1/3');
    expect(h.lastFrame()).toContain('[device fw-core/MN]');
    await h.press(KEY.backspace, KEY.enter);
    expect(h.lastFrame()).not.toContain('▶ device');
    expect(h.lastFrame()).toContain('2 of 3');
    await h.press('2');
    expect(h.lastFrame()).toContain('1 of 3');
    await h.press('0', '/');
    for (const c of 'ASSET') await h.press(c);
    expect(h.lastFrame()).toContain('/ ASSET');
    expect(h.lastFrame()).toContain('1 of 3');
    await h.press(KEY.enter);
    expect(h.lastFrame()).toContain('[search "ASSET"]');
    expect(h.lastFrame()).toContain('CLASSIFIED-ASSET-EXPOSED');
  });

  it('shows the inputs, and a file’s unrecognized lines', async () => {
    const h = app(smallData());
    await h.press(KEY.tab, KEY.tab);
    expect(h.lastFrame()).toContain('configs/rtx.config');
    await h.press(KEY.down, KEY.enter);
    expect(h.lastFrame()).toContain('3  [unrecognized] unknown command');
    expect(h.lastFrame()).toContain('│ foo bar');
    await h.press(KEY.backspace);
    expect(h.lastFrame()).toMatch(/▶ configs\/rtx\.config/);
  });

  it('adapts to 200×50 and to resizes, never wider than the terminal', async () => {
    const h = app(en, 200, 50);
    await h.press(KEY.tab);
    expect(h.lastFrame()).toMatch(/INTERNET-LGWAN-UNSANITIZED\s+internet → lgwan\s+fw-core\.conf:\d+\s+Internet side reaches LGWAN without a sanitizer \(missing 無害化 gateway\)/);
    await h.press(KEY.enter);
    expect(h.lastFrame()).toMatch(/1\. +fw-edge +port2 → port3 +rule 7 "FILESRV-TEMP" +permit +configs\/fw-edge\.conf:/);
    expect(h.lastFrame()).toContain(catalogue('en').labels.excerpts);
    expectCleanFrames(h, 200);
    const before = h.frames().length;
    await h.resize(60, 20);
    const frame = h.lastFrame();
    expect(h.frames().length).toBeGreaterThan(before);
    expect(linesWiderThan(frame, 60)).toEqual([]);
    expect(frame.split('\n').length).toBeLessThanOrEqual(20);
    await h.resize(80, 24);
    expect(linesWiderThan(h.lastFrame(), 80)).toEqual([]);
  });

  it('takes keys read together one by one (a held key, a burst over SSH)', async () => {
    const h = app(en);
    await h.press(KEY.tab, 'jj');
    expect(h.lastFrame()).toMatch(/▶ HIGH +CLASSIFIED-ASSET-EXPOSED/);
    await h.press('k\r');
    expect(h.lastFrame()).toContain('[CRITICAL] MYNUMBER-LGWAN');
    await h.press(KEY.escape);
    await h.press('/', 'smb', KEY.escape);
    expect(h.lastFrame()).not.toContain('[search');
  });

  it('lists waived findings last, marked, and shows the waiver in the detail', async () => {
    const data = loadTuiData({ snapshotPath: 'test/fixtures/snapshots/waived-town', snapshotLabel: 'waived-town', lang: 'en', today: TODAY, rulesets: [] }, () => {});
    const h = app(data);
    await h.press(KEY.tab);
    const rows = h.lastFrame().split('\n').filter((l) => /^(▶| ) (CRITICAL|HIGH)/.test(l));
    expect(rows.at(-1)).toContain('[waived]');
    expect(rows.slice(0, -1).join('\n')).not.toContain('[waived]');
    await h.press('G', KEY.enter);
    expect(h.lastFrame()).toMatch(/waived by W-\S+ until \d{4}-\d{2}-\d{2}/);
    expectCleanFrames(h, 80);
  });

  it('says when nothing could be read, instead of showing zero findings', async () => {
    const h = app({ ...smallData(), usable: false });
    expect(h.lastFrame()).toContain('nothing usable');
    expect(h.lastFrame()).not.toContain('CRITICAL 2');
  });

  it('quits on q', async () => {
    const h = app(en);
    const exited = h.exited();
    await h.press('q');
    await expect(exited).resolves.toBeUndefined();
  });
});
