import fc from 'fast-check';
import { expect, it } from 'vitest';

/**
 * How hard the fuzz properties push. CI runs the default, small enough that every fuzz file
 * together stays well inside the suite's time budget; `npm run fuzz` raises SANSOU_FUZZ_RUNS
 * for a longer search. SANSOU_FUZZ_SEED replays a failure: fast-check prints the seed (and the
 * path of the shrunk counterexample) it failed with.
 */
const DEFAULT_RUNS = 10;

/** A positive integer from the environment; a typo must not silently fall back to the default. */
function integerFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name}=${raw} is not an integer`);
  return value;
}

export const FUZZ_RUNS = integerFromEnv('SANSOU_FUZZ_RUNS') ?? DEFAULT_RUNS;
if (FUZZ_RUNS < 1) throw new Error(`SANSOU_FUZZ_RUNS=${FUZZ_RUNS} must be at least 1`);

/**
 * CI (no SANSOU_FUZZ_RUNS) replays the same cases every time, so a run never fails by luck of
 * the draw; `npm run fuzz` draws new cases on every run unless SANSOU_FUZZ_SEED is given.
 */
const CI_SEED = 20261122;
export const FUZZ_SEED = integerFromEnv('SANSOU_FUZZ_SEED') ?? (integerFromEnv('SANSOU_FUZZ_RUNS') === undefined ? CI_SEED : undefined);

/** fast-check parameters for every fuzz property: the run count, and the seed when one is given. */
export function fuzzParameters<T>(): fc.Parameters<T> {
  return { numRuns: FUZZ_RUNS, ...(FUZZ_SEED === undefined ? {} : { seed: FUZZ_SEED }) };
}

/**
 * Per-test timeout: a hang must still fail the test, but a long `npm run fuzz` must not be cut
 * short by the suite's 60 s. A case is allowed a generous 2 s on top of the usual budget.
 */
export const FUZZ_TIMEOUT = 60_000 + FUZZ_RUNS * 2_000;

/**
 * The two tests of every fuzz suite: it has seeds (a property over none proves nothing), and
 * `property` (built when its test runs) holds over mutations of them, with the shared run
 * count, seed and timeout.
 */
export function itFuzzesSeeds<Ts extends [unknown, ...unknown[]]>(seeds: readonly unknown[], seedWords: string, claim: string, property: () => fc.IProperty<Ts>): void {
  it(`has real-looking ${seedWords} to mutate`, () => {
    expect(seeds.length).toBeGreaterThan(0);
  });
  it(claim, () => fc.assert(property(), fuzzParameters()), FUZZ_TIMEOUT);
}
