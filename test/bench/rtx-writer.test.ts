import { describe, expect, it } from 'vitest';
import { EXAMPLE_DEVICE } from '../../bench/synthetic/abstract-device.mjs';
import { writer } from '../../bench/synthetic/vendors/rtx.mjs';
import { abstractAddresses, ingressVerdicts, interfaceAddresses, largeDevice, verdict, writtenRules } from '../helpers/bench-devices.js';
import { expectSameVerdicts, renderAndParse } from '../helpers/writer-contract.js';

describe('RTX vendor writer', () => {
  it('renders the example device as a config sansou reads without a warning', () => {
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
    // Six interfaces: three LAN ports and three VLANs on lan2.
    const device = largeDevice({ rules: 300, interfaces: 6 });
    const parsed = renderAndParse(writer, device);
    expect(parsed.status).toBe('PASSED');
    expect(parsed.warnings).toEqual([]);
    expect(interfaceAddresses(writer, parsed, device)).toEqual(abstractAddresses(device));
    // Each interface's list ends in an explicit `reject * * * * *`, a rule of the config.
    expect(writtenRules(parsed)).toHaveLength(300 + device.interfaces.length);
    expectSameVerdicts(writer, parsed, device);
  });

  it('gives a ruleless interface a list that rejects, since RTX passes what no secure filter filters', () => {
    const device = { ...EXAMPLE_DEVICE, rules: EXAMPLE_DEVICE.rules.filter((r) => r.from !== 1) };
    const text = writer.render(device)[0]!.text;
    expect(text).toContain(`ip ${writer.interfaceName(1)} secure filter in 299999\n`);
    expect(renderAndParse(writer, device).warnings).toEqual([]);
  });

  it('keeps every rule in its ingress list, in order, with its action and log setting', () => {
    const device = largeDevice({ rules: 120, hostname: 'order-check' });
    device.rules = device.rules.filter((r) => r.from !== 2);
    const parsed = renderAndParse(writer, device);
    for (const k of device.interfaces.keys()) {
      // Each list ends in the explicit reject, which logs.
      expect(ingressVerdicts(writer, parsed, k), writer.interfaceName(k)).toEqual([...device.rules.filter((r) => r.from === k).map(verdict), 'deny log']);
    }
  });

  it('is deterministic', () => {
    const device = largeDevice();
    expect(writer.render(structuredClone(device))).toEqual(writer.render(device));
    expect(writer.render(EXAMPLE_DEVICE)).toEqual(writer.render(structuredClone(EXAMPLE_DEVICE)));
  });
});
