import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests explore many random networks; give them room without hiding a hang.
    testTimeout: 60_000,
    // Test files share their workers' module graph instead of loading the whole library again
    // for each file: the suite runs in under half the time. This is safe because no test mocks
    // or stubs a module, the environment or a global, and module-level caches (compiled
    // schemas, shipped rulesets, sample reports) hold only what their inputs determine.
    isolate: false,
  },
});
