// Bundles the compiled CLI (dist/src/cli.js) into dist/bundle/, one chunk per command.
// Node resolves and reads every ES module file on its own: Ink alone brings about six
// hundred (most of them es-toolkit), which cost the terminal UI most of a second before its
// first frame. In one bundle the same code loads in a fraction of that. Dynamic imports stay
// separate chunks, so each command still loads only what it runs.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * Ink imports react-devtools-core only when DEV=true, and sansou does not ship it; the stub
 * keeps that import resolvable and makes the devtools connection a no-op.
 */
const noDevtools = {
  name: 'no-react-devtools',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };' }));
  },
};

// Chunk names carry content hashes: chunks of an earlier build would otherwise pile up.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  // The TUI audits in a worker, which loads its own entry: load-in-background.ts finds it
  // beside the chunk that starts it.
  entryPoints: { cli: 'dist/src/cli.js', 'tui-load-worker': 'dist/src/tui/data/tui-load-worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  // CommonJS dependencies (react, ajv) call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as sansouCreateRequire } from 'node:module'; const require = sansouCreateRequire(import.meta.url);" },
  plugins: [noDevtools],
  logLevel: 'warning',
});
