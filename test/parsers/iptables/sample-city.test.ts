import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { propagate } from '../../../src/analysis/propagate.js';
import { startsFor } from '../../../src/analysis/reachability.js';
import { Topology } from '../../../src/network/topology.js';
import { parseIptables } from '../../../parsers/iptables/index.js';
import { looksLikeLinuxIp } from '../../../parsers/linux-ip/index.js';
import { segment, site } from '../../helpers/build-network.js';
import { onlyDevice, pkt } from './helpers.js';

const DIR = fileURLToPath(new URL('../../../samples/sample-city/configs/', import.meta.url));

/** sani-gw of the sample city, alone between its two segments. */
describe('sample city: sani-gw', () => {
  const rules = readFileSync(`${DIR}sani-gw.rules`, 'utf8');
  const ip = readFileSync(`${DIR}sani-gw.ip`, 'utf8');
  const parsed = parseIptables(rules, 'configs/sani-gw.rules', { text: ip, file: 'configs/sani-gw.ip' });
  const d = onlyDevice(parsed);
  const topology = new Topology([d], site({ segments: [segment('internet', 'internet', '10.130.0.0/16'), segment('lgwan', 'lgwan', '10.120.0.0/16')] }));
  const outcomes = propagate(topology, startsFor(topology));
  const fate = (from: string, p: ReturnType<typeof pkt>) => {
    const o = outcomes.filter((x) => x.source === from && x.orig.contains(p));
    expect(o, `one outcome for ${from}`).toHaveLength(1);
    const last = o[0]!.hops[o[0]!.hops.length - 1]!;
    return { disposition: o[0]!.disposition, to: o[0]!.to, rule: last.decisions[last.decisions.length - 1]?.ruleId };
  };

  it('parses cleanly, named from the companion, as the README describes', () => {
    expect(parsed.status).toBe('PASSED');
    expect(parsed.warnings).toEqual([]);
    expect(looksLikeLinuxIp(ip)).toBe(true);
    expect(d.id).toBe('sani-gw');
    expect(d.interfaces.map((i) => [i.name, i.addresses.map((a) => a.prefixLength)])).toEqual([
      ['eth0', [16]],
      ['eth1', [24]],
    ]);
    expect(d.routes.map((r) => r.prefix.prefixLength)).toEqual([0]);
    expect(d.filters.map((f) => [f.name, f.defaultAction])).toEqual([['iptables FORWARD', 'deny']]);
  });

  it('seeded violation D: the Internet segment reaches LGWAN servers on tcp/443 and 445 through the maintenance rule', () => {
    expect(fate('internet', pkt('10.130.5.5', '10.120.1.30', 'tcp', 445))).toEqual({ disposition: 'delivered', to: 'lgwan', rule: 'FORWARD:2' });
    expect(fate('internet', pkt('10.130.5.5', '10.120.1.30', 'tcp', 443))).toEqual({ disposition: 'delivered', to: 'lgwan', rule: 'FORWARD:2' });
  });

  it('everything else is tight: other ports, the other direction', () => {
    expect(fate('internet', pkt('10.130.5.5', '10.120.1.30', 'tcp', 139))).toEqual({ disposition: 'denied', to: undefined, rule: 'FORWARD:3>LOG-DROP:2' });
    expect(fate('internet', pkt('10.130.5.5', '10.120.1.30', 'udp', 445)).disposition).toBe('denied');
    expect(fate('lgwan', pkt('10.120.1.30', '10.130.5.5', 'tcp', 443)).disposition).toBe('denied');
  });

  it('the sanitizer answers tcp/443 from both sides and ssh from 10.120.1.0/24 only', () => {
    expect(fate('internet', pkt('10.130.5.5', '10.130.5.10', 'tcp', 443)).disposition).toBe('accepted');
    expect(fate('lgwan', pkt('10.120.0.11', '10.120.1.10', 'tcp', 443)).disposition).toBe('accepted');
    expect(fate('lgwan', pkt('10.120.1.25', '10.120.1.10', 'tcp', 22)).disposition).toBe('accepted');
    expect(fate('lgwan', pkt('10.120.0.11', '10.120.1.10', 'tcp', 22)).disposition).toBe('denied');
    expect(fate('internet', pkt('10.130.5.5', '10.130.5.10', 'tcp', 22)).disposition).toBe('denied');
  });
});
