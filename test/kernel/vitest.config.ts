import { defineConfig } from 'vitest/config';

/**
 * The kernel test runs real netfilter in network namespaces: root only, Linux only, not in CI.
 * Its file is *.kernel.ts so the normal `vitest run` (test/**\/*.test.ts) never picks it up.
 */
export default defineConfig({
  test: {
    include: ['test/kernel/**/*.kernel.ts'],
    testTimeout: 900_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
