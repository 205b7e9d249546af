import { UNRELATED, indentOf } from './unrelated-space.js';

const ADDRESS = 'sansou-unrelated-net';

/**
 * FortiGate: in every `config firewall address` block (one per VDOM) an address object for the
 * unrelated space, and at the top of every `config firewall policy` block a deny from it,
 * between the interfaces the block's first policy names, under a policy id the block does not use.
 */
export function insertFortigateRules(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    const inner = `${indentOf(line)}    `;
    if (line.trim() === 'config firewall address') out.push(...addressEntry(inner));
    if (line.trim() === 'config firewall policy') out.push(...denyPolicy(lines, i, inner));
  });
  return out.join('\n');
}

function addressEntry(indent: string): string[] {
  return [
    `${indent}edit "${ADDRESS}"`,
    `${indent}    set uuid 5a45f0c8-9c1d-51ef-8000-000000000001`,
    `${indent}    set comment "検証用（どの通信とも無関係）"`,
    `${indent}    set subnet ${UNRELATED.address} ${UNRELATED.mask}`,
    `${indent}next`,
  ];
}

function denyPolicy(lines: readonly string[], header: number, indent: string): string[] {
  const block = blockBody(lines, header);
  const ids = block.flatMap((l) => /^\s*edit (\d+)\s*$/.exec(l)?.[1] ?? []).map(Number);
  const srcintf = block.find((l) => /^\s*set srcintf /.test(l))?.trim();
  const dstintf = block.find((l) => /^\s*set dstintf /.test(l))?.trim();
  if (srcintf === undefined || dstintf === undefined) throw new Error(`policy block at line ${header + 1} has no interfaces to copy`);
  return [
    `${indent}edit ${Math.max(0, ...ids) + 1000}`,
    `${indent}    set name "UNRELATED-DENY"`,
    `${indent}    set uuid 5a45f0c8-9c1d-51ef-8000-000000000002`,
    `${indent}    ${srcintf}`,
    `${indent}    ${dstintf}`,
    `${indent}    set srcaddr "${ADDRESS}"`,
    `${indent}    set dstaddr "all"`,
    `${indent}    set action deny`,
    `${indent}    set schedule "always"`,
    `${indent}    set service "ALL"`,
    `${indent}    set logtraffic all`,
    `${indent}    set comments "検証用の拒否（どの指摘とも無関係）"`,
    `${indent}next`,
  ];
}

/** The lines between a `config …` line and its `end`, at the same indentation. */
function blockBody(lines: readonly string[], header: number): string[] {
  const indent = indentOf(lines[header]!);
  const body: string[] = [];
  for (let i = header + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === 'end' && indentOf(line) === indent) break;
    body.push(line);
  }
  return body;
}
