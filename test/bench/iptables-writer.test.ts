import { describe, expect, it } from 'vitest';
import { writer } from '../../bench/synthetic/vendors/iptables.mjs';
import { expectEveryRuleKept, largeDevice, writtenRules } from '../helpers/bench-devices.js';
import { describeWriterContract, renderAndParse } from '../helpers/writer-contract.js';

describeWriterContract(writer);

describe('iptables vendor writer', () => {
  it('writes each of 300 random rules as one FORWARD entry, with its action and logging', () => {
    const device = largeDevice({ rules: 300, seed: 20251122 });
    const parsed = renderAndParse(writer, device);
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
  });
});
