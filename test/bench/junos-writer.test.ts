import { describe, expect, it } from 'vitest';
import { EXAMPLE_DEVICE } from '../../bench/synthetic/abstract-device.mjs';
import { writer } from '../../bench/synthetic/vendors/junos.mjs';
import { abstractAddresses, expectEveryRuleKept, interfaceAddresses, largeDevice, writtenRules } from '../helpers/bench-devices.js';
import { expectSameVerdicts, renderAndParse } from '../helpers/writer-contract.js';

describe('junos vendor writer', () => {
  it('renders the example device as a Junos configuration that parses cleanly', () => {
    const parsed = renderAndParse(writer);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.status).toBe('PASSED');
    expect(parsed.devices.map((d) => d.id)).toEqual([writer.deviceId(EXAMPLE_DEVICE.hostname)]);
    expect(interfaceAddresses(writer, parsed, EXAMPLE_DEVICE)).toEqual(abstractAddresses(EXAMPLE_DEVICE));
    const device = parsed.devices[0]!;
    expect(device.routes).toHaveLength(EXAMPLE_DEVICE.routes.length);
  });

  it('forwards exactly what the example device permits', () => {
    expectSameVerdicts(writer, renderAndParse(writer));
  });

  it('keeps every rule, its action and its logging on a device of 300 rules', () => {
    const device = largeDevice({ rules: 300, seed: 20251122 });
    const parsed = renderAndParse(writer, device);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.status).toBe('PASSED');
    // Policy ids are `from>to/name`: each abstract rule is its own policy with its own verdict.
    expectEveryRuleKept(writtenRules(parsed), device, (r) => r.name);
    expect(writer.render(device)[0]!.text.split('\n').filter((l) => l.trim().startsWith('policy ')).length).toBe(device.rules.length);
    expectSameVerdicts(writer, parsed, device);
  });

  it('renders the same bytes for the same device', () => {
    const device = largeDevice({ rules: 50, seed: 7 });
    expect(writer.render(structuredClone(device))).toEqual(writer.render(device));
    expect(writer.render(device)).not.toEqual(writer.render(largeDevice({ rules: 50, seed: 8 })));
  });
});
