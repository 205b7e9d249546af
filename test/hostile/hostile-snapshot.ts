import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AuditResult, type InputSummary, audit } from '../../src/audit/audit.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';

/**
 * Hostile inputs are generated at run time into a temp snapshot, never committed. Each
 * snapshot also holds one ordinary FortiGate export, so a test can prove that the rest of
 * the snapshot is still audited beside the hostile file.
 */
export const GOOD_CONFIG = 'configs/fgt-edge-sample.conf';
export const GOOD_DEVICE = 'fgt-edge-sample';

/** Set SANSOU_HEAVY_TESTS=1 to run the cases that take tens of seconds and gigabytes. */
export const HEAVY = process.env.SANSOU_HEAVY_TESTS === '1';

const made: string[] = [];

/** A new temp snapshot directory with configs/ and the ordinary FortiGate export in it. */
export function hostileSnapshot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sansou-hostile-'));
  made.push(dir);
  mkdirSync(join(dir, 'configs'));
  copyFileSync(new URL('../fixtures/fortigate/fgt-edge-sample.conf', import.meta.url), join(dir, GOOD_CONFIG));
  return dir;
}

/** Removes every snapshot made so far; call from afterAll, the big files must not pile up in /tmp. */
export function removeHostileSnapshots(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** An audit and the memory it took; time is never asserted (the suite's timeout catches a hang). */
export interface TimedAudit {
  readonly result: AuditResult;
  /**
   * How far memory rose above what the process held before the call, in bytes. When the
   * process's lifetime peak (maxRSS) rose during the call, that peak is the call's own, so it
   * is used; otherwise the peak of the call is below an earlier one and only the resident size
   * after the call is known. Either way it is a measurement, not a guess.
   */
  readonly memoryGrowth: number;
}

/** Loads and audits the snapshot the way the CLI does, timing it and measuring memory. */
export function auditTimed(dir: string): TimedAudit {
  const rssBefore = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const result = audit(loadSnapshot(dir), { today: '2026-01-01' });
  const peakAfter = process.resourceUsage().maxRSS * 1024;
  const after = Math.max(process.memoryUsage().rss, peakAfter > peakBefore ? peakAfter : 0);
  return { result, memoryGrowth: after - rssBefore };
}

export function inputOf(result: AuditResult, file: string): InputSummary {
  const input = result.inputs.find((i) => i.file === file);
  if (!input) throw new Error(`no input ${file} among ${result.inputs.map((i) => i.file).join(', ')}`);
  return input;
}

/** The ordinary export beside the hostile file was read and its device audited. */
export function goodConfigAudited(result: AuditResult): boolean {
  const good = inputOf(result, GOOD_CONFIG);
  return good.status === 'PASSED' && good.devices.includes(GOOD_DEVICE) && result.devices.some((d) => d.id === GOOD_DEVICE) && result.usable;
}

export const MB = 1024 * 1024;
export const GB = 1024 * MB;
