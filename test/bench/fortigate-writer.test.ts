import { describe, expect, it } from 'vitest';
import { EXAMPLE_DEVICE } from '../../bench/synthetic/abstract-device.mjs';
import { writer } from '../../bench/synthetic/vendors/fortigate.mjs';
import { formatCidr, formatIp } from '../../src/space/ip.js';
import { abstractAddresses, expectEveryRuleKept, interfaceAddresses, largeDevice, writtenRules } from '../helpers/bench-devices.js';
import { expectSameVerdicts, renderAndParse } from '../helpers/writer-contract.js';

describe('FortiGate writer', () => {
  it('renders the example device as a FortiOS backup sansou reads without a warning', () => {
    const parsed = renderAndParse(writer);
    expect(parsed.status).toBe('PASSED');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.devices.map((d) => d.id)).toEqual([writer.deviceId(EXAMPLE_DEVICE.hostname)]);
    const device = parsed.devices[0]!;
    expect(device.hostname).toBe(EXAMPLE_DEVICE.hostname);
    EXAMPLE_DEVICE.interfaces.forEach((i, k) => {
      const model = device.interfaces.find((m) => m.name === writer.interfaceName(k));
      expect(model?.addresses.map((a) => `${formatIp(a.address)}/${a.prefixLength}`)).toEqual([`${i.address}/${i.prefix}`]);
      expect(model?.enabled).toBe(true);
    });
    expect(device.routes.map((r) => `${formatCidr(r.prefix)} via ${r.gateway ? formatIp(r.gateway) : '-'}`)).toEqual(
      EXAMPLE_DEVICE.routes.map((r) => `${r.network}/${r.prefix} via ${r.gateway}`),
    );
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

  it('gives the example device the verdicts of the abstract rules', () => {
    expectSameVerdicts(writer, renderAndParse(writer));
  });

  it('renders 300 rules over many objects faithfully', () => {
    const big = largeDevice({ rules: 300 });
    const parsed = renderAndParse(writer, big);
    expect(parsed.status).toBe('PASSED');
    expect(parsed.warnings).toEqual([]);
    expect(interfaceAddresses(writer, parsed, big)).toEqual(abstractAddresses(big));
    expectEveryRuleKept(writtenRules(parsed), big, (r) => r.name);
    // One `edit <id>` per policy and per static route.
    expect(writer.render(big)[0]!.text.match(/^ {4}edit \d+$/gm)).toHaveLength(300 + big.routes.length);
    expectSameVerdicts(writer, parsed, big);
  });

  it('is deterministic', () => {
    const device = largeDevice({ rules: 50 });
    expect(writer.render(structuredClone(device))).toEqual(writer.render(device));
  });
});
