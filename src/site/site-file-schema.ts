import type { ErrorObject } from 'ajv';
import { shippedSchema, shippedSchemaPath } from '../yaml/shipped-schema.js';
import {
  type ErrorSink,
  context,
  describeValue,
  entityName,
  pointerToPath,
  suggest,
  valueAt,
  withConsequence,
  type SitePath,
} from './site-file-errors.js';

const SCHEMA_FILE = 'site.schema.json';

/** Path of schemas/site.schema.json in the installed package, if it is there. */
export function siteSchemaPath(): string | undefined {
  return shippedSchemaPath(SCHEMA_FILE);
}

/** Ids the analysis uses for itself (src/network/ownership.ts); a segment or external must not take them. */
export const RESERVED_IDS: readonly string[] = ['transit', 'unclassified'];
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Validates the plain document against the schema and reports each problem on its YAML node. */
export function validateAgainstSchema(root: unknown, sink: ErrorSink): void {
  const validator = shippedSchema(SCHEMA_FILE);
  if ('problem' in validator) {
    sink.add([], `the site file could not be fully checked: ${validator.problem}`);
    return;
  }
  if (validator.validate(root)) return;
  translateErrors(validator.validate.errors ?? [], root, sink);
}

/** Turns ajv's errors into messages a network administrator can act on. */
export function translateErrors(errors: readonly ErrorObject[], root: unknown, sink: ErrorSink): void {
  const oneOfAt = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  // `kind: 5` fails both type and enum; the enum message (listing the choices) says more.
  const enumAt = new Set(errors.filter((e) => e.keyword === 'enum').map((e) => e.instancePath));
  // A misspelled required key would be reported twice (unknown + missing): say it once.
  const folded = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const unknown = String((e.params as { additionalProperty?: unknown }).additionalProperty);
    const target = suggest(unknown, knownKeys(e));
    if (target !== undefined) folded.add(`${e.instancePath}\u0000${target}`);
  }

  for (const e of errors) {
    const path = pointerToPath(e.instancePath, root);
    const data = valueAt(root, path);
    if (oneOfAt.has(e.instancePath) && e.keyword !== 'oneOf') continue;
    if (enumAt.has(e.instancePath) && e.keyword === 'type') continue;
    // Inside propertyNames: the propertyNames error names the offending key.
    if (e.schemaPath.startsWith('#/definitions/id/')) continue;
    switch (e.keyword) {
      case 'additionalProperties': {
        const unknown = String((e.params as { additionalProperty?: unknown }).additionalProperty);
        const known = knownKeys(e);
        const target = suggest(unknown, known);
        let message = `unknown key '${unknown}' ${context(path, root)}`;
        if (target === undefined) {
          message += known.length > 0 ? `; expected one of: ${known.join(', ')}` : '';
        } else {
          message += ` — did you mean '${target}'?`;
          if (isRequired(e, target) && !hasOwn(data, target)) {
            message += ` (${entityName(path, root)} is skipped: '${target}' is required)`;
          }
        }
        sink.add([...path, unknown], message, 'key');
        break;
      }
      case 'required': {
        const missing = String((e.params as { missingProperty?: unknown }).missingProperty);
        if (folded.has(`${e.instancePath}\u0000${missing}`)) break;
        sink.add(path, requiredMessage(path, missing, root), 'key');
        break;
      }
      case 'propertyNames': {
        const name = String((e.params as { propertyName?: unknown }).propertyName);
        const entry = entityName([...path, name], root);
        const why = RESERVED_IDS.includes(name)
          ? `'${name}' is reserved for sansou's own use`
          : `an id starts with a letter or digit and contains only letters, digits, '_', '.' and '-'${/[^\x00-\x7f]/.test(name) ? ' (put a Japanese display name in name:)' : ''}`;
        sink.add([...path, name], `invalid id '${name}': ${why} (${entry} is skipped)`, 'key');
        break;
      }
      case 'pattern': {
        // Ids are reported through propertyNames; addresses and services by the converter,
        // which knows the exact problem (host bits, port range) and can suggest the fix.
        if (/^#\/definitions\/(address|service)\//.test(e.schemaPath)) break;
        sink.add(path, withConsequence(`'${String(data)}' is not a valid policy profile id: it must start with a letter or digit and contain only letters, digits, '_', '.' and '-'`, path, root));
        break;
      }
      case 'oneOf': {
        // The list form is meant when the value is a list; its item errors say what is wrong.
        if (Array.isArray(data)) break;
        const branches = Array.isArray(e.schema) ? (e.schema as unknown[]) : [];
        const options = branches.map(describeSchema);
        const constants = branches.flatMap((b) => (isObject(b) && typeof b['const'] === 'string' ? [b['const']] : []));
        let message = `expected ${options.join(' or ')}, found ${describeValue(data)}`;
        const near = typeof data === 'string' ? suggest(data, constants) : undefined;
        if (near !== undefined) message += ` — did you mean '${near}'?`;
        sink.add(path, withConsequence(message, path, root));
        break;
      }
      case 'type': {
        const expected = String((e.params as { type?: unknown }).type);
        sink.add(path, withConsequence(`expected ${describeType(expected)}, found ${describeValue(data)}${typeHint(expected, data, path)}`, path, root));
        break;
      }
      case 'enum': {
        const allowed = ((e.params as { allowedValues?: unknown }).allowedValues as unknown[] | undefined)?.map(String) ?? [];
        let message = `expected one of ${allowed.join(', ')}; found ${describeValue(data)}`;
        const near = typeof data === 'string' ? suggest(data, allowed) : undefined;
        if (near !== undefined) message += ` — did you mean '${near}'?`;
        sink.add(path, withConsequence(message, path, root));
        break;
      }
      case 'minLength':
        sink.add(path, withConsequence('must not be empty', path, root));
        break;
      case 'if':
      case 'const':
        // `if` only says its `then` failed (the required error says how); consts live in oneOf.
        break;
      default:
        sink.add(path, withConsequence(e.message ?? `invalid value (${e.keyword})`, path, root));
    }
  }
}

function requiredMessage(path: SitePath, missing: string, root: unknown): string {
  const entity = entityName(path, root);
  if (path[0] === 'sanitizers' && missing === 'services') {
    return (
      `file sanitizer ${entity.replace(/^sanitizer /, '')} declares no services: a file sanitizer has no standard port, ` +
      `so list the services it carries (for example services: [tcp/443]) — without them it would be taken to carry everything ` +
      `(the sanitizer is skipped)`
    );
  }
  return `${entity} has no '${missing}', which is required (it is skipped)`;
}

/** The keys the object's schema knows, for suggestions. */
function knownKeys(e: ErrorObject): string[] {
  const parent = e.parentSchema;
  return isObject(parent) && isObject(parent['properties']) ? Object.keys(parent['properties']) : [];
}

function isRequired(e: ErrorObject, key: string): boolean {
  const parent = e.parentSchema;
  return isObject(parent) && Array.isArray(parent['required']) && parent['required'].includes(key);
}

function hasOwn(value: unknown, key: string): boolean {
  return isObject(value) && Object.hasOwn(value, key);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(type: string): string {
  // A union such as "object,null" (an empty section is allowed): name the useful type.
  const types = type.split(',').filter((t) => t !== 'null');
  if (types.length !== 1) return types.map(describeType).join(' or ');
  switch (types[0]) {
    case 'object':
      return 'a map (key: value)';
    case 'array':
      return 'a list';
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'number':
    case 'integer':
      return 'a number';
    default:
      return type;
  }
}

const ADDRESS_FIELDS = new Set(['networks', 'transit', 'hosts', 'from', 'to', 'destinations']);

function typeHint(expected: string, data: unknown, path: SitePath): string {
  const item = typeof path[path.length - 1] === 'number';
  const field = String(path[path.length - (item ? 2 : 1)]);
  if (expected === 'array' && (typeof data === 'string' || typeof data === 'number')) return ` — write [${data}] for a one-item list`;
  if (expected === 'array' && isObject(data)) return ' — make it a list item: start it with "- " or wrap it in [ ]';
  if (expected === 'string' && item && field === 'services' && typeof data === 'number') return ` — name the protocol: tcp/${data} or udp/${data}`;
  if (expected === 'string' && item && ADDRESS_FIELDS.has(field)) return '';
  if (expected === 'string' && (typeof data === 'number' || typeof data === 'boolean')) return ` — quote it: '${String(data)}'`;
  if (expected === 'boolean' && typeof data === 'string') return ' — write true or false';
  return '';
}

/** A oneOf branch in words: "a list", "'default'". */
function describeSchema(schema: unknown): string {
  if (!isObject(schema)) return 'a valid value';
  if (typeof schema['const'] === 'string') return `'${schema['const']}'`;
  if (typeof schema['type'] === 'string') return describeType(schema['type']);
  return 'a valid value';
}

