import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../src/analysis/flow.js';
import { analyzeReachability } from '../../../src/analysis/reachability.js';
import { Topology } from '../../../src/network/topology.js';
import type { Packet } from '../../../src/space/packet.js';
import { parseRtx } from '../../../parsers/rtx/index.js';
import { segment, site } from '../../helpers/build-network.js';
import { SAMPLE, onlyDevice, pkt, stage } from './helpers.js';

/**
 * An RTX `ip INTERFACE secure filter in` list checks every packet the interface receives,
 * those addressed to the router included (the command reference makes no exception, and
 * YAMAHA's VPN examples open IKE/ESP to the router's own WAN address in the IN list for that
 * reason). MGMT-EXPOSED reads the 'accepted' outcomes: TELNET answered for `host any` must
 * not count as exposed when the WAN IN filter refuses it.
 */
const TEXT = [
  '# RTX1220 Rev.15.04.04 (Mon Jan 15 11:29:42 2024)',
  'ip route default gateway 203.0.113.1',
  'ip lan1 address 192.168.10.1/24',
  'ip lan1 secure filter out 100099',
  'ip lan2 address 203.0.113.2/24',
  'ip lan2 secure filter in 200010 200020 200099',
  'ip filter 100099 reject * * * * *',
  'ip filter 200010 pass 198.51.100.0/24 203.0.113.2 tcp * 22',
  'ip filter 200020 pass * 192.168.10.0/24 tcp * www',
  'ip filter 200099 reject * * * * *',
  'telnetd host any',
  'sshd service on',
  'sshd host any',
  'httpd host any',
  '',
].join('\n');

const parsed = parseRtx(TEXT, 'configs/rtx-mgmt.config');
const d = onlyDevice(parsed);

/** The router alone: the LAN subnet is a segment, the Internet (every other address) is attached to lan2. */
const outcomes: readonly Outcome[] = analyzeReachability(
  new Topology(
    [d],
    site({
      segments: [segment('lan', 'other', '192.168.10.0/24')],
      externals: [{ id: 'internet', kind: 'internet', networks: 'default', attach: [{ device: d.id, interface: 'lan2', securityCloud: false }] }],
    }),
  ),
).outcomes;

function fateOf(source: string, p: Packet): { disposition: string; decisions: string[] } {
  const hits = outcomes.filter((o) => o.source === source && o.orig.contains(p));
  expect(hits).toHaveLength(1);
  const o = hits[0]!;
  return { disposition: o.disposition, decisions: o.hops.at(-1)!.decisions.map((x) => `${x.stage}:${x.ruleId ?? `default-${x.action}`}`) };
}

describe('RTX management plane: the IN secure filter guards the router itself', () => {
  it('parses cleanly; IN filter stages are local, OUT filter stages are not', () => {
    expect(parsed.warnings).toEqual([]);
    expect(stage(d, 'lan2 secure filter in')).toMatchObject({ inInterfaces: ['lan2'], local: true });
    expect(stage(d, 'lan1 secure filter out').local).toBeUndefined();
    expect(d.management.map((m) => `${m.service} ${m.sources?.toString() ?? 'any'}`)).toEqual(['telnet any', 'http any', 'ssh any', 'ping any']);
  });

  it('(a) TELNET, HTTP, ping and ssh from elsewhere, refused by the lan2 IN filter, are not accepted from the Internet side', () => {
    expect(fateOf('internet', pkt('192.0.2.7', '203.0.113.2', 'tcp', 23))).toEqual({ disposition: 'denied', decisions: ['lan2 secure filter in:200099'] });
    expect(fateOf('internet', pkt('192.0.2.7', '203.0.113.2', 'tcp', 80))).toEqual({ disposition: 'denied', decisions: ['lan2 secure filter in:200099'] });
    expect(fateOf('internet', pkt('192.0.2.7', '203.0.113.2', 'icmp', 8))).toEqual({ disposition: 'denied', decisions: ['lan2 secure filter in:200099'] });
    expect(fateOf('internet', pkt('192.0.2.7', '203.0.113.2', 'tcp', 22))).toEqual({ disposition: 'denied', decisions: ['lan2 secure filter in:200099'] });
    // The router's LAN address answers HTTP, and 200020 passes web to the LAN: so it is reachable.
    expect(fateOf('internet', pkt('192.0.2.7', '192.168.10.1', 'tcp', 80))).toEqual({ disposition: 'accepted', decisions: ['lan2 secure filter in:200020'] });
  });

  it('(b) ssh that the lan2 IN filter passes is accepted', () => {
    expect(fateOf('internet', pkt('198.51.100.9', '203.0.113.2', 'tcp', 22))).toEqual({ disposition: 'accepted', decisions: ['lan2 secure filter in:200010'] });
  });

  it('does not apply an OUT filter to what the router receives: the LAN, unfiltered inbound, manages it', () => {
    expect(fateOf('lan', pkt('192.168.10.20', '192.168.10.1', 'tcp', 23))).toEqual({ disposition: 'accepted', decisions: [] });
    expect(fateOf('lan', pkt('192.168.10.20', '203.0.113.2', 'tcp', 22))).toEqual({ disposition: 'accepted', decisions: [] });
    // …while web forwarded from the Internet to the LAN meets lan1's OUT filter.
    expect(fateOf('internet', pkt('192.0.2.7', '192.168.10.20', 'tcp', 80))).toEqual({ disposition: 'denied', decisions: ['lan2 secure filter in:200020', 'lan1 secure filter out:100099'] });
  });

  it('sample city: rtx-lgwan answers ssh for lan1 hosts, but its own lan1 IN filter refuses it', () => {
    const sample = onlyDevice(parseRtx(readFileSync(SAMPLE, 'utf8'), 'configs/rtx-lgwan.config'));
    const r = analyzeReachability(
      new Topology(
        [sample],
        site({ segments: [{ ...segment('core', 'lgwan', '10.255.30.0/30'), attach: [{ device: 'rtx-lgwan', interface: 'lan1', securityCloud: false }] }] }),
      ),
    );
    const ssh = r.outcomes.filter((o) => o.source === 'core' && o.orig.contains(pkt('10.255.30.2', '10.255.30.1', 'tcp', 22)));
    expect(ssh.map((o) => [o.disposition, o.hops.at(-1)!.decisions.map((x) => x.ruleId)])).toEqual([['denied', ['100199']]]);
  });
});
