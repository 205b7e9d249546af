import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The sansou package directory: the nearest ancestor of this module holding package.json.
 * It is the same from src/ (tests run the sources) and from dist/src/ (the built CLI), so
 * data files (schemas/, rulesets/) are found either way.
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('sansou: package.json not found above the installed module');
    dir = parent;
  }
  root = dir;
  return root;
}

/** Absolute path of a file shipped with the package ("schemas/report.schema.json"). */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
