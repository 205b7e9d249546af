import { describe, expect, it } from 'vitest';
import { EXAMPLE_DEVICE } from '../../bench/synthetic/abstract-device.mjs';
import { writer } from '../../bench/synthetic/vendors/ios.mjs';
import { largeDevice, writtenRules } from '../helpers/bench-devices.js';
import { describeWriterContract, ingressLists, renderAndParse } from '../helpers/writer-contract.js';

describeWriterContract(writer);

describe('IOS vendor writer', () => {
  it('writes each of 300 random rules as one ACL entry', () => {
    expect(writtenRules(renderAndParse(writer, largeDevice({ rules: 300 })))).toHaveLength(300);
  });

  it('gives a ruleless interface a list that denies, since IOS passes what no ACL filters', () => {
    const device = { ...EXAMPLE_DEVICE, rules: EXAMPLE_DEVICE.rules.filter((r) => r.from !== 1) };
    const text = writer.render(device)[0]!.text;
    expect(text).toContain(`interface ${writer.interfaceName(1)}\n description servers\n ip address 10.2.0.1 255.255.0.0\n ip access-group SEG1-IN in\n`);
    expect(renderAndParse(writer, device).warnings).toEqual([]);
  });

  it('keeps every rule in its ingress list, in order, with its action and log setting', () => {
    // A ruleless interface gets a list of one logged deny-any entry.
    for (const list of ingressLists(writer)) expect(list.written, list.name).toEqual(list.entering.length > 0 ? list.entering : ['deny log']);
  });
});
