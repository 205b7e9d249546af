/** How a config file's bytes were read. */
export type ConfigEncoding = 'utf-8' | 'cp932' | 'utf-16le' | 'utf-16be';

export type DecodedConfig = { readonly text: string; readonly encoding: ConfigEncoding } | { readonly binary: true; readonly reason: string };

/**
 * Reads a config export's bytes as text. Exports are UTF-8 or ASCII, but Japanese devices and
 * Windows editors leave Shift_JIS (CP932) comments, and some tools save UTF-16 with a BOM.
 * A file with NUL bytes and no UTF-16 BOM is binary (a firmware image, a zip) and is refused.
 */
export function decodeConfig(bytes: Uint8Array): DecodedConfig {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) return { binary: true, reason: 'the file contains NUL bytes: it is binary, not a text export' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Shift_JIS comments are the usual reason.
  }
  const text = new TextDecoder('shift_jis').decode(bytes);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  const controls = (text.match(/[\u0001-\u0008\u000E-\u001F]/g) ?? []).length;
  if ((replaced + controls) / Math.max(1, text.length) > 0.01) {
    return { binary: true, reason: 'the file is neither UTF-8 nor Shift_JIS text (it looks binary)' };
  }
  return { text, encoding: 'cp932' };
}
