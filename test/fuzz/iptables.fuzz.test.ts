import fc from 'fast-check';
import { describe } from 'vitest';
import { fileName } from '../../parsers/linux-ip/text-lines.js';
import { checkMutatedConfig, seedBytes, seedName } from './config-fuzz.js';
import { itFuzzesSeeds } from './fuzz-config.js';
import { applyMutations, mutations } from './mutations.js';
import { IPTABLES_NESTING } from './nestings.js';
import { iptablesSeeds } from './seeds.js';

/**
 * iptables-save output is read with its companion (`ip addr` / `ip route` output of the same
 * base name), whose warnings come back among the config's with the companion's own lines.
 * Both files are mutated, independently, since either can be the broken one.
 */
describe('fuzz: iptables configs with their linux-ip companion', () => {
  const pairs = iptablesSeeds();
  const rules = pairs.map((p) => p.rules);
  const companions = pairs.map((p) => p.companion);

  itFuzzesSeeds(pairs, 'seed pairs', 'mutated pairs never throw, report no internal error and give well-formed, deterministic results', () =>
    fc.property(seedName(rules), mutations(), mutations(), (name, ruleEdits, companionEdits) => {
      const companion = pairs.find((p) => p.rules.name === name)!.companion;
      const bytes = applyMutations(seedBytes(rules, name), ruleEdits, IPTABLES_NESTING);
      const companionBytes = applyMutations(seedBytes(companions, companion.name), companionEdits);
      checkMutatedConfig('iptables', bytes, `configs/${fileName(name)}`, { bytes: companionBytes, file: `configs/${fileName(companion.name)}` });
    }),
  );
});
