import fc from 'fast-check';

/**
 * Edits a person or a broken export could make to a real config: lines deleted, duplicated or
 * swapped, the file cut short, stray bytes (invalid UTF-8, NUL, CR, tabs, Japanese text in
 * UTF-8 or Shift_JIS), one enormous line, and blocks nested thousands deep. A mutation is
 * described, not performed, by the arbitrary: positions are plain numbers taken modulo the
 * current size when applied, so fast-check shrinks a failure to a short list cheaply, even
 * one holding a 2 MB line (which is only a unit and a length until it is applied).
 */
export type Mutation =
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'duplicate'; readonly at: number }
  | { readonly op: 'swap'; readonly at: number; readonly with: number }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'insert-bytes'; readonly at: number; readonly column: number; readonly bytes: Uint8Array }
  | { readonly op: 'huge-line'; readonly at: number; readonly unit: string; readonly length: number }
  | { readonly op: 'nest'; readonly at: number; readonly depth: number; readonly closed: boolean };

/** Text nesting blocks `depth` deep in a format's own syntax; `closed` adds the closings. */
export type Nesting = (depth: number, closed: boolean) => string;

/** Nesting no format owns: braces, FortiOS blocks and XML elements, which most readers meet somewhere. */
export const GENERIC_NESTING: Nesting = (depth, closed) => {
  const third = Math.ceil(depth / 3);
  const open = '{\n'.repeat(third) + 'config x\n'.repeat(third) + '<a>\n'.repeat(third);
  return closed ? open + '</a>\n'.repeat(third) + 'end\n'.repeat(third) + '}\n'.repeat(third) : open;
};

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Byte sequences that break decoders and line readers. */
const NASTY_BYTES: readonly Uint8Array[] = [
  Uint8Array.of(0xff), // never valid UTF-8
  Uint8Array.of(0xc3), // a lead byte without its continuation
  Uint8Array.of(0xe3, 0x81), // a three-byte sequence cut short
  Uint8Array.of(0xed, 0xa0, 0x80), // an encoded surrogate, invalid in UTF-8
  Uint8Array.of(0x00),
  Uint8Array.of(0x0d),
  Uint8Array.of(0x0d, 0x0a),
  Uint8Array.of(0x09),
  Uint8Array.of(0xef, 0xbb, 0xbf), // a BOM in the middle
  Uint8Array.of(0x8f, 0xee, 0x95, 0xf1, 0x8c, 0x6e), // 情報系 in Shift_JIS
  utf8('庁内ＬＡＮ　マイナンバー利用事務系 ①㈱'),
  utf8('"\'\\`${}[]<>&;#!'),
  utf8('𠮷野家'), // outside the BMP: a surrogate pair once decoded
];

const strayBytes: fc.Arbitrary<Uint8Array> = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...NASTY_BYTES), weight: 3 }, { arbitrary: fc.uint8Array({ maxLength: 48 }), weight: 1 }), { minLength: 1, maxLength: 4 })
  .map((parts) => Buffer.concat(parts));

/** Units a huge line repeats: plain words, tokens a reader treats specially, a Japanese character. */
const HUGE_UNITS = ['a', 'set x ', '10.0.0.1 ', 'あ', '{', '<a>', '"', ' ', ',', '- '] as const;

const position = fc.nat();

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('delete' as const), at: position }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: position }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('swap' as const), at: position, with: position }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('truncate' as const), at: position }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('insert-bytes' as const), at: position, column: position, bytes: strayBytes }), weight: 4 },
  {
    arbitrary: fc.record({ op: fc.constant('huge-line' as const), at: position, unit: fc.constantFrom(...HUGE_UNITS), length: fc.integer({ min: 200_000, max: 2_000_000 }) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ op: fc.constant('nest' as const), at: position, depth: fc.oneof(fc.constant(5_000), fc.integer({ min: 1, max: 64 })), closed: fc.boolean() }),
    weight: 1,
  },
);

/** A list of mutations; the empty list keeps the seed as it is, which must parse too. */
export function mutations(maxLength = 6): fc.Arbitrary<Mutation[]> {
  return fc.array(mutation, { maxLength });
}

/** The seed's bytes with the mutations applied in order. */
export function applyMutations(seed: Uint8Array, list: readonly Mutation[], nesting: Nesting = GENERIC_NESTING): Buffer {
  let lines = splitLines(seed);
  for (const m of list) lines = applyOne(lines, m, nesting);
  return joinLines(lines);
}

function applyOne(lines: Uint8Array[], m: Mutation, nesting: Nesting): Uint8Array[] {
  const out = [...lines];
  const i = m.at % out.length;
  switch (m.op) {
    case 'delete':
      out.splice(i, 1);
      return out.length === 0 ? [new Uint8Array()] : out;
    case 'duplicate':
      out.splice(i, 0, out[i]!);
      return out;
    case 'swap': {
      const j = m.with % out.length;
      [out[i], out[j]] = [out[j]!, out[i]!];
      return out;
    }
    case 'truncate': {
      const bytes = joinLines(out);
      return splitLines(bytes.subarray(0, m.at % (bytes.length + 1)));
    }
    case 'insert-bytes': {
      const line = out[i]!;
      const column = m.column % (line.length + 1);
      // Inserted bytes may hold a newline, which splits the line as it would in the file.
      out.splice(i, 1, ...splitLines(Buffer.concat([line.subarray(0, column), m.bytes, line.subarray(column)])));
      return out;
    }
    case 'huge-line':
      out[i] = Buffer.from(m.unit.repeat(Math.ceil(m.length / Buffer.byteLength(m.unit))));
      return out;
    case 'nest':
      out.splice(i, 0, ...splitLines(utf8(nesting(m.depth, m.closed).replace(/\n$/, ''))));
      return out;
  }
}

/** Lines split on LF only, so that CR bytes stay inside lines as a broken file has them. */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, start)) {
    lines.push(bytes.subarray(start, at));
    start = at + 1;
  }
  lines.push(bytes.subarray(start));
  return lines;
}

function joinLines(lines: readonly Uint8Array[]): Buffer {
  const parts: Uint8Array[] = [];
  lines.forEach((line, n) => {
    if (n > 0) parts.push(NEWLINE);
    parts.push(line);
  });
  return Buffer.concat(parts);
}

const NEWLINE = Uint8Array.of(0x0a);
