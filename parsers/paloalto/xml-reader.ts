import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CONFIG, RULEBASE_SCHEMA, type SchemaNode } from './schema.js';
import { SourceText } from '../common/source-text.js';
import { type PanNode, newNode } from './tree.js';
import type { WarningSink } from './warnings.js';
import { decodeXmlText } from './xml-entities.js';

/** One element as fast-xml-parser returns it with `preserveOrder`. */
type XmlItem = Record<string, unknown>;
/** The metadata symbol's value on an element. */
function metaOf(item: XmlItem): Meta | undefined {
  return (item as unknown as Record<symbol, Meta | undefined>)[META];
}
interface Meta {
  readonly startIndex: number;
  readonly endIndex?: number;
}

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/**
 * Deepest element nesting the parser accepts (fast-xml-parser's own default, named here so the
 * limit is documented). A PAN-OS export nests about twenty deep; a deeper document is refused
 * whole by the parser, and that refusal is reported.
 */
export const MAX_XML_DEPTH = 100;

const PARSER_OPTIONS = {
  preserveOrder: true,
  maxNestedTags: MAX_XML_DEPTH,
  // Entity expansion off: a DOCTYPE that defines entities must never expand (billion laughs).
  processEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  captureMetaData: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // No callback reads the element path, so the parser need not spell it out for every element.
  jPath: false,
} as const;

export interface XmlReadResult {
  /** The `<config>` element, or undefined when the document holds none. */
  readonly root?: PanNode;
  /** The `version` attribute of `<config>` ("10.2.0"). */
  readonly version?: string;
}

/**
 * Reads a running-config XML into the PAN-OS tree, keeping only what the schema knows. A
 * document that does not parse cleanly gets a warning at the line the validator names, and
 * whatever part of it still parses is used.
 */
export function readXml(original: SourceText, sink: WarningSink): XmlReadResult {
  reportDoctype(original, sink);
  // The declaration is blanked before parsing: its entities are never wanted, and the parser
  // rejects external ones outright. Line breaks stay, so lines still match the file.
  const source = new SourceText(blankDoctype(original.text));
  const text = source.text;
  const validation = XMLValidator.validate(text);
  let errorOffset: number | undefined;
  if (validation !== true) {
    const { msg, line } = validation.err;
    // Unclosed elements at the end are reported on line 1; the truncation is at the end.
    const truncated = msg.startsWith("Invalid '[") || msg.startsWith('Unclosed tag');
    const at = truncated ? Math.max(source.lineCount, 1) : Math.max(1, Math.min(line, source.lineCount));
    const comment = truncated
      ? `the XML ends before its elements are closed (${msg}); the file is truncated, elements left open are incomplete`
      : `XML syntax error: ${msg}; what parses around it is still read`;
    sink.unrecognized(at, 'xml', comment);
    errorOffset = truncated ? undefined : source.lineStart(at);
  }
  const items = parseLeniently(text, errorOffset);
  if (!Array.isArray(items)) {
    // Said here, or the file would be reported as holding no <config> element at all.
    sink.unrecognized(1, 'xml', `the XML parser gave up on the whole document: ${items.error}`);
    return {};
  }
  const config = findConfig(items);
  if (!config) return {};
  const attrs = config[':@'] as Record<string, string> | undefined;
  const root = new TreeBuilder(source, sink).element('config', config, CONFIG, 'config');
  const version = attrs?.version;
  return { root, ...(version === undefined ? {} : { version }) };
}

/**
 * Parses the text; when the parser gives up, retries on the part before the error, then before
 * the last complete tag. When every attempt fails, the last failure is returned to be reported
 * (elements nested deeper than MAX_XML_DEPTH make every attempt fail).
 */
function parseLeniently(text: string, errorOffset: number | undefined): XmlItem[] | { error: string } {
  const attempts = [text];
  if (errorOffset !== undefined && errorOffset > 0) attempts.push(text.slice(0, errorOffset));
  const lastTag = text.lastIndexOf('>');
  if (lastTag > 0) attempts.push(text.slice(0, lastTag + 1));
  let error = 'no attempt was made';
  for (const attempt of attempts) {
    try {
      return new XMLParser(PARSER_OPTIONS).parse(attempt) as XmlItem[];
    } catch (thrown) {
      // Try the next, shorter attempt.
      error = thrown instanceof Error ? thrown.message : String(thrown);
    }
  }
  return { error };
}

function tagOf(item: XmlItem): string | undefined {
  return Object.keys(item).find((k) => k !== ':@');
}

function childrenOf(item: XmlItem, tag: string): XmlItem[] {
  const value = item[tag];
  return Array.isArray(value) ? (value as XmlItem[]) : [];
}

/** `<config>` at the top, or inside the API's `<response><result>`. */
function findConfig(items: readonly XmlItem[]): XmlItem | undefined {
  for (const item of items) {
    const tag = tagOf(item);
    if (tag === 'config') return item;
    if (tag === 'response' || tag === 'result') {
      const inner = findConfig(childrenOf(item, tag));
      if (inner) return inner;
    }
  }
  return undefined;
}

/** The text with its `<!DOCTYPE …>` declaration (internal subset included) turned to spaces. */
export function blankDoctype(text: string): string {
  const at = text.indexOf('<!DOCTYPE');
  if (at < 0) return text;
  const close = text.indexOf('>', at);
  const open = text.indexOf('[', at);
  let end = close;
  if (open >= 0 && (close < 0 || open < close)) {
    const subsetEnd = text.indexOf(']', open);
    end = subsetEnd < 0 ? -1 : text.indexOf('>', subsetEnd);
  }
  const stop = end < 0 ? text.length : end + 1;
  return text.slice(0, at) + text.slice(at, stop).replace(/[^\n]/g, ' ') + text.slice(stop);
}

function reportDoctype(source: SourceText, sink: WarningSink): void {
  const at = source.text.indexOf('<!DOCTYPE');
  if (at < 0) return;
  sink.unsupported(source.lineOf(at), 'xml', 'DOCTYPE declaration ignored: a PAN-OS export has none, and entities it defines are never expanded');
}

class TreeBuilder {
  constructor(
    private readonly source: SourceText,
    private readonly sink: WarningSink,
  ) {}

  element(tag: string, item: XmlItem, schema: SchemaNode, context: string): PanNode {
    const meta = metaOf(item);
    const line = meta ? this.source.lineOf(meta.startIndex) : 1;
    const attrs = item[':@'] as Record<string, string> | undefined;
    const rawName = attrs?.name;
    const name = rawName === undefined ? undefined : this.decode(rawName, line, context);
    const node = newNode(tag, line, name);
    node.endLine = this.endLine(meta, line);
    node.complete = meta?.endIndex !== undefined;
    const kids = childrenOf(item, tag);
    switch (schema.kind) {
      case 'ignore':
        return node;
      case 'value':
      case 'flag': {
        const text = this.textOf(kids, line, context);
        if (text !== undefined) node.text = text;
        for (const k of kids) {
          const t = tagOf(k);
          if (t !== undefined && t !== '#text') this.unknown(k, `${context} > ${tag}`, `<${tag}> holds a value, not a <${t}> element`);
        }
        return node;
      }
      case 'members':
        for (const k of kids) {
          const t = tagOf(k);
          if (t === undefined || t === '#text') continue;
          if (t !== 'member') {
            this.unknown(k, context, `<${tag}> lists <member> elements, not <${t}>`);
            continue;
          }
          const m = this.element('member', k, { kind: 'value' }, context);
          node.children.push(m);
        }
        return node;
      case 'entries':
        for (const k of kids) {
          const t = tagOf(k);
          if (t === undefined || t === '#text') continue;
          const attrsOf = k[':@'] as Record<string, string> | undefined;
          if (t !== 'entry' || attrsOf?.name === undefined) {
            this.unknown(k, context, `<${tag}> lists <entry name="…"> elements, not <${t}>`);
            continue;
          }
          node.children.push(this.element('entry', k, schema.entry, `${context} > ${this.decode(attrsOf.name, line, context)}`));
        }
        return node;
      case 'container':
        for (const k of kids) {
          const t = tagOf(k);
          if (t === undefined || t === '#text') continue;
          const childSchema = Object.hasOwn(schema.children, t) ? schema.children[t] : undefined;
          if (childSchema === undefined) {
            if (schema.others !== 'ignore') this.unknown(k, context, `unknown element <${t}>`);
            continue;
          }
          node.children.push(this.element(t, k, childSchema, `${context} > ${t}`));
        }
        return node;
      case 'scan':
        this.scan(kids, node, context);
        return node;
    }
  }

  /**
   * Panorama pushes rulebases into sections whose other content sansou ignores. They are
   * looked for at any depth (with a stack: a hostile document may nest deeply) and kept as
   * children named after the vsys that holds them, if any.
   */
  private scan(kids: readonly XmlItem[], into: PanNode, context: string): void {
    // A queue walked by index: document order, and no quadratic shifting on large sections.
    const queue: Array<{ item: XmlItem; vsys?: string; viaEntry?: string }> = kids.map((item) => ({ item }));
    for (let at = 0; at < queue.length && at < 5_000_000; at++) {
      const { item, vsys, viaEntry } = queue[at]!;
      const tag = tagOf(item);
      if (tag === undefined || tag === '#text') continue;
      if (tag === 'pre-rulebase' || tag === 'post-rulebase') {
        const built = this.element(tag, item, RULEBASE_SCHEMA, `${context} > ${tag}`);
        into.children.push({ ...built, ...(vsys === undefined ? {} : { name: vsys }) });
        continue;
      }
      const attrs = item[':@'] as Record<string, string> | undefined;
      const entryName = tag === 'entry' ? attrs?.name : undefined;
      const nextVsys = entryName !== undefined && viaEntry === 'vsys' ? entryName : vsys;
      for (const k of childrenOf(item, tag)) queue.push({ item: k, ...(nextVsys === undefined ? {} : { vsys: nextVsys }), viaEntry: tag });
    }
  }

  private textOf(kids: readonly XmlItem[], line: number, context: string): string | undefined {
    let text: string | undefined;
    for (const k of kids) {
      const t = k['#text'];
      if (typeof t === 'string' || typeof t === 'number') text = (text ?? '') + String(t);
    }
    return text === undefined ? undefined : this.decode(text, line, context).trim();
  }

  private decode(raw: string, line: number, context: string): string {
    const { text, unknown } = decodeXmlText(raw);
    for (const ref of unknown) {
      this.sink.invalid(line, context, `entity reference &${ref}; is not expanded (entities from a DOCTYPE are never processed); the value is kept as written`);
    }
    return text;
  }

  private endLine(meta: Meta | undefined, line: number): number {
    if (!meta) return line;
    if (meta.endIndex === undefined) return Math.max(line, this.source.lineCount);
    return Math.max(line, this.source.lineOf(Math.max(meta.endIndex - 1, meta.startIndex)));
  }

  private unknown(item: XmlItem, context: string, comment: string): void {
    const meta = metaOf(item);
    const line = meta ? this.source.lineOf(meta.startIndex) : 1;
    this.sink.unrecognized(line, context, `${comment}; ignored`, this.endLine(meta, line));
  }
}

/**
 * Blanks the lines before and after the document that are not XML (a prompt, a command echo,
 * the next prompt): whole lines whose text does not start with `<`, from each end. Line
 * breaks stay, so offsets still map to the same lines.
 */
export function blankOutsideXml(text: string): string {
  const lines = text.split('\n');
  const isXml = (line: string) => line.trimStart().startsWith('<');
  let first = 0;
  while (first < lines.length && !isXml(lines[first]!)) first++;
  let last = lines.length - 1;
  while (last > first && !isXml(lines[last]!)) last--;
  const blanked = first + (lines.length - 1 - last);
  if (blanked === 0 || first >= lines.length) return text;
  const blank = (line: string) => ' '.repeat(line.length);
  const out = lines.map((line, i) => (i < first || i > last ? blank(line) : line));
  return out.join('\n');
}
