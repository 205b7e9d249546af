import { wordsOf } from './words.js';
import type { Provenance } from '../model/provenance.js';
import { parseServiceSpec, ServiceSet } from '../space/service-set.js';
import { parseSelector } from '../checks/selectors.js';
import type { Carrier, CheckBase, CheckConfig, CheckWords, Clause, MatrixAllowance, Primitive, Ruleset, Selector, Severity } from '../checks/types.js';
import { ErrorSink, type YamlError } from '../yaml/error-sink.js';
import type { PositionIndex } from '../yaml/position-index.js';
import { readYaml } from '../yaml/read-yaml.js';
import { isRecord, type YamlPath } from '../yaml/yaml-path.js';
import { validateWithSchema } from './validate.js';

/** A ruleset as read: what could be used, and every problem with file, line and key. */
export interface RulesetReadResult {
  /** Undefined when nothing usable remains (syntax errors, no valid check). */
  readonly ruleset?: Ruleset;
  readonly errors: readonly YamlError[];
}

/** Default for approved-too-broad: more than a /28 on one side is not "limited to hosts". */
const DEFAULT_MAX_ADDRESSES = 16;
/** Default for breakout destinations: a /12, wider than any single Microsoft 365 range. */
const DEFAULT_MAX_BREAKOUT_RANGE = 2 ** 20;

/** Inventory classifications as the inventory reader normalizes them. */
const CLASSIFICATION_ALIASES: Readonly<Record<string, string>> = { レベル1: 'level1', レベル2: 'level2' };

/**
 * Reads a ruleset (a shipped model or a user's --ruleset file). A check with an error is
 * skipped, with the error; the others are kept, so one typo does not disable a whole matrix.
 */
export function readRuleset(text: string, file: string, base: (id: string) => Ruleset | undefined = () => undefined): RulesetReadResult {
  const sink = new ErrorSink();
  const parsed = readYaml(text, sink);
  const done = (ruleset?: Ruleset): RulesetReadResult => ({ ...(ruleset ? { ruleset } : {}), errors: sink.resolve(file, parsed.index) });
  if (parsed.syntaxErrors) return done();
  const root = parsed.value;
  if (!isRecord(root)) {
    sink.add([], 'a ruleset is a map with id: and checks:');
    return done();
  }
  validateWithSchema(root, 'ruleset.schema.json', sink);
  const id = typeof root['id'] === 'string' && !sink.hasAt(['id']) ? root['id'] : undefined;
  if (id === undefined) return done();
  const reader = new CheckReader(id, file, sink, parsed.index);
  const checks: CheckConfig[] = [];
  for (const [checkId, raw] of Object.entries(isRecord(root['checks']) ? root['checks'] : {})) {
    const path = ['checks', checkId];
    if (sink.hasAtOrUnder(path) || !isRecord(raw)) {
      sink.ensure(path, `check ${checkId} is not valid`, 'key');
      sink.add(path, `check ${checkId} is skipped`, 'key');
      continue;
    }
    const check = reader.check(checkId, raw, path);
    if (check) checks.push(check);
  }
  const extended = extend(root, checks, base, sink);
  if (extended.length === 0) {
    sink.ensure(['checks'], 'the ruleset has no usable check', 'key');
    return done();
  }
  const name = isRecord(root['name']) ? (root['name'] as CheckWords) : { en: id };
  const description = wordsOf(root['description']);
  return done({ id, name, ...(description === undefined ? {} : { description }), file, checks: extended });
}

/**
 * The base's checks with this ruleset's applied: same id replaces in place, `remove` drops,
 * new ids come after. Names are defined once: α′ is α with one check changed.
 */
function extend(root: Record<string, unknown>, own: readonly CheckConfig[], base: (id: string) => Ruleset | undefined, sink: ErrorSink): CheckConfig[] {
  const baseId = root['extends'];
  if (typeof baseId !== 'string' || sink.hasAt(['extends'])) return [...own];
  const parent = base(baseId);
  if (!parent) {
    sink.add(['extends'], `'${baseId}' is not a shipped model ruleset; nothing is inherited`);
    return [...own];
  }
  const removed = Array.isArray(root['remove']) ? (root['remove'] as string[]) : [];
  removed.forEach((id, i) => {
    if (!parent.checks.some((c) => c.id === id)) sink.add(['remove', i], `${parent.id} has no check ${id}`);
  });
  const mine = new Map(own.map((c) => [c.id, c]));
  const out = parent.checks.filter((c) => !removed.includes(c.id)).map((c) => mine.get(c.id) ?? c);
  return [...out, ...own.filter((c) => !parent.checks.some((p) => p.id === c.id))];
}

type RawCheck = Record<string, unknown>;

class CheckReader {
  constructor(
    private readonly rulesetId: string,
    private readonly file: string,
    private readonly sink: ErrorSink,
    private readonly index: PositionIndex,
  ) {}

  check(id: string, raw: RawCheck, path: YamlPath): CheckConfig | undefined {
    const clause = raw['clause'] as { ref: string; text: string } | undefined;
    const base: CheckBase = {
      id,
      severity: raw['severity'] as Severity,
      ruleset: this.rulesetId,
      source: this.provenance(path),
      ...(clause ? { clause: { policy: this.rulesetId, ref: clause.ref, text: clause.text } satisfies Clause } : {}),
      ...(isRecord(raw['title']) ? { title: raw['title'] as CheckWords } : {}),
    };
    const primitive = raw['primitive'] as Primitive;
    switch (primitive) {
      case 'forbid-flow':
        return { ...base, primitive, from: this.selectors(raw['from']), to: this.selectors(raw['to']), bothWays: raw['bothWays'] === true, carriers: this.carriers(raw['carriers']) };
      case 'classified-asset-exposed':
        return {
          ...base,
          primitive,
          from: this.selectors(raw['from']),
          classifications: (raw['classifications'] as string[]).map((c) => CLASSIFICATION_ALIASES[c] ?? c),
          carriers: this.carriers(raw['carriers']),
        };
      case 'egress-bypass':
      case 'mgmt-exposed':
        return { ...base, primitive, from: this.selectors(raw['from']) };
      case 'approved-too-broad':
        return {
          ...base,
          primitive,
          maxAddresses: typeof raw['maxAddresses'] === 'number' ? raw['maxAddresses'] : DEFAULT_MAX_ADDRESSES,
          maxBreakoutRange: typeof raw['maxBreakoutRange'] === 'number' ? raw['maxBreakoutRange'] : DEFAULT_MAX_BREAKOUT_RANGE,
        };
      case 'flow-matrix':
        return this.matrix(base, raw, path);
      default:
        return { ...base, primitive };
    }
  }

  private matrix(base: CheckBase, raw: RawCheck, path: YamlPath): CheckConfig | undefined {
    const zones = raw['zones'] as string[];
    const allow: MatrixAllowance[] = [];
    let broken = false;
    ((raw['allow'] as Array<Record<string, unknown>> | undefined) ?? []).forEach((entry, i) => {
      const at = [...path, 'allow', i];
      const from = entry['from'] as string;
      const to = entry['to'] as string;
      for (const [field, zone] of [['from', from], ['to', to]] as const) {
        if (!zones.includes(zone)) {
          this.sink.add([...at, field], `'${zone}' is not one of this matrix's zones (${zones.join(', ')})`);
          broken = true;
        }
      }
      const texts = entry['services'] as string[] | undefined;
      let services: ServiceSet | undefined;
      if (texts) {
        const sets = texts.map((t, k) => {
          const set = parseServiceSpec(t);
          if (!set) {
            this.sink.add([...at, 'services', k], `'${t}' is not a service: expected protocol/port (tcp/443), a range (tcp/8000-8010) or a protocol (icmp)`);
            broken = true;
          }
          return set ?? ServiceSet.EMPTY;
        });
        services = ServiceSet.unionAll(sets);
      }
      allow.push({ from, to, ...(services ? { services, servicesText: texts!.join(', ') } : {}), provenance: this.provenance(at) });
    });
    if (broken) {
      // A matrix with a wrong entry would report the pair that entry meant to allow: skip it whole.
      this.sink.add(path, `check ${base.id} is skipped until its allow list is fixed`, 'key');
      return undefined;
    }
    return { ...base, primitive: 'flow-matrix', zones, allow };
  }

  private selectors(raw: unknown): Selector[] {
    return ((raw as string[] | undefined) ?? []).flatMap((s) => parseSelector(s) ?? []);
  }

  private carriers(raw: unknown): Carrier[] {
    const items = (raw as unknown[] | undefined) ?? [];
    return items.map((x): Carrier => {
      if (x === 'approved' || x === 'breakout' || x === 'published') return { type: x };
      const s = x as { sanitizer: Array<'mail' | 'file' | 'screen'>; end: 'either' | 'source' | 'destination' };
      return { type: 'sanitizer', methods: s.sanitizer, end: s.end };
    });
  }

  private provenance(path: YamlPath): Provenance {
    return { file: this.file, line: this.index.line(path) };
  }
}
