import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeConfig } from '../../src/snapshot/decode-config.js';
import { CONFIG_FORMATS } from '../../src/snapshot/formats.js';

/** Fixtures that are deliberately not a readable config of their vendor. */
const NOT_CONFIGS = /garbage|binary|truncated-xml|unbalanced|doctype/;

function detected(path: string): string {
  const decoded = decodeConfig(readFileSync(path));
  if ('binary' in decoded) return 'binary';
  const format = CONFIG_FORMATS.find((f) => f.detect(decoded.text));
  if (format) return format.id;
  return CONFIG_FORMATS.find((f) => f.companion?.detect(decoded.text))?.companion?.id ?? 'unknown';
}

describe('format detection by content', () => {
  const vendors = ['fortigate', 'paloalto', 'asa', 'ios', 'junos', 'rtx', 'iptables', 'neutral'];
  for (const vendor of vendors) {
    it(`recognizes every ${vendor} fixture as ${vendor}, and no other format claims it`, () => {
      const dir = `test/fixtures/${vendor}`;
      const files = readdirSync(dir).filter((f) => !f.endsWith('.py') && !f.endsWith('.md') && !NOT_CONFIGS.test(f));
      expect(files.length).toBeGreaterThan(2);
      for (const f of files) {
        const expected = vendor === 'iptables' && f.endsWith('.ip') ? 'linux-ip' : vendor;
        const claimants = CONFIG_FORMATS.filter((format) => {
          const decoded = decodeConfig(readFileSync(`${dir}/${f}`));
          return !('binary' in decoded) && format.detect(decoded.text);
        }).map((format) => format.id);
        // The first claimant wins; a second one would be a latent misdetection.
        expect({ file: f, format: detected(`${dir}/${f}`) }).toEqual({ file: f, format: expected });
        expect({ file: f, claimants: claimants.filter((c) => c !== expected) }).toEqual({ file: f, claimants: [] });
      }
    });
  }

  it('recognizes every sample config by its vendor', () => {
    const expected: Record<string, string> = {
      'pa-edge.xml': 'paloalto',
      'srx-fw.conf': 'junos',
      'asa-mn.cfg': 'asa',
      'core-sw.cfg': 'ios',
      'rtx-lgwan.config': 'rtx',
      'sani-gw.rules': 'iptables',
      'sani-gw.ip': 'linux-ip',
    };
    for (const [file, format] of Object.entries(expected)) expect(detected(`samples/sample-city/configs/${file}`)).toBe(format);
  });
});
