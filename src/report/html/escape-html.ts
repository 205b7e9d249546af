/**
 * The one HTML escaper, and markup that is escaped by construction. Configs and inventories
 * are written by others: a description may hold `<script>` or `" onload="…`, and the report
 * must show it as written, never run it. So every value goes into a page through `html`
 * below, which escapes whatever is not already markup; a renderer never concatenates text
 * into markup itself.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe in element content and in quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

declare const MARKUP: unique symbol;

/** A piece of markup whose text has been escaped. Only this module makes one. */
export interface Html {
  /** The markup. */
  readonly markup: string;
  /** Brands the type, so that a plain object cannot pass for escaped markup by accident. */
  readonly [MARKUP]: true;
}

/** What a template may interpolate: text (escaped), a number, markup, a list of markup, or `false` for nothing. */
export type HtmlValue = string | number | Html | readonly Html[] | false;

function markup(text: string): Html {
  return { markup: text } as Html;
}

/**
 * Markup from a template: the literal parts are markup written in this code; every
 * interpolated string is escaped; markup and lists of markup are inserted as they are.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return markup(out);
}

function render(value: HtmlValue): string {
  if (value === false) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  if (isMarkupList(value)) return value.map((v) => v.markup).join('');
  return value.markup;
}

function isMarkupList(value: Html | readonly Html[]): value is readonly Html[] {
  return Array.isArray(value);
}

/**
 * A constant written in this code and inserted as it is: the style sheet, whose quotes must
 * stay quotes (a `<style>` element decodes no entities). Never pass it a value from input.
 */
export function constantMarkup(text: string): Html {
  return markup(text);
}
