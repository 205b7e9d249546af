import { describe, expect, it } from 'vitest';
import type { Decision, Hop } from '../../src/analysis/flow.js';
import { pathSignature } from '../../src/checks/finding.js';

/** A one-hop path through `decision`, with NAT entries named as given. */
function path(decision: Decision, nat: Pick<Hop, 'dnat' | 'snat'> = {}): Hop[] {
  return [{ device: 'fw', in: 'inside', out: 'outside', decisions: [decision], ...nat }];
}

const provenance = { file: 'configs/fw.cfg', line: 10 };
const permit = (ruleId: string, ruleIdentity?: string): Decision => ({ stage: 'acl IN', ruleId, ...(ruleIdentity === undefined ? {} : { ruleIdentity }), implicit: false, action: 'permit', provenance });

describe('pathSignature: rules and NAT entries by identity, never by position or line', () => {
  it('a rule renumbered by an unrelated insertion keeps the signature when its identity is the same', () => {
    expect(pathSignature(path(permit('IN:2', 'IN permit tcp any host 10.0.0.5 eq 445')))).toBe(pathSignature(path(permit('IN:4', 'IN permit tcp any host 10.0.0.5 eq 445'))));
  });

  it('another rule on the same path changes it', () => {
    expect(pathSignature(path(permit('IN:2', 'IN permit tcp any host 10.0.0.5 eq 445')))).not.toBe(pathSignature(path(permit('IN:2', 'IN permit tcp any host 10.0.0.6 eq 445'))));
  });

  it('falls back to the rule id when the rule has no identity (its id is stable), as before identities existed', () => {
    expect(pathSignature(path(permit('13')))).toBe('fw/inside>outside//13/');
    expect(pathSignature(path({ stage: 'acl IN', implicit: true, action: 'permit' }))).toBe('fw/inside>outside//default:permit/');
  });

  it('names NAT entries by identity too, and ignores where they are defined', () => {
    const nat = (id: string, line: number) => ({
      dnat: { id: `${id}/destination`, identity: 'section1/{"real":"a"}/destination', provenance: { ...provenance, line } },
      snat: { pool: 'p', ruleId: id, identity: 'section1/{"real":"a"}', provenance: { ...provenance, line } },
    });
    expect(pathSignature(path(permit('13'), nat('section1/1', 20)))).toBe(pathSignature(path(permit('13'), nat('section1/2', 21))));
    expect(pathSignature(path(permit('13'), { snat: { pool: 'p', ruleId: 'nat 1' } }))).toBe('fw/inside>outside//13/nat 1');
  });
});
