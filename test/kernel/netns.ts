import { spawnSync } from 'node:child_process';

/** One command's result. */
export interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A command failed where the lab cannot go on (creating a namespace, loading rules). */
export class LabError extends Error {
  override readonly name = 'LabError';
}

/** Runs a program without a shell; never throws on a non-zero exit. */
export function run(program: string, args: readonly string[], input?: string, timeoutMs = 10_000): Run {
  const r = spawnSync(program, args, { encoding: 'utf8', input, timeout: timeoutMs });
  return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? (r.error ? String(r.error) : '') };
}

export function must(program: string, args: readonly string[], input?: string): string {
  const r = run(program, args, input);
  if (r.status !== 0) throw new LabError(`${program} ${args.join(' ')} failed (${r.status}): ${r.stderr.trim()}`);
  return r.stdout;
}

/** Runs a program inside a network namespace. */
export function inNs(ns: string, program: string, args: readonly string[], input?: string, timeoutMs?: number): Run {
  return run('ip', ['netns', 'exec', ns, program, ...args], input, timeoutMs);
}

export function mustInNs(ns: string, program: string, args: readonly string[], input?: string): string {
  const r = inNs(ns, program, args, input);
  if (r.status !== 0) throw new LabError(`[${ns}] ${program} ${args.join(' ')} failed (${r.status}): ${r.stderr.trim()}`);
  return r.stdout;
}

/** Tools the lab needs that are not installed (ip, iptables-restore, nc, ping, conntrack, ipset). */
export function missingTools(): string[] {
  const tools = ['ip', 'iptables-restore', 'nc', 'ping', 'conntrack', 'ipset'];
  return tools.filter((t) => run('sh', ['-c', `command -v ${t}`]).status !== 0);
}

/** Every namespace whose name starts with `prefix`, for cleaning up after an aborted run. */
export function namespaces(prefix: string): string[] {
  return run('ip', ['netns', 'list'])
    .stdout.split('\n')
    .map((l) => l.split(' ')[0] ?? '')
    .filter((n) => n.startsWith(prefix));
}

export function deleteNamespaces(prefix: string): void {
  for (const ns of namespaces(prefix)) run('ip', ['netns', 'del', ns]);
}
