import type { Nesting } from './mutations.js';

/**
 * Deep nesting in each format's own syntax, so that the parser's block reader (not only its
 * line classifier) meets it. Formats without blocks nest by reference instead: object groups
 * or chains that each point at the next, which a recursive resolver would follow all the way.
 * Left open, blocks stay unclosed and reference chains loop back to their start.
 */

const lines = (count: number, line: (i: number) => string): string => Array.from({ length: count }, (_, i) => line(i)).join('');

export const FORTIGATE_NESTING: Nesting = (depth, closed) =>
  'config firewall policy\n'.repeat(depth) + (closed ? 'end\n'.repeat(depth) : '');

export const PANOS_XML_NESTING: Nesting = (depth, closed) =>
  '<entry name="n">\n'.repeat(depth) + (closed ? '</entry>\n'.repeat(depth) : '');

export const JUNOS_NESTING: Nesting = (depth, closed) => 'a {\n'.repeat(depth) + (closed ? '}\n'.repeat(depth) : '');

/** ASA and IOS object groups, each including the next. */
export const OBJECT_GROUP_NESTING: Nesting = (depth, closed) =>
  lines(depth, (i) => `object-group network g${i}\n group-object g${i + 1 < depth || closed ? i + 1 : 0}\n`) +
  (closed ? `object-group network g${depth}\n network-object host 10.0.0.1\n` : '');

/** iptables user chains, each jumping to the next. */
export const IPTABLES_NESTING: Nesting = (depth, closed) =>
  lines(depth, (i) => `:c${i} - [0:0]\n`) + lines(depth, (i) => `-A c${i} -j c${i + 1 < depth || closed ? i + 1 : 0}\n`) + (closed ? `:c${depth} - [0:0]\n-A c${depth} -j ACCEPT\n` : '');

/** YAML (and JSON) flow collections: the reader's recursion, not its indentation, is what nests. */
export const YAML_NESTING: Nesting = (depth, closed) => `x: ${'['.repeat(depth)}${closed ? ']'.repeat(depth) : ''}\n`;
