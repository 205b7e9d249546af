import { analyzeReachability } from '../../../src/analysis/reachability.js';
import type { Finding } from '../../../src/checks/finding.js';
import { type HygieneCheck, hygieneCheck } from '../../../src/checks/hygiene/index.js';
import type { HygienePrimitive } from '../../../src/checks/types.js';
import type { Device } from '../../../src/model/device.js';
import { Topology } from '../../../src/network/topology.js';
import { site } from '../../helpers/build-network.js';

/** The check id each primitive is configured under in the tests, as a ruleset would. */
export const CHECK_IDS: Readonly<Record<HygienePrimitive, string>> = {
  'rule-shadowed': 'RULE-SHADOWED',
  'rule-any-any': 'RULE-ANY-ANY',
  'object-undefined': 'OBJECT-UNDEFINED',
  'object-unused': 'OBJECT-UNUSED',
  'mgmt-insecure': 'MGMT-INSECURE',
  'default-admin': 'DEFAULT-ADMIN',
};

export function checkOf(primitive: HygienePrimitive): HygieneCheck {
  return { id: CHECK_IDS[primitive], primitive, severity: 'low' };
}

/** Runs one hygiene primitive through the check entry point, on a site that declares nothing. */
export function runHygiene(devices: readonly Device[], primitive: HygienePrimitive): Finding[] {
  const s = site({ segments: [] });
  const topology = new Topology(devices, s);
  const ctx = { site: s, topology, reachability: analyzeReachability(topology), configs: [], assets: [], witness: { src: [], dst: [], avoid: topology.allDeviceAddresses() } };
  return hygieneCheck(ctx, checkOf(primitive));
}

/** Findings as [variant, params] pairs, the part the tests compare. */
export function summary(findings: readonly Finding[]): Array<[string | undefined, Finding['params']]> {
  return findings.map((f) => [f.variant, f.params]);
}
