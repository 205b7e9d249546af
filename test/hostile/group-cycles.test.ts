import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditTimed, goodConfigAudited, hostileSnapshot, inputOf, removeHostileSnapshots } from './hostile-snapshot.js';

afterAll(removeHostileSnapshots);

/** Two address groups that contain each other, used by a policy so resolution must follow them. */
const FGT_CYCLE = `config system global
    set hostname "fgt-cycle"
end
config system interface
    edit "port1"
        set ip 10.1.1.1 255.255.255.0
    next
    edit "port2"
        set ip 10.2.2.1 255.255.255.0
    next
end
config firewall address
    edit "h1"
        set subnet 10.1.1.5 255.255.255.255
    next
end
config firewall addrgrp
    edit "ga"
        set member "h1" "gb"
    next
    edit "gb"
        set member "ga"
    next
end
config firewall policy
    edit 1
        set srcintf "port1"
        set dstintf "port2"
        set srcaddr "ga"
        set dstaddr "all"
        set action accept
        set schedule "always"
        set service "ALL"
    next
end
`;

describe('object groups that contain themselves', () => {
  it('FortiGate: the cycle is reported at the member that closes it, once', () => {
    const dir = hostileSnapshot();
    writeFileSync(join(dir, 'configs/fgt-cycle.conf'), FGT_CYCLE);
    const { result } = auditTimed(dir);
    const input = inputOf(result, 'configs/fgt-cycle.conf');
    expect(input.devices).toEqual(['fgt-cycle']);
    expect(input.warnings.map((w) => [w.line, w.kind, w.context, w.comment])).toEqual([
      [22, 'invalid', 'config firewall addrgrp > edit gb', 'address group cycle: "gb" contains "ga", which leads back to "gb"; this member is ignored'],
    ]);
    expect(goodConfigAudited(result)).toBe(true);
  });

  it('ASA: nested network object-groups in a cycle are reported, not looped on', () => {
    const dir = hostileSnapshot();
    const base = readFileSync(new URL('../fixtures/asa/asa-branch-fw.cfg', import.meta.url), 'utf8');
    const first = base.split('\n').length;
    const cycle = ['object-group network cyc-a', ' group-object cyc-b', ' network-object host 10.9.9.9', 'object-group network cyc-b', ' group-object cyc-a', 'access-list OUTSIDE_IN extended permit ip object-group cyc-a any', ''];
    writeFileSync(join(dir, 'configs/asa-cycle.cfg'), base + cycle.join('\n'));
    const { result } = auditTimed(dir);
    const input = inputOf(result, 'configs/asa-cycle.cfg');
    expect(input.devices).toEqual(['asa-branch-fw']);
    const cycles = input.warnings.filter((w) => w.comment.includes('cycle'));
    // `first` is the line after the fixture's last newline, where cyc-a opens; cyc-b's member is 4 lines on.
    expect(cycles.map((w) => [w.line, w.kind, w.context, w.comment])).toEqual([
      [first + 4, 'invalid', 'object-group network cyc-b', 'group-object cyc-a closes a cycle of nested groups; the nesting adds nothing the second time'],
    ]);
    expect(goodConfigAudited(result)).toBe(true);
  });
});
