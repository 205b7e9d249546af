import { describe, expect, it } from 'vitest';
import { readRuleset } from '../../src/rulesets/read-ruleset.js';
import { loadSiteFile } from '../../src/site/load-site-file.js';
import { readPolicy } from '../../src/rulesets/read-policy.js';

/**
 * The YAML library recurses once per nesting level; thousands of levels overflowed the stack
 * (at a JIT-dependent depth) or exhausted memory. Such documents are refused up front, with
 * one error at the line that goes too deep, the same on every run.
 */
describe('deeply nested YAML', () => {
  const flow = `organization: x\nsegments: ${'['.repeat(5000)}\n`;
  const dashes = `${'- '.repeat(100_000)}\n`;

  it('refuses flow collections nested thousands deep, at their line, identically twice', () => {
    const first = loadSiteFile(flow, 'sansou.yaml');
    const second = loadSiteFile(flow, 'sansou.yaml');
    expect(first.errors.map((e) => [e.line, e.message])).toEqual([[2, 'the document is nested more than 64 levels deep; not read']]);
    expect(second.errors).toEqual(first.errors);
    expect(first.site).toBeUndefined();
  });

  it('refuses a line of 100,000 sequence dashes in a ruleset and a policy without throwing', () => {
    const ruleset = readRuleset(`# deep\n${dashes}`, 'rules.yaml');
    expect(ruleset.errors.map((e) => e.line)).toEqual([2]);
    const policy = readPolicy(dashes, 'policy.yaml');
    expect(policy.errors.map((e) => e.line)).toEqual([1]);
  });

  it('still reads 60 levels of nesting', () => {
    const site = loadSiteFile(`organization: x\nnote: ${'['.repeat(60)}${']'.repeat(60)}\n`, 'sansou.yaml');
    expect(site.errors.some((e) => e.message.includes('nested more than'))).toBe(false);
  });
});
