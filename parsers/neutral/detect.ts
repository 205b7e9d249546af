/** The format marker: a top-level `sansou-device` key, in YAML or JSON. */
const MARKER = /^\s*\{?\s*["']?sansou-device["']?\s*:/m;

/** True for a neutral device file; only the marker decides, never the file name. */
export function looksLikeNeutralDevice(text: string): boolean {
  return MARKER.test(text.slice(0, 4096));
}
