import { SEVERITIES, type Severity } from '../../checks/types.js';
import { FINDING_CHANGES, type TuiFinding } from './finding-list.js';

/** What the `f` menu filters the findings by, in the order it lists them; `change` in diff mode only. */
export const FILTER_FIELDS = ['severity', 'check', 'device', 'change'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];


/** The filters in force; a field left out keeps every finding. */
export type FindingFilter = { readonly [F in FilterField]?: string };

/** One value a field can take, with how many findings have it. */
export interface FilterChoice {
  /** A severity, check id or device name. */
  readonly value: string;
  /** Findings (active and waived) that have it. */
  readonly count: number;
}

/** For each field, the values that occur among the findings. */
export type FilterChoices = { readonly [F in FilterField]: readonly FilterChoice[] };

export const NO_FILTER: FindingFilter = {};

/**
 * The values each field can take on this report: severities from the most severe, checks and
 * devices in code-point order (stable across languages and runs), changes from added to
 * unchanged. Only values that occur are offered, so no choice ever leads to an empty list.
 */
export function filterChoices(findings: readonly TuiFinding[]): FilterChoices {
  const count = (values: (f: TuiFinding) => readonly string[]) => {
    const counts = new Map<string, number>();
    for (const f of findings) for (const v of new Set(values(f))) counts.set(v, (counts.get(v) ?? 0) + 1);
    return counts;
  };
  const severities = count((f) => [f.finding.severity]);
  const changes = count((f) => (f.change === undefined ? [] : [f.change]));
  const sorted = (counts: Map<string, number>) => [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([value, n]) => ({ value, count: n }));
  return {
    severity: SEVERITIES.filter((s) => severities.has(s)).map((value) => ({ value, count: severities.get(value)! })),
    check: sorted(count((f) => [f.finding.check])),
    device: sorted(count((f) => f.devices)),
    change: FINDING_CHANGES.filter((c) => changes.has(c)).map((value) => ({ value, count: changes.get(value)! })),
  };
}

/** The fields the menu offers: the change only in diff mode, where findings have one. */
export function menuFields(diffMode: boolean): readonly FilterField[] {
  return diffMode ? FILTER_FIELDS : FILTER_FIELDS.filter((f) => f !== 'change');
}

/**
 * ←→ in the menu: the field's next or previous value, with "all" before the first and after
 * the last, so the cycle always passes through "no filter".
 */
export function stepFilter(filter: FindingFilter, field: FilterField, choices: FilterChoices, delta: 1 | -1): FindingFilter {
  const values = [undefined, ...choices[field].map((c) => c.value)];
  const at = Math.max(0, values.indexOf(filter[field]));
  return withField(filter, field, values[(at + delta + values.length) % values.length]);
}

/** The filter with one field set, or cleared when `value` is undefined. */
export function withField(filter: FindingFilter, field: FilterField, value: string | undefined): FindingFilter {
  const { [field]: _dropped, ...rest } = filter;
  return value === undefined ? rest : { ...rest, [field]: value };
}

/** Whether a finding passes every field of the filter. */
export function matchesFilter(item: TuiFinding, filter: FindingFilter): boolean {
  if (filter.severity !== undefined && item.finding.severity !== filter.severity) return false;
  if (filter.check !== undefined && item.finding.check !== filter.check) return false;
  if (filter.change !== undefined && item.change !== filter.change) return false;
  return filter.device === undefined || item.devices.includes(filter.device);
}

/** Number keys: 0 shows every severity, 1 to 5 one severity, from critical to info. */
export function severityForDigit(digit: string): { readonly severity: Severity | undefined } | undefined {
  if (digit === '0') return { severity: undefined };
  const index = Number.parseInt(digit, 10);
  if (!/^[1-9]$/.test(digit) || index > SEVERITIES.length) return undefined;
  return { severity: SEVERITIES[index - 1] };
}
