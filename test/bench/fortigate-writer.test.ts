import { describe, expect, it } from 'vitest';
import { EXAMPLE_DEVICE } from '../../bench/synthetic/abstract-device.mjs';
import { writer } from '../../bench/synthetic/vendors/fortigate.mjs';
import { expectEveryRuleKept, largeDevice, writtenRules } from '../helpers/bench-devices.js';
import { describeWriterContract, renderAndParse } from '../helpers/writer-contract.js';

describeWriterContract(writer);

describe('FortiGate writer', () => {
  it('numbers the example device\'s policies and keeps their names, actions and logging', () => {
    const device = renderAndParse(writer).devices[0]!;
    const rules = device.filters.flatMap((f) => f.rules);
    expect(rules.map((r) => [r.id, r.name, r.action, r.log])).toEqual(EXAMPLE_DEVICE.rules.map((r, k) => [String(k + 1), r.name, r.action, r.log]));
  });

  it('writes the header, the admin hash, the syslog server and one definition per custom service', () => {
    const text = writer.render(EXAMPLE_DEVICE)[0]!.text;
    expect(text.startsWith('#config-version=FG')).toBe(true);
    expect(text).toMatch(/set password ENC \S+/);
    expect(text).toContain(`set server "${EXAMPLE_DEVICE.syslog}"`);
    expect(text.match(/edit "tcp-443"/g)).toHaveLength(1);
    expect(text).toContain('set service "ALL_ICMP"');
    expect(text).toContain('set logtraffic disable');
  });

  it('writes each of 300 random rules as one policy, with its action and logging', () => {
    const big = largeDevice({ rules: 300 });
    expectEveryRuleKept(writtenRules(renderAndParse(writer, big)), big, (r) => r.name);
    // One `edit <id>` per policy and per static route.
    expect(writer.render(big)[0]!.text.match(/^ {4}edit \d+$/gm)).toHaveLength(300 + big.routes.length);
  });
});
