import { describe, expect, it } from 'vitest';
import { writer } from '../../bench/synthetic/vendors/junos.mjs';
import { expectEveryRuleKept, largeDevice, writtenRules } from '../helpers/bench-devices.js';
import { describeWriterContract, renderAndParse } from '../helpers/writer-contract.js';

describeWriterContract(writer);

describe('junos vendor writer', () => {
  it('writes each of 300 random rules as its own policy, with its action and logging', () => {
    const device = largeDevice({ rules: 300, seed: 20251122 });
    // Policy ids are `from>to/name`: each abstract rule is its own policy with its own verdict.
    expectEveryRuleKept(writtenRules(renderAndParse(writer, device)), device, (r) => r.name);
    expect(writer.render(device)[0]!.text.split('\n').filter((l) => l.trim().startsWith('policy ')).length).toBe(device.rules.length);
  });
});
