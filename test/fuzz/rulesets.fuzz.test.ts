import { readPolicy } from '../../src/rulesets/read-policy.js';
import { readRuleset } from '../../src/rulesets/read-ruleset.js';
import { hasShippedModel, loadShippedModel } from '../../src/rulesets/shipped.js';
import { policySeeds, rulesetSeeds } from './seeds.js';
import { describeYamlFuzz } from './yaml-fuzz.js';

// A user's ruleset may extend a shipped model, so the loader gets the shipped models as the CLI gives them.
const shippedBase = (id: string) => (hasShippedModel(id) ? loadShippedModel(id) : undefined);

describeYamlFuzz({
  name: 'ruleset',
  file: 'my-ruleset.yaml',
  seeds: rulesetSeeds,
  load: (text, file) => readRuleset(text, file, shippedBase),
  usable: (r) => r.ruleset !== undefined,
});

// Policy profiles (clause citations) are read the same way, from the same kind of file.
describeYamlFuzz({ name: 'policy profile', file: 'my-policy.yaml', seeds: policySeeds, load: readPolicy, usable: (r) => r.policy !== undefined });
