import type { ErrorObject } from 'ajv';
import { suggest } from '../util/suggest.js';
import type { ErrorSink } from './error-sink.js';
import { pointerToPath, valueAt } from './yaml-path.js';

/**
 * Turns ajv's errors into one message per problem, on the YAML node it is about: an unknown
 * key (with the likely intended one), a missing key, a value outside its choices. Errors that
 * only restate another (the `if` behind a failing `then`, the type behind an enum) are dropped.
 */
export function reportSchemaErrors(errors: readonly ErrorObject[], root: unknown, sink: ErrorSink): void {
  const enumAt = new Set(errors.filter((e) => e.keyword === 'enum').map((e) => e.instancePath));
  const oneOfAt = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  for (const e of errors) {
    const path = pointerToPath(e.instancePath, root);
    const data = valueAt(root, path);
    if (oneOfAt.has(e.instancePath) && e.keyword !== 'oneOf') continue;
    switch (e.keyword) {
      case 'if':
        break;
      case 'additionalProperties': {
        const unknown = String((e.params as { additionalProperty?: unknown }).additionalProperty);
        const known = knownKeys(e);
        const near = suggest(unknown, known);
        sink.add([...path, unknown], `unknown key '${unknown}'${near ? ` — did you mean '${near}'?` : known.length > 0 ? `; expected one of: ${known.join(', ')}` : ''}`, 'key');
        break;
      }
      case 'required':
        sink.add(path, `'${String((e.params as { missingProperty?: unknown }).missingProperty)}' is required here`, 'key');
        break;
      case 'enum': {
        const allowed = ((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String);
        const near = typeof data === 'string' ? suggest(data, allowed) : undefined;
        sink.add(path, `expected one of ${allowed.join(', ')}; found ${describe(data)}${near ? ` — did you mean '${near}'?` : ''}`);
        break;
      }
      case 'type':
        if (enumAt.has(e.instancePath)) break;
        sink.add(path, `expected ${String((e.params as { type?: unknown }).type)}, found ${describe(data)}`);
        break;
      case 'pattern':
        sink.add(path, `${describe(data)} is not valid here${patternHint(e)}`);
        break;
      case 'propertyNames':
        sink.add([...path, String((e.params as { propertyName?: unknown }).propertyName)], `invalid name '${String((e.params as { propertyName?: unknown }).propertyName)}'${patternHint(e)}`, 'key');
        break;
      case 'oneOf':
        sink.add(path, `${describe(data)} is not valid here${typeof e.parentSchema?.['description'] === 'string' ? `: ${e.parentSchema['description']}` : ''}`);
        break;
      default:
        sink.add(path, `${e.message ?? `invalid (${e.keyword})`}`);
    }
  }
}

function knownKeys(e: ErrorObject): string[] {
  const parent = e.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return parent?.properties ? Object.keys(parent.properties) : [];
}

/** The schema's description of the value, which says what is expected. */
function patternHint(e: ErrorObject): string {
  const description = (e.parentSchema as { description?: unknown } | undefined)?.description;
  return typeof description === 'string' ? `: ${description}` : '';
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : 'a map';
}
