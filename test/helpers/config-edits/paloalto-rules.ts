import { UNRELATED, indentOf } from './unrelated-space.js';

/** PAN-OS XML: a deny from the unrelated space, any zone to any zone, first in every security rulebase. */
export function insertPaloaltoRules(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    if (line.trim() === '<rules>' && lines[i - 1]?.trim() === '<security>') out.push(...denyEntry(`${indentOf(line)}  `));
  });
  return out.join('\n');
}

function denyEntry(indent: string): string[] {
  const list = (tag: string, member: string) => [`${indent}  <${tag}>`, `${indent}    <member>${member}</member>`, `${indent}  </${tag}>`];
  return [
    `${indent}<entry name="unrelated-deny" uuid="5a45f0c8-9c1d-41ef-8000-000000000003">`,
    ...list('to', 'any'),
    ...list('from', 'any'),
    ...list('source', UNRELATED.cidr),
    ...list('destination', 'any'),
    ...list('source-user', 'any'),
    ...list('category', 'any'),
    ...list('application', 'any'),
    ...list('service', 'any'),
    `${indent}  <action>deny</action>`,
    `${indent}  <description>検証用の拒否（どの指摘とも無関係）</description>`,
    `${indent}</entry>`,
  ];
}
