import { describe, expect, it } from 'vitest';
import { EXAMPLE_DEVICE } from '../../bench/synthetic/abstract-device.mjs';
import { writer } from '../../bench/synthetic/vendors/iptables.mjs';
import { abstractAddresses, expectEveryRuleKept, interfaceAddresses, largeDevice, writtenRules } from '../helpers/bench-devices.js';
import { expectSameVerdicts, renderAndParse } from '../helpers/writer-contract.js';

describe('iptables vendor writer', () => {
  it('renders the example device as iptables-save output and ip companion that parse cleanly', () => {
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
    const model = parsed.devices.find((d) => d.id === writer.deviceId(device.hostname))!;
    const forward = model.filters.find((f) => f.name === 'iptables FORWARD')!;
    expect(forward.defaultAction).toBe('deny');
    const rules = writtenRules(parsed);
    // Every abstract rule is one FORWARD entry; the LOG rule before a logged one is no entry of
    // its own (it marks the next rule as logged), and the leading RELATED,ESTABLISHED rule is
    // kept as the first entry although it matches no new flow.
    expect(rules).toHaveLength(device.rules.length + 1);
    expect(rules[0]!.id).toBe('FORWARD:1');
    expect(rules[0]!.terms.every((t) => t.packets.isEmpty())).toBe(true);
    expect(rules.slice(1).map((r) => r.comment)).toEqual(device.rules.map((r) => r.name));
    expectEveryRuleKept(rules.slice(1), device, (r) => r.comment);
    const [text] = writer.render(device);
    expect(text!.text.split('\n').filter((l) => l.startsWith('-A FORWARD') && l.includes(' -m comment ')).length).toBe(device.rules.length);
    expectSameVerdicts(writer, parsed, device);
  });

  it('renders the same bytes for the same device', () => {
    const device = largeDevice({ rules: 50, seed: 7 });
    expect(writer.render(structuredClone(device))).toEqual(writer.render(device));
    expect(writer.render(device)).not.toEqual(writer.render(largeDevice({ rules: 50, seed: 8 })));
  });
});
