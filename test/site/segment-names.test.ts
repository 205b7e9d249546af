import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindFromName, normalizeName, resolveSegmentName } from '../../src/site/segment-names.js';
import type { Segment, SegmentKind } from '../../src/site/types.js';
import { segment } from '../helpers/build-network.js';

/** The definition, read literally: the first segment named so, else the only one of the kind named. */
function reference(segments: readonly Segment[], value: string): Segment | undefined {
  const n = normalizeName(value);
  const direct = segments.find((s) => normalizeName(s.id) === n || (s.name !== undefined && normalizeName(s.name) === n));
  if (direct) return direct;
  const kind = kindFromName(value);
  const ofKind = segments.filter((s) => s.kind === kind);
  return ofKind.length === 1 ? ofKind[0] : undefined;
}

const KINDS: SegmentKind[] = ['mynumber', 'lgwan', 'internet', 'dmz'];
/** Names that collide on purpose: full-width and spaced spellings, kind words, ids reused as names. */
const WORDS = ['lgwan', 'ＬＧＷＡＮ接続系', 'lgwan 接続系', 'seg-a', 'SEG-A', 'seg-b', 'インターネット', '基幹系', 'dmz', '庁内'];

describe('resolveSegmentName', () => {
  it('answers as the literal definition does, on random segment lists and values', () => {
    const arbSegment = fc.record({ id: fc.constantFrom(...WORDS), kind: fc.constantFrom(...KINDS), name: fc.option(fc.constantFrom(...WORDS), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(arbSegment, { maxLength: 6 }), fc.array(fc.constantFrom(...WORDS, 'マイナンバー利用事務系', 'nothing'), { minLength: 1, maxLength: 8 }), (specs, values) => {
        const segments = specs.map((s) => ({ ...segment(s.id, s.kind, '10.0.0.0/24'), ...(s.name === undefined ? {} : { name: s.name }) }));
        for (const value of values) expect(resolveSegmentName(segments, value)).toBe(reference(segments, value));
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('finds a segment by its display name in another width, and by the kind word when it is the only one', () => {
    const segments = [{ ...segment('t1-lgwan', 'lgwan', '10.1.0.0/16'), name: 't1LGWAN接続系' }, segment('t1-net', 'internet', '10.2.0.0/16')];
    expect(resolveSegmentName(segments, 'ｔ１ＬＧＷＡＮ接続系')?.id).toBe('t1-lgwan');
    expect(resolveSegmentName(segments, 'インターネット接続系')?.id).toBe('t1-net');
    expect(resolveSegmentName([...segments, segment('t2-net', 'internet', '10.3.0.0/16')], 'インターネット接続系')).toBeUndefined();
  });
});
