import { main } from '../../src/cli.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process, as a user would from the repository root. */
export async function runCli(args: readonly string[], env: Record<string, string | undefined> = { LANG: 'C' }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env,
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

/** 1-based line of the first line of `file` that, trimmed, equals `text`. */
export function lineOf(fileText: string, text: string, after = 0): number {
  const lines = fileText.split('\n');
  for (let i = after; i < lines.length; i++) if (lines[i]!.trim() === text) return i + 1;
  throw new Error(`"${text}" not found`);
}
