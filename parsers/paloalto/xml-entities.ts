/**
 * Decodes the five predefined XML entities and numeric character references. Nothing else is
 * expanded: the XML reader runs with entity processing off, so a DOCTYPE that defines entities
 * (the "billion laughs" attack) can never make the text grow. An unknown reference such as
 * `&lol9;` is left as written and reported by the caller.
 */
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const REFERENCE = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][\w.-]{0,31});/g;

export interface Decoded {
  readonly text: string;
  /** Names of references that are not predefined (custom entities, never expanded). */
  readonly unknown: readonly string[];
}

export function decodeXmlText(raw: string): Decoded {
  if (!raw.includes('&')) return { text: raw, unknown: [] };
  const unknown: string[] = [];
  const text = raw.replace(REFERENCE, (whole, ref: string) => {
    if (ref.startsWith('#x')) return fromCodePoint(Number.parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith('#')) return fromCodePoint(Number.parseInt(ref.slice(1), 10)) ?? whole;
    const named = NAMED[ref];
    if (named !== undefined) return named;
    unknown.push(ref);
    return whole;
  });
  return { text, unknown };
}

function fromCodePoint(cp: number): string | undefined {
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : undefined;
}
