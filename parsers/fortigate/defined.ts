/**
 * The fields of `o` that are not undefined. With exactOptionalPropertyTypes an optional field
 * may be absent but not `undefined`, so optional values are gathered in one object and spread
 * through this instead of one conditional spread per field.
 */
export function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(o)) if (o[key] !== undefined) out[key] = o[key];
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
