import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Packages and TUI modules reached from a module by its static imports (not `await import`). */
function staticGraph(entry: string): { packages: Set<string>; modules: Set<string> } {
  const packages = new Set<string>();
  const modules = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const js = normalize(join(dirname(file), spec));
      const ts = [js.replace(/\.js$/, '.ts'), js.replace(/\.js$/, '.tsx')].find((f) => existsSync(f));
      if (ts) visit(ts);
    }
  };
  visit(entry);
  return { packages, modules };
}

describe('the commands', () => {
  it('never load Ink or React: only sansou tui imports them, dynamically, after the TTY check', () => {
    // The dispatcher loads each command dynamically, so each command is an entry of its own.
    const commands = readdirSync('src/cli').filter((f) => f.endsWith('-command.ts')).map((f) => `src/cli/${f}`);
    expect(commands).toEqual(expect.arrayContaining(['src/cli/audit-command.ts', 'src/cli/diff-command.ts', 'src/cli/trace-command.ts', 'src/cli/tui-command.ts']));
    for (const entry of ['src/cli.ts', ...commands]) {
      const { packages, modules } = staticGraph(entry);
      expect([...packages].filter((p) => /^(ink|react)(\/|$)/.test(p)), entry).toEqual([]);
      expect([...modules].filter((m) => m.endsWith('.tsx')), entry).toEqual([]);
    }
    expect(readFileSync('src/cli/tui-command.ts', 'utf8')).toContain("await import('../tui/run.js')");
  });
});
