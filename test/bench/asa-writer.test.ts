import { describe, expect, it } from 'vitest';
import { EXAMPLE_DEVICE } from '../../bench/synthetic/abstract-device.mjs';
import { writer } from '../../bench/synthetic/vendors/asa.mjs';
import { abstractAddresses, ingressVerdicts, interfaceAddresses, largeDevice, verdict, writtenRules } from '../helpers/bench-devices.js';
import { expectSameVerdicts, renderAndParse } from '../helpers/writer-contract.js';

describe('ASA vendor writer', () => {
  it('renders the example device as a running-config sansou reads without a warning', () => {
    const parsed = renderAndParse(writer);
    expect(parsed.status).toBe('PASSED');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.devices.map((d) => d.id)).toEqual([writer.deviceId(EXAMPLE_DEVICE.hostname)]);
    expect(interfaceAddresses(writer, parsed, EXAMPLE_DEVICE)).toEqual(abstractAddresses(EXAMPLE_DEVICE));
  });

  it('forwards exactly what the example device permits', () => {
    expectSameVerdicts(writer, renderAndParse(writer));
  });

  it('renders a device with hundreds of rules on every interface faithfully', () => {
    const device = largeDevice({ rules: 300 });
    const parsed = renderAndParse(writer, device);
    expect(parsed.status).toBe('PASSED');
    expect(parsed.warnings).toEqual([]);
    expect(writtenRules(parsed)).toHaveLength(300);
    expectSameVerdicts(writer, parsed, device);
  });

  it('gives a ruleless interface a list that denies, so nothing enters it by security level', () => {
    const device = { ...EXAMPLE_DEVICE, rules: EXAMPLE_DEVICE.rules.filter((r) => r.from !== 1) };
    const text = writer.render(device)[0]!.text;
    expect(text).toContain(`access-group ${writer.interfaceName(1)}_access_in in interface ${writer.interfaceName(1)}`);
    expect(renderAndParse(writer, device).warnings).toEqual([]);
  });

  it('keeps every rule in its ingress list, in order, with its action and log setting', () => {
    const device = largeDevice({ rules: 120, hostname: 'order-check' });
    device.rules = device.rules.filter((r) => r.from !== 2);
    const parsed = renderAndParse(writer, device);
    for (const k of device.interfaces.keys()) {
      // A ruleless interface gets a list of one logged deny-any entry.
      const expected = device.rules.some((r) => r.from === k) ? device.rules.filter((r) => r.from === k).map(verdict) : ['deny log'];
      expect(ingressVerdicts(writer, parsed, k), writer.interfaceName(k)).toEqual(expected);
    }
  });

  it('is deterministic', () => {
    const device = largeDevice();
    expect(writer.render(structuredClone(device))).toEqual(writer.render(device));
    expect(writer.render(EXAMPLE_DEVICE)).toEqual(writer.render(structuredClone(EXAMPLE_DEVICE)));
  });
});
