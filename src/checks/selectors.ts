import { KINDS, type Kind, type Selector } from './types.js';

/** Reads a selector as rulesets write it ("lgwan", "segment:internet", "id:office"); undefined when it is none. */
export function parseSelector(text: string): Selector | undefined {
  const [head, rest] = text.includes(':') ? [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)] : [undefined, text];
  if (head === 'id') return rest.length > 0 ? { id: rest } : undefined;
  if (!(KINDS as readonly string[]).includes(rest)) return undefined;
  const kind = rest as Kind;
  if (head === undefined) return { kind, scope: 'any' };
  if (head === 'segment' || head === 'external') return { kind, scope: head };
  return undefined;
}

/** The selector as a ruleset writes it. */
export function formatSelector(selector: Selector): string {
  if ('id' in selector) return `id:${selector.id}`;
  return selector.scope === 'any' ? selector.kind : `${selector.scope}:${selector.kind}`;
}
