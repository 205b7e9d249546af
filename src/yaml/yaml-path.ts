/** A location inside a YAML document: map keys and list indices from the root. */
export type YamlPath = ReadonlyArray<string | number>;

/** JSON pointer of a path, as ajv writes `instancePath` ("/segments/lgwan/networks/1"). */
export function toPointer(path: YamlPath): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** The path a JSON pointer names; segments under a list become indices. */
export function pointerToPath(pointer: string, root: unknown): Array<string | number> {
  if (pointer === '') return [];
  const out: Array<string | number> = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      const index = Number(segment);
      out.push(index);
      node = node[index];
    } else {
      out.push(segment);
      node = isRecord(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
    }
  }
  return out;
}

/** "segments.lgwan.networks[1]"; keys that are not plain words are quoted: segments["a b"]. */
export function formatKey(path: YamlPath): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(p)) out += out === '' ? p : `.${p}`;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a path of the plain document, or undefined. */
export function valueAt(root: unknown, path: YamlPath): unknown {
  let node = root;
  for (const p of path) {
    if (typeof p === 'number') node = Array.isArray(node) ? node[p] : undefined;
    else node = isRecord(node) && Object.hasOwn(node, p) ? node[p] : undefined;
  }
  return node;
}
