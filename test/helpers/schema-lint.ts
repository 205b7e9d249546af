type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a published schema must hold to be a contract people can read: every object closed
 * (additionalProperties: false) and every property described in a sentence. The `if`/`then`
 * parts of a conditional only narrow properties declared elsewhere, so they are exempt.
 */
export function schemaProblems(schema: unknown): string[] {
  const problems: string[] = [];
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) node.forEach((n, i) => visit(n, `${where}/${i}`));
    if (!isJson(node)) return;
    if (isJson(node['properties'])) {
      const isConditional = where.endsWith('/if') || where.endsWith('/then');
      if (!isConditional && node['additionalProperties'] !== false) problems.push(`${where}: additionalProperties is not false`);
      for (const [key, prop] of Object.entries(node['properties'])) {
        if (!isConditional && !(isJson(prop) && typeof prop['description'] === 'string' && prop['description'].length > 10)) problems.push(`${where}/properties/${key}: no description`);
      }
    }
    for (const [key, child] of Object.entries(node)) visit(child, `${where}/${key}`);
  };
  visit(schema, '#');
  return problems;
}
