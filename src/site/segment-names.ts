import type { Segment, SegmentKind } from './types.js';

/**
 * Words inventories and configs use for each segment kind. Matching is on NFKC-normalized,
 * lower-cased text with spaces removed, so "ＬＧＷＡＮ接続系" and "lgwan 接続系" both match.
 */
const KIND_NAMES: ReadonlyArray<readonly [SegmentKind, readonly string[]]> = [
  ['mynumber', ['mynumber', 'マイナンバー利用事務系', 'マイナンバー系', 'マイナンバー', '個人番号利用事務系', '個人番号系', '基幹系']],
  ['lgwan', ['lgwan', 'lgwan接続系', 'lgwan系']],
  ['internet', ['internet', 'インターネット接続系', 'インターネット系', 'インターネット']],
  ['dmz', ['dmz', '公開セグメント', '公開系']],
];

export function normalizeName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The segment kind a name denotes ("LGWAN接続系" → lgwan), if it is one of the standard names. */
export function kindFromName(text: string): SegmentKind | undefined {
  const n = normalizeName(text);
  return KIND_NAMES.find(([, names]) => names.includes(n))?.[0];
}

/**
 * The segment an inventory value means: its id, its display name, or a standard kind name
 * when exactly one segment has that kind.
 */
export function resolveSegmentName(segments: readonly Segment[], value: string): Segment | undefined {
  const { byName, byKind } = lookupOf(segments);
  const direct = byName.get(normalizeName(value));
  if (direct) return direct;
  const kind = kindFromName(value);
  const ofKind = kind === undefined ? undefined : byKind.get(kind);
  return ofKind?.length === 1 ? ofKind[0] : undefined;
}

/** Segments by normalized id and name (the first segment wins a name), and by kind. */
interface SegmentLookup {
  readonly byName: ReadonlyMap<string, Segment>;
  readonly byKind: ReadonlyMap<SegmentKind, readonly Segment[]>;
}

/**
 * Built once per list of segments: an inventory of 50,000 rows resolves a name per row, and
 * normalizing every segment's names for each would cost rows × segments.
 */
const lookups = new WeakMap<readonly Segment[], SegmentLookup>();

function lookupOf(segments: readonly Segment[]): SegmentLookup {
  const known = lookups.get(segments);
  if (known) return known;
  const byName = new Map<string, Segment>();
  const byKind = new Map<SegmentKind, Segment[]>();
  for (const s of segments) {
    for (const name of s.name === undefined ? [s.id] : [s.id, s.name]) {
      const n = normalizeName(name);
      if (!byName.has(n)) byName.set(n, s);
    }
    const ofKind = byKind.get(s.kind);
    if (ofKind) ofKind.push(s);
    else byKind.set(s.kind, [s]);
  }
  const lookup = { byName, byKind };
  lookups.set(segments, lookup);
  return lookup;
}
