import { describe, expect, it } from 'vitest';
import { EXAMPLE_DEVICE } from '../../bench/synthetic/abstract-device.mjs';
import { writer } from '../../bench/synthetic/vendors/rtx.mjs';
import { largeDevice, writtenRules } from '../helpers/bench-devices.js';
import { describeWriterContract, ingressLists, renderAndParse } from '../helpers/writer-contract.js';

describeWriterContract(writer);

describe('RTX vendor writer', () => {
  it('writes each of 300 random rules as one filter, and ends every list in an explicit reject', () => {
    const device = largeDevice({ rules: 300 });
    // Each interface's list ends in an explicit `reject * * * * *`, a rule of the config.
    expect(writtenRules(renderAndParse(writer, device))).toHaveLength(300 + device.interfaces.length);
  });

  it('gives a ruleless interface a list that rejects, since RTX passes what no secure filter filters', () => {
    const device = { ...EXAMPLE_DEVICE, rules: EXAMPLE_DEVICE.rules.filter((r) => r.from !== 1) };
    const text = writer.render(device)[0]!.text;
    expect(text).toContain(`ip ${writer.interfaceName(1)} secure filter in 299999\n`);
    expect(renderAndParse(writer, device).warnings).toEqual([]);
  });

  it('keeps every rule in its ingress list, in order, with its action and log setting', () => {
    // Each list ends in the explicit reject, which logs.
    for (const list of ingressLists(writer)) expect(list.written, list.name).toEqual([...list.entering, 'deny log']);
  });
});
