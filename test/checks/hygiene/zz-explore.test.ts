import { readFileSync, readdirSync } from 'node:fs';
import { it } from 'vitest';
import { CONFIG_FORMATS } from '../../../src/snapshot/formats.js';
import { ruleShadowed } from '../../../src/checks/hygiene/rule-shadowed.js';
import { ruleAnyAny } from '../../../src/checks/hygiene/rule-any-any.js';
import { objectUndefined } from '../../../src/checks/hygiene/object-undefined.js';
import { objectUnused } from '../../../src/checks/hygiene/object-unused.js';
import { mgmtInsecure } from '../../../src/checks/hygiene/mgmt-insecure.js';
import { defaultAdmin } from '../../../src/checks/hygiene/default-admin.js';
it('explore', () => {
  for (const v of ['fortigate', 'paloalto', 'asa', 'ios', 'junos', 'rtx', 'iptables']) {
    for (const f of readdirSync(`test/fixtures/${v}`)) {
      if (f.endsWith('.py') || f.endsWith('.ip')) continue;
      const text = readFileSync(`test/fixtures/${v}/${f}`, 'latin1');
      const fmt = CONFIG_FORMATS.find((x) => x.detect(text));
      if (!fmt) continue;
      const devices = fmt.parse(text, `${v}/${f}`).devices;
      const c = (id: string) => ({ id, primitive: 'rule-shadowed' as const, severity: 'low' as const });
      for (const fn of [ruleShadowed, ruleAnyAny, objectUndefined, objectUnused, mgmtInsecure, defaultAdmin]) {
        const out = fn(devices, c('X'));
        const fps = new Set(out.map((x) => x.fingerprint));
        if (fps.size !== out.length) console.log('DUP FINGERPRINT', fn.name, f);
        for (const x of out) console.log(fn.name.padEnd(16), x.variant ?? '', JSON.stringify(x.params), x.location?.file, x.location?.line);
      }
    }
  }
});
