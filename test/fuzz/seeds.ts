import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { decodeConfig } from '../../src/snapshot/decode-config.js';
import { CONFIG_FORMATS } from '../../src/snapshot/formats.js';

/**
 * Real-looking files the fuzz mutates: the parser fixtures (broken and truncated ones included,
 * which is why fixtures are grouped by their directory, not by what a detector says of them)
 * and the shipped samples (grouped by the format sansou detects, as a snapshot would).
 */
export interface Seed {
  /** Path from the repository root, named in a failure. */
  readonly name: string;
  readonly bytes: Buffer;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function files(dir: string, keep: (name: string) => boolean = () => true): Seed[] {
  return readdirSync(join(ROOT, dir))
    .filter((name) => !name.startsWith('.') && keep(name))
    .sort()
    .map((name) => ({ name: `${dir}/${name}`, bytes: readFileSync(join(ROOT, dir, name)) }));
}

function sampleDirs(): string[] {
  return readdirSync(join(ROOT, 'samples'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `samples/${e.name}`)
    .sort();
}

/** Fixture generators (make-*.py) are not configs. */
const notScript = (name: string): boolean => !name.endsWith('.py');

/** The format a snapshot would detect in these bytes, if any. */
function detectedFormat(bytes: Buffer): string | undefined {
  const decoded = decodeConfig(bytes);
  return 'binary' in decoded ? undefined : CONFIG_FORMATS.find((f) => f.detect(decoded.text))?.id;
}

/** Seeds of one config format (`fortigate`, `paloalto`, ...; `iptables` gives the .rules files). */
export function configSeeds(format: string): Seed[] {
  const fixtures = files(`test/fixtures/${format}`, (name) => notScript(name) && !(format === 'iptables' && name.endsWith('.ip')));
  const samples = sampleDirs()
    .flatMap((dir) => files(`${dir}/configs`))
    .filter((seed) => detectedFormat(seed.bytes) === format);
  return [...fixtures, ...samples];
}

/** An iptables-save file and the `ip` output beside it, paired by base name as a snapshot pairs them. */
export interface IptablesSeed {
  readonly rules: Seed;
  readonly companion: Seed;
}

export function iptablesSeeds(): IptablesSeed[] {
  const all = [...files('test/fixtures/iptables'), ...sampleDirs().flatMap((dir) => files(`${dir}/configs`))];
  return all
    .filter((seed) => seed.name.endsWith('.rules'))
    .flatMap((rules) => {
      const companion = all.find((seed) => seed.name === rules.name.replace(/\.rules$/, '.ip'));
      return companion ? [{ rules, companion }] : [];
    });
}

export function inventorySeeds(): Seed[] {
  return [...files('test/fixtures/inventory', notScript), ...sampleDirs().flatMap((dir) => files(dir, (name) => name === 'inventory.csv'))];
}

export function siteSeeds(): Seed[] {
  return [...files('test/fixtures/site'), ...sampleDirs().flatMap((dir) => files(dir, (name) => name === 'sansou.yaml'))];
}

/** The only waivers files are in the test snapshots. */
export function waiverSeeds(): Seed[] {
  return readdirSync(join(ROOT, 'test/fixtures/snapshots'))
    .sort()
    .flatMap((dir) => files(`test/fixtures/snapshots/${dir}`, (name) => name === 'waivers.yaml'));
}

export function rulesetSeeds(): Seed[] {
  return files('rulesets/models');
}

export function policySeeds(): Seed[] {
  return files('rulesets/policies');
}
