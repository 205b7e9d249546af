import { describe, expect, it } from 'vitest';
import { EXAMPLE_DEVICE } from '../../bench/synthetic/abstract-device.mjs';
import { writer } from '../../bench/synthetic/vendors/paloalto.mjs';
import { formatCidr, formatIp } from '../../src/space/ip.js';
import { abstractAddresses, expectEveryRuleKept, interfaceAddresses, largeDevice, writtenRules } from '../helpers/bench-devices.js';
import { expectSameVerdicts, renderAndParse } from '../helpers/writer-contract.js';

describe('Palo Alto writer', () => {
  it('renders the example device as a PAN-OS running-config sansou reads without a warning', () => {
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
    const rules = device.filters.flatMap((f) => f.rules).filter((r) => !r.implicit);
    expect(rules.map((r) => [r.id, r.name, r.action, r.log])).toEqual(EXAMPLE_DEVICE.rules.map((r, k) => [r.name, r.name, r.action, r.log]));
  });

  it('writes the XML header, the admin hash, the syslog server, one zone per port and one definition per custom service', () => {
    const text = writer.render(EXAMPLE_DEVICE)[0]!.text;
    expect(text.startsWith('<?xml version="1.0"?>\n<config version="10.2.0"')).toBe(true);
    expect(text).toMatch(/<phash>\$5\$[^<$]+\$[^<]+<\/phash>/);
    expect(text).toContain(`<server>${EXAMPLE_DEVICE.syslog}</server>`);
    expect(text.match(/<entry name="tcp-443">/g)).toHaveLength(1);
    expect(text).toContain('<member>icmp</member>');
    expect(text).toContain('<log-end>no</log-end>');
    const device = renderAndParse(writer).devices[0]!;
    expect(device.zones.map((z) => z.interfaces)).toEqual(EXAMPLE_DEVICE.interfaces.map((_, k) => [writer.interfaceName(k)]));
    const defaults = device.filters.flatMap((f) => f.rules).filter((r) => r.implicit);
    expect(defaults.map((r) => [r.id, r.action, r.log])).toEqual([
      ['intrazone-default', 'permit', false],
      ['interzone-default', 'deny', true],
    ]);
  });

  it('spells a denied ICMP rule with the icmp App-ID, which sansou warns it cannot model', () => {
    const device = { ...EXAMPLE_DEVICE, rules: EXAMPLE_DEVICE.rules.map((r) => (r.name === 'r3' ? { ...r, action: 'deny' as const } : r)) };
    const parsed = renderAndParse(writer, device);
    expect(parsed.warnings.map((w) => w.kind)).toEqual(['unsupported']);
    expect(parsed.warnings[0]!.comment).toContain('deny rule limited to applications icmp');
  });

  it('gives the example device the verdicts of the abstract rules', () => {
    expectSameVerdicts(writer, renderAndParse(writer));
  });

  it('renders 300 rules over many objects faithfully', () => {
    // sansou cannot model a PAN-OS deny rule limited to the icmp App-ID (see the writer).
    const big = largeDevice({ rules: 300, noIcmpDeny: true });
    const parsed = renderAndParse(writer, big);
    expect(parsed.status).toBe('PASSED');
    expect(parsed.warnings).toEqual([]);
    expect(interfaceAddresses(writer, parsed, big)).toEqual(abstractAddresses(big));
    expectEveryRuleKept(writtenRules(parsed), big, (r) => r.name);
    expect(writer.render(big)[0]!.text.match(/^ {16}<entry name="p\d+"/gm)).toHaveLength(300);
    expectSameVerdicts(writer, parsed, big);
  });

  it('is deterministic', () => {
    const device = largeDevice({ rules: 50, noIcmpDeny: true });
    expect(writer.render(structuredClone(device))).toEqual(writer.render(device));
  });
});
