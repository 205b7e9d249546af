import { describe, expect, it } from 'vitest';
import { parseAsa } from '../../../parsers/asa/index.js';
import { parseFortigate } from '../../../parsers/fortigate/index.js';
import { parseIos } from '../../../parsers/ios/index.js';
import { parseJunos } from '../../../parsers/junos/index.js';
import { parsePanos } from '../../../parsers/paloalto/index.js';
import { parseRtx } from '../../../parsers/rtx/index.js';
import type { HygienePrimitive } from '../../../src/checks/types.js';
import { LANGUAGES, catalogue, fill } from '../../../src/report/messages/index.js';
import { ASA_DIRTY, FORTIGATE_DIRTY, IOS_DIRTY, JUNOS_DIRTY, PANOS_DIRTY, RTX_ANONYMOUS } from './configs.js';
import { CHECK_IDS, runHygiene } from './helpers.js';

/** Checks whose words live in hygiene-checks-*.ts, with the params their findings carry. */
const LEAD_CHECKS: Readonly<Record<string, readonly string[]>> = {
  'MGMT-EXPOSED': ['device', 'service', 'from', 'interface'],
  'CROSS-SEGMENT-NO-LOG': ['device', 'rule', 'stage', 'pairs'],
};

const templates = (message: string | Readonly<Record<string, string>>) => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe('hygiene check messages', () => {
  const devices = [
    ...parseFortigate(FORTIGATE_DIRTY, 'configs/fw-town.conf').devices,
    ...parseIos(IOS_DIRTY, 'configs/rt-lgwan.cfg').devices,
    ...parseAsa(ASA_DIRTY, 'configs/asa-mn.cfg').devices,
    ...parsePanos(PANOS_DIRTY, 'configs/pa-edge.set').devices,
    ...parseJunos(JUNOS_DIRTY, 'configs/srx-fw.conf').devices,
    ...parseRtx(RTX_ANONYMOUS, 'configs/rtx.config').devices,
  ];

  it('exist in both languages with the same message forms', () => {
    for (const id of [...Object.values(CHECK_IDS), ...Object.keys(LEAD_CHECKS)]) {
      const [ja, en] = LANGUAGES.map((lang) => catalogue(lang).checks[id]);
      expect(ja, `${id} (ja)`).toBeDefined();
      expect(en, `${id} (en)`).toBeDefined();
      const forms = (m: string | Readonly<Record<string, string>>) => (typeof m === 'string' ? [] : Object.keys(m).sort());
      expect(forms(ja!.message), id).toEqual(forms(en!.message));
      expect(ja!.title && ja!.remediation && en!.title && en!.remediation, id).toBeTruthy();
    }
  });

  it('have a form for every variant the checks produce, and every placeholder filled', () => {
    for (const [primitive, id] of Object.entries(CHECK_IDS) as Array<[HygienePrimitive, string]>) {
      const findings = runHygiene(devices, primitive);
      expect(findings.length, id).toBeGreaterThan(0);
      for (const lang of LANGUAGES) {
        const { message } = catalogue(lang).checks[id]!;
        for (const f of findings) {
          const template = typeof message === 'string' ? message : message[f.variant ?? ''];
          expect(template, `${id} ${lang} variant ${f.variant}`).toBeDefined();
          expect(fill(template!, f.params), `${id} ${lang}`).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });

  it('refer only to the params the lead checks will carry', () => {
    for (const [id, params] of Object.entries(LEAD_CHECKS)) {
      for (const lang of LANGUAGES) {
        for (const t of templates(catalogue(lang).checks[id]!.message)) expect(params, `${id} ${lang}`).toEqual(expect.arrayContaining(placeholders(t)));
      }
    }
  });
});
