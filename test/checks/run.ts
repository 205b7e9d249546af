import type { Asset } from '../../parsers/inventory-csv/types.js';
import { analyzeReachability } from '../../src/analysis/reachability.js';
import type { Finding } from '../../src/checks/finding.js';
import { loadShippedModel } from '../../src/rulesets/shipped.js';
import { runChecks } from '../../src/checks/run-checks.js';
import type { Device } from '../../src/model/device.js';
import type { ParsedConfig } from '../../src/model/parse-result.js';
import { Topology } from '../../src/network/topology.js';
import type { Site } from '../../src/site/types.js';

/** Runs the αモデル checks on a hand-built network, as the audit would. */
export function check(devices: Device[], site: Site, extra: { assets?: Asset[]; configs?: ParsedConfig[] } = {}): Finding[] {
  const topology = new Topology(devices, site);
  const reachability = analyzeReachability(topology);
  const assets = extra.assets ?? [];
  return runChecks(
    { site, topology, reachability, configs: extra.configs ?? [], assets, inventoryFile: 'inventory.csv', witness: { src: assets.flatMap((a) => a.addresses), dst: assets.flatMap((a) => a.addresses), avoid: topology.allDeviceAddresses() } },
    loadShippedModel('alpha').checks,
  );
}

export function only(findings: Finding[], check: string): Finding[] {
  return findings.filter((f) => f.check === check);
}
