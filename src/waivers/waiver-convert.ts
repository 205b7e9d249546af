import type { ErrorSink } from '../yaml/error-sink.js';
import type { PositionIndex } from '../yaml/position-index.js';
import { isRecord } from '../yaml/yaml-path.js';
import { isIsoDate } from './iso-date.js';
import { REJECTED, defaultWaiverId, waiverName } from './waiver-names.js';
import type { Waiver, WaiverSelector } from './waiver-types.js';

/**
 * Turns the schema-checked entries of `waivers:` into waivers. Runs after the schema check
 * and adds what a schema cannot say (a real calendar date, a unique id); then every entry
 * with an error anywhere inside it is left out, so a waiver applies only as approved and
 * written, never half-read.
 */
export function convertWaivers(root: Record<string, unknown>, file: string, sink: ErrorSink, index: PositionIndex): Waiver[] {
  const list = root['waivers'];
  if (!Array.isArray(list)) return [];
  checkDates(list, root, sink);
  checkUniqueIds(list, sink, index);
  const out: Waiver[] = [];
  list.forEach((entry, i) => {
    const path = ['waivers', i];
    if (!isRecord(entry) || sink.hasAtOrUnder(path)) return;
    const selector = selectorOf(entry);
    if (!selector) {
      // The schema says why; this only guards against a schema that could not be loaded.
      sink.ensure(path, `${waiverName(root, i)} could not be read ${REJECTED}`);
      return;
    }
    out.push({
      id: typeof entry['id'] === 'string' ? entry['id'] : defaultWaiverId(i),
      selector,
      reason: String(entry['reason']),
      approver: String(entry['approver']),
      expires: String(entry['expires']),
      file,
      line: index.line(path),
    });
  });
  return out;
}

/** The schema only checks the form YYYY-MM-DD; 2026-02-30 has the form and is no date. */
function checkDates(list: readonly unknown[], root: unknown, sink: ErrorSink): void {
  list.forEach((entry, i) => {
    const path = ['waivers', i, 'expires'];
    if (!isRecord(entry) || typeof entry['expires'] !== 'string' || sink.hasAt(path)) return;
    const expires = entry['expires'];
    if (/^\d{4}-\d{2}-\d{2}$/.test(expires) && !isIsoDate(expires)) {
      sink.add(path, `${expires} is not a calendar date (${waiverName(root, i)}) ${REJECTED}`);
    }
  });
}

/**
 * Ids are how the organization's records and the report refer to a waiver, so two with one
 * id would make the report ambiguous: the later one is rejected.
 */
function checkUniqueIds(list: readonly unknown[], sink: ErrorSink, index: PositionIndex): void {
  const first = new Map<string, number>();
  list.forEach((entry, i) => {
    const id = isRecord(entry) ? entry['id'] : undefined;
    if (typeof id !== 'string') return;
    const seen = first.get(id);
    if (seen === undefined) {
      first.set(id, i);
      return;
    }
    sink.add(['waivers', i, 'id'], `duplicate waiver id '${id}' (first at line ${index.line(['waivers', seen])}); ids must be unique ${REJECTED}`);
  });
}

function selectorOf(entry: Record<string, unknown>): WaiverSelector | undefined {
  const { fingerprint, check, match } = entry;
  if (typeof fingerprint === 'string' && check === undefined && match === undefined) return { kind: 'fingerprint', fingerprint };
  if (typeof check === 'string' && fingerprint === undefined) {
    if (match !== undefined && !isRecord(match)) return undefined;
    const fields = Object.entries(match ?? {}).map(([key, value]) => [key, String(value)] as const);
    return { kind: 'check', check, match: Object.fromEntries(fields) };
  }
  return undefined;
}
