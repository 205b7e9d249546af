import { describe, expect, it } from 'vitest';
import { EXAMPLE_DEVICE } from '../../bench/synthetic/abstract-device.mjs';
import { writer } from '../../bench/synthetic/vendors/paloalto.mjs';
import { expectEveryRuleKept, largeDevice, writtenRules } from '../helpers/bench-devices.js';
import { describeWriterContract, renderAndParse } from '../helpers/writer-contract.js';

// sansou cannot model a PAN-OS deny rule limited to the icmp App-ID (see the writer).
const LARGE = { noIcmpDeny: true };

describeWriterContract(writer, LARGE);

describe('Palo Alto writer', () => {
  it('names the example device\'s rules after the abstract ones, with their actions and logging', () => {
    const device = renderAndParse(writer).devices[0]!;
    const rules = device.filters.flatMap((f) => f.rules).filter((r) => !r.implicit);
    expect(rules.map((r) => [r.id, r.name, r.action, r.log])).toEqual(EXAMPLE_DEVICE.rules.map((r) => [r.name, r.name, r.action, r.log]));
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

  it('writes each of 300 random rules as one security rule, with its action and logging', () => {
    const big = largeDevice({ rules: 300, ...LARGE });
    expectEveryRuleKept(writtenRules(renderAndParse(writer, big)), big, (r) => r.name);
    expect(writer.render(big)[0]!.text.match(/^ {16}<entry name="p\d+"/gm)).toHaveLength(300);
  });
});
