import type { ErrorObject } from 'ajv';
import { suggest } from '../util/suggest.js';
import type { ErrorSink } from '../yaml/error-sink.js';
import { type YamlPath, isRecord, pointerToPath, valueAt } from '../yaml/yaml-path.js';
import { NOTHING_WAIVED, REJECTED, describeValue, waiverName } from './waiver-names.js';

/** What each required field is for, so the message says what to write, not only that it is missing. */
const REQUIRED_HINT: Readonly<Record<string, string>> = {
  reason: 'say why the exception was granted',
  approver: 'name who approved the exception',
  expires: 'give the last day it applies as YYYY-MM-DD; an exception without an expiry is not accepted',
};

/**
 * Turns ajv's errors on a waivers file into messages a network administrator can act on,
 * each on the YAML node it is about. Every error inside an entry says the entry is rejected,
 * which is what the converter then does.
 */
export function translateWaiverErrors(errors: readonly ErrorObject[], root: unknown, sink: ErrorSink): void {
  // A failed oneOf (no selector, or two) explains itself; its branches' "required" would only repeat it.
  const oneOfAt = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  // '' fails both minLength and the "not blank" pattern: say it once.
  const minLengthAt = new Set(errors.filter((e) => e.keyword === 'minLength').map((e) => e.instancePath));
  // A misspelled required key would be reported twice (unknown + missing): say it once.
  const folded = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const target = suggest(unknownKey(e), knownKeys(e));
    if (target !== undefined) folded.add(`${e.instancePath}\u0000${target}`);
  }

  for (const e of errors) {
    if (e.schemaPath.includes('/oneOf/') || e.schemaPath.includes('/propertyNames/')) continue;
    const path = pointerToPath(e.instancePath, root);
    const data = valueAt(root, path);
    const inEntry = path[0] === 'waivers' && typeof path[1] === 'number';
    const who = inEntry ? waiverName(root, path[1] as number) : '';
    const field = String(path[path.length - 1] ?? '');
    switch (e.keyword) {
      case 'additionalProperties': {
        const unknown = unknownKey(e);
        const known = knownKeys(e);
        const target = suggest(unknown, known);
        const where = inEntry ? `in ${who}` : 'at top level';
        const hint = target !== undefined ? ` — did you mean '${target}'?` : `; expected ${known.length === 1 ? '' : 'one of: '}${known.join(', ')}`;
        // A misspelt waivers: leaves the file without its list: say so rather than "ignored".
        const lost = !inEntry && target === 'waivers' && !(isRecord(data) && Object.hasOwn(data, target));
        sink.add([...path, unknown], `unknown key '${unknown}' ${where}${hint} ${inEntry ? REJECTED : lost ? NOTHING_WAIVED : '(ignored)'}`, 'key');
        break;
      }
      case 'required': {
        const missing = String((e.params as { missingProperty?: unknown }).missingProperty);
        if (folded.has(`${e.instancePath}\u0000${missing}`)) break;
        if (!inEntry) {
          sink.add([...path, missing], `the waivers file has no '${missing}:' list, which is required: write the waivers under waivers: ${NOTHING_WAIVED}`, 'key');
          break;
        }
        const hint = REQUIRED_HINT[missing];
        sink.add([...path, missing], `${who} has no '${missing}', which is required${hint ? `: ${hint}` : ''} ${REJECTED}`, 'key');
        break;
      }
      case 'oneOf': {
        // Not a map: the type error says so (and `required` holds vacuously, failing oneOf).
        if (!isRecord(data)) break;
        const both = isRecord(data) && Object.hasOwn(data, 'fingerprint') && Object.hasOwn(data, 'check');
        const message = both
          ? `${who} has both fingerprint: and check:; give exactly one selector — fingerprint: for one finding, or check: (with an optional match:) for every finding of a check`
          : `${who} has no selector: give fingerprint: (one finding) or check: (with an optional match:)`;
        sink.add(path, `${message} ${REJECTED}`, 'key');
        break;
      }
      case 'dependencies': {
        if (oneOfAt.has(e.instancePath)) break;
        sink.add([...path, 'match'], `match: narrows a check: selector and means nothing beside fingerprint: in ${who} — remove it, or select by check: instead ${REJECTED}`, 'key');
        break;
      }
      case 'propertyNames': {
        const name = String((e.params as { propertyName?: unknown }).propertyName);
        sink.add([...path, name], `'${name}' is not a field name: match keys are names such as from, to, device or host ${REJECTED}`, 'key');
        break;
      }
      case 'type': {
        const expected = String((e.params as { type?: unknown }).type);
        sink.add(path, `${typeMessage(path, expected, data)}${inEntry ? ` ${REJECTED}` : ` ${NOTHING_WAIVED}`}`);
        break;
      }
      case 'pattern': {
        if (minLengthAt.has(e.instancePath)) break;
        sink.add(path, `${patternMessage(field, data)} ${REJECTED}`);
        break;
      }
      case 'minLength':
        sink.add(path, `${field} must not be empty ${REJECTED}`);
        break;
      default:
        sink.add(path, `${e.message ?? `invalid value (${e.keyword})`}${inEntry ? ` ${REJECTED}` : ''}`);
    }
  }
}

function unknownKey(e: ErrorObject): string {
  return String((e.params as { additionalProperty?: unknown }).additionalProperty);
}

/** The keys the object's schema knows, for suggestions. */
function knownKeys(e: ErrorObject): string[] {
  const parent: unknown = e.parentSchema;
  return isRecord(parent) && isRecord(parent['properties']) ? Object.keys(parent['properties']) : [];
}

function typeMessage(path: YamlPath, expected: string, data: unknown): string {
  const found = describeValue(data);
  if (path.length === 1) return `expected a list of waivers (each one starting with "- "), found ${found}`;
  if (path.length === 2) return `each waiver is a map (fingerprint: or check:, reason:, approver:, expires:), found ${found}`;
  if (path.length === 3 && path[2] === 'match') return `match: is a map of field: value (for example { from: lgwan, to: internet }), found ${found}`;
  if (path.length === 4) return `a match value is text (or a number), found ${found}`;
  if (path[2] === 'expires') return `expected a date as YYYY-MM-DD (for example 2026-12-31), found ${found}`;
  const quote = typeof data === 'number' || typeof data === 'boolean' ? ` — quote it: '${String(data)}'` : '';
  return `expected ${expected === 'string' ? 'text' : expected}, found ${found}${quote}`;
}

function patternMessage(field: string, data: unknown): string {
  const text = String(data);
  switch (field) {
    case 'fingerprint': {
      const lower = text.toLowerCase();
      const hint = /^[0-9a-f]{32}$/.test(lower) ? ` — did you mean '${lower}'?` : '';
      return `'${text}' is not a fingerprint: copy the 32 hexadecimal digits the report prints after 'fingerprint'${hint}`;
    }
    case 'check': {
      const upper = text.toUpperCase();
      const hint = /^[A-Z0-9-]+$/.test(upper) ? ` — did you mean '${upper}'?` : '';
      return `'${text}' is not a check id: check ids are capital letters, digits and '-' (for example MYNUMBER-LGWAN)${hint}`;
    }
    case 'expires':
      return `expected a date as YYYY-MM-DD (for example 2026-12-31), found ${describeValue(data)}`;
    default:
      return `${field} must not be blank`;
  }
}
