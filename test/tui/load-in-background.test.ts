import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BackgroundLoad } from '../../src/tui/data/load-in-background.js';
import { type LoadStage, loadTuiData } from '../../src/tui/data/load-tui-data.js';
import type { TuiOptions } from '../../src/tui/tui-options.js';
import { SAMPLE_TOWN, TODAY } from '../helpers/tui-fixtures.js';

// The TUI audits in a worker thread, which exists only in the build (`npm test` builds
// before it runs the tests). The worker must hand over exactly what the in-process load gives.

const BUILT = 'dist/src/tui/data/load-in-background.js';
const options: TuiOptions = { snapshotPath: SAMPLE_TOWN, snapshotLabel: SAMPLE_TOWN, lang: 'ja', today: TODAY, rulesets: [] };
type Loader = { loadInBackground: (o: TuiOptions) => BackgroundLoad };

describe.runIf(existsSync(BUILT))('loading in a worker (built)', () => {
  it('gives the same data as loading in process, announcing every stage in order', async () => {
    const { loadInBackground } = (await import(`../../${BUILT}`)) as Loader;
    const stages: LoadStage[] = [];
    const load = loadInBackground(options);
    load.onStage((s) => stages.push(s));
    const data = await load.result;
    const inProcess: LoadStage[] = [];
    expect(data).toEqual(loadTuiData(options, (s) => inProcess.push(s)));
    expect(stages).toEqual(inProcess);
    expect(inProcess).toEqual(['reading', 'site', 'topology', 'reachability', 'checks', 'reporting']);
    expect(load.stage()).toBe('reporting');
  });

  it('rejects with the reason when the snapshot cannot be read', async () => {
    const { loadInBackground } = (await import(`../../${BUILT}`)) as Loader;
    await expect(loadInBackground({ ...options, snapshotPath: 'no/such/town' }).result).rejects.toThrow(/no\/such\/town/);
  });

  it('stops announcing once cancelled', async () => {
    const { loadInBackground } = (await import(`../../${BUILT}`)) as Loader;
    const stages: LoadStage[] = [];
    const load = loadInBackground(options);
    load.onStage((s) => stages.push(s));
    load.cancel();
    const settled = await Promise.race([load.result.then(() => 'settled'), new Promise((r) => setTimeout(() => r('pending'), 1500))]);
    expect(settled).toBe('pending');
    expect(stages).toEqual([]);
  });
});
