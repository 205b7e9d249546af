import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/analysis/flow.js';
import { propagate } from '../../src/analysis/propagate.js';
import { startsFor } from '../../src/analysis/reachability.js';
import { Topology } from '../../src/network/topology.js';
import { AddressSpace } from '../../src/space/address-space.js';
import type { Packet } from '../../src/space/packet.js';
import { applyToPacket } from '../../src/space/transform.js';
import { parseJunos, readJunosConfig } from '../../parsers/junos/index.js';
import { segment, site } from '../helpers/build-network.js';
import { Prng } from '../helpers/prng.js';
import { evaluate } from './junos/evaluate.js';
import { type GeneratedConfig, generateConfig, ip } from './junos/generate.js';

const CONFIGS = Number(process.env.JUNOS_ORACLE_CONFIGS ?? 200);
const PACKETS_PER_INTERFACE = 16;
const SEED = Number(process.env.JUNOS_ORACLE_SEED ?? 20250318);

const PORTS = [22, 23, 25, 53, 80, 81, 139, 443, 445, 830, 3389, 8080, 33434, 1024, 49152];

/** A packet from the interface's subnet to one of the interesting destinations. */
function randomPacket(r: Prng, cfg: GeneratedConfig, network: number): Packet {
  const src = network + r.int(1, 7);
  const dst = r.chance(0.85) ? r.pick(cfg.targets) : 0x0a000000 + r.int(0, 70);
  const protocol = r.pick([6, 6, 6, 17, 17, 1]);
  const icmp = protocol === 1;
  return {
    src: { family: 4, value: src },
    dst: { family: 4, value: dst },
    protocol,
    srcPort: icmp ? 0 : r.chance(0.8) ? 49152 + r.int(0, 1000) : r.pick(PORTS),
    dstPort: icmp ? r.pick([8, 0, 3]) : r.pick(PORTS),
  };
}

function keyOf(o: Outcome, p: Packet): string {
  const t = applyToPacket(o.t, p);
  const hop = o.hops[0];
  const decisions = hop?.decisions.map((d) => d.ruleId ?? `default-${d.action}`) ?? [];
  return `${o.disposition}|${hop?.out ?? '-'}|${ip(t.dst.value as number)}:${t.dstPort}|${ip(t.src.value as number)}|${decisions.join(',')}`;
}

describe('Junos oracle: parsed random SRX configurations against an evaluator of SRX semantics', () => {
  it(`gives every sampled packet the fates the SRX evaluator finds (${CONFIGS} configurations, both formats)`, () => {
    const r = new Prng(SEED);
    let compared = 0;
    const formats = { set: 0, brace: 0 };
    for (let n = 0; n < CONFIGS; n++) {
      const cfg = generateConfig(r);
      formats[cfg.format]++;
      const parsed = parseJunos(cfg.text, 'oracle.conf');
      const unrecognized = parsed.warnings.filter((w) => w.kind === 'unrecognized');
      expect(unrecognized, `config ${n}:\n${cfg.text}`).toEqual([]);
      expect(parsed.devices).toHaveLength(1);
      const config = readJunosConfig(cfg.text)!.config;
      // Each interface subnet is a segment of its own.
      const segments = cfg.interfaces.map((i, k) => segment(`s${k}`, 'other', `${ip(i.network)}/${i.prefixLength}`));
      const topology = new Topology(parsed.devices, site({ segments }));
      const outcomes = propagate(topology, startsFor(topology));
      for (const [k, iface] of cfg.interfaces.entries()) {
        const mine = outcomes.filter((o) => o.injection.iface === iface.name && o.source === `s${k}`);
        for (let m = 0; m < PACKETS_PER_INTERFACE; m++) {
          const p = randomPacket(r, cfg, iface.network);
          if (!AddressSpace.fromAddress(p.src).isSubsetOf(topology.ownership.spaceOf(`s${k}`))) continue;
          const actual = new Set(mine.filter((o) => o.orig.contains(p)).map((o) => keyOf(o, p)));
          const expected = evaluate(config, iface.name, p);
          expect([...actual].sort(), `config ${n} (${cfg.format}) packet ${ip(p.src.value as number)} -> ${ip(p.dst.value as number)} proto ${p.protocol} ${p.srcPort}->${p.dstPort} in ${iface.name}\n${cfg.text}`).toEqual([...expected].sort());
          compared++;
        }
      }
    }
    expect(formats.set).toBeGreaterThan(CONFIGS / 4);
    expect(formats.brace).toBeGreaterThan(CONFIGS / 4);
    expect(compared).toBeGreaterThan(CONFIGS * 30);
  });
});
