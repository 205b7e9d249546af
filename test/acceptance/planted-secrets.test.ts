import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { buildReport, type ReportDocument } from '../../src/report/report-document.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { App } from '../../src/tui/app.js';
import { loadTuiData } from '../../src/tui/data/load-tui-data.js';
import { runCli } from '../helpers/run-cli.js';
import { KEY, renderTui } from '../helpers/tui-render.js';

/**
 * Issue 7's proof that no secret reaches any output. Known secrets, in every syntax each
 * vendor writes them in, are planted in temp copies of the samples: next to every line a
 * finding cites (so every excerpt has one in view) and near the top of every config. Then
 * every format, in both languages, the diff, and every screen of the terminal UI are searched
 * for them. The planted lines must be seen (masked) somewhere, or the test proves nothing.
 */

/** Formats whose configs hold secrets (iptables and the inventory have none to plant). */
const VENDORS_WITH_SECRETS = new Set(['fortigate', 'asa', 'ios', 'paloalto', 'junos', 'rtx']);

let counter = 0;
/** A token that cannot occur by chance. */
const token = (vendor: string) => `PLNT${vendor}${(++counter).toString().padStart(3, '0')}Zq`;

/** Lines holding a secret, in one vendor's syntax, and the secrets they hold. */
function secretLines(format: string): { lines: string[]; secrets: string[] } {
  const t = () => token(format.slice(0, 3));
  const made: Array<[string, string]> = [];
  const add = (line: (s: string) => string) => {
    const s = t();
    made.push([line(s), s]);
  };
  switch (format) {
    case 'fortigate':
      add((s) => `        set password ENC ${s}`);
      add((s) => `        set psksecret ENC ${s}`);
      add((s) => `        set passwd ENC ${s}`);
      break;
    case 'asa':
    case 'ios':
      add((s) => `enable secret 5 $1$${s}`);
      add((s) => `username planted password 7 ${s}`);
      add((s) => `snmp-server community ${s} RO`);
      add((s) => `snmp-server host 10.0.0.9 version 2c ${s}`);
      add((s) => `crypto isakmp key ${s} address 0.0.0.0`);
      add((s) => `tacacs-server key ${s}`);
      break;
    case 'paloalto':
      add((s) => `<phash>${s}</phash>`);
      add((s) => `<key>${s}</key>`);
      add((s) => `<certificate>${s}</certificate>`);
      add((s) => `<private-key>${s}</private-key>`);
      break;
    case 'junos':
      add((s) => `encrypted-password "$6$${s}"; ## SECRET-DATA`);
      add((s) => `authentication-key "$9$${s}"; ## SECRET-DATA`);
      add((s) => `community ${s} { authorization read-only; }`);
      break;
    case 'rtx':
      add((s) => `login password ${s}`);
      add((s) => `administrator password encrypted ${s}`);
      add((s) => `ipsec ike pre-shared-key 1 text ${s}`);
      add((s) => `snmp community read-only ${s}`);
      add((s) => `pp auth myname planted ${s}`);
      break;
    default:
      break;
  }
  return { lines: made.map(([l]) => l), secrets: made.map(([, s]) => s) };
}

/** A FortiGate private key spans lines: every line of its body is a secret. */
function pemLines(): { lines: string[]; secrets: string[] } {
  const body = [token('pem'), token('pem')];
  return { lines: ['        set private-key "-----BEGIN ENCRYPTED PRIVATE KEY-----', ...body, '-----END ENCRYPTED PRIVATE KEY-----"'], secrets: body };
}

interface Planted {
  /** The temp copy with secrets planted. */
  readonly dir: string;
  /** Every planted secret. */
  readonly secrets: readonly string[];
}

/** A copy of `sample` with secrets planted after each cited line and near the top of each config. */
function plant(sample: string, into: string): Planted {
  cpSync(sample, into, { recursive: true });
  const doc = buildReport(audit(loadSnapshot(sample), { today: '2026-11-22' }), 'en');
  const cited = new Map<string, Set<number>>();
  for (const f of [...doc.findings, ...doc.waived]) {
    for (const at of [...(f.path ?? []), ...(f.location ? [f.location] : [])]) {
      if (at.file === undefined || at.line === undefined) continue;
      cited.set(at.file, (cited.get(at.file) ?? new Set()).add(at.line));
    }
  }
  const secrets: string[] = [];
  for (const input of doc.inputs) {
    if (!VENDORS_WITH_SECRETS.has(input.format)) continue;
    const extra = input.format === 'fortigate' ? pemLines() : { lines: [], secrets: [] };
    const path = join(into, input.file);
    const lines = readFileSync(path, 'utf8').split('\n');
    const after = new Set([2, ...(cited.get(input.file) ?? [])]);
    const out: string[] = [];
    lines.forEach((line, i) => {
      out.push(line);
      if (!after.has(i + 1)) return;
      const fresh = secretLines(input.format);
      out.push(...fresh.lines);
      secrets.push(...fresh.secrets);
    });
    if (extra.lines.length > 0) {
      out.splice(3, 0, ...extra.lines);
      secrets.push(...extra.secrets);
    }
    writeFileSync(path, out.join('\n'));
  }
  return { dir: into, secrets };
}

const temp = mkdtempSync(join(tmpdir(), 'sansou-planted-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.each(['samples/sample-town', 'samples/sample-city'])('secrets planted in %s', (sample) => {
  let planted: Planted;
  beforeAll(() => {
    planted = plant(sample, join(temp, sample.replace(/\//g, '-')));
  });

  const expectNone = (what: string, text: string) => {
    for (const secret of planted.secrets) expect(text.includes(secret), `${what} shows ${secret}`).toBe(false);
  };

  it('plants secrets in every config of a vendor that has them, and the audit still reads them', () => {
    expect(planted.secrets.length).toBeGreaterThan(10);
    const doc: ReportDocument = buildReport(audit(loadSnapshot(planted.dir), { today: '2026-11-22' }), 'en');
    expect(doc.findings.length).toBeGreaterThan(0);
  });

  it('shows none in any format of the audit, in either language, nor in the diff', async () => {
    let masked = 0;
    for (const lang of ['ja', 'en']) {
      for (const format of ['text', 'json', 'sarif', 'markdown', 'html']) {
        const run = await runCli(['audit', planted.dir, '--format', format, '--lang', lang, '--today', '2026-11-22']);
        expect(run.code, `${format} ${lang}: ${run.stderr}`).toBeLessThan(2);
        expectNone(`audit --format ${format} --lang ${lang}`, run.stdout + run.stderr);
        masked += run.stdout.split('********').length - 1;
      }
      for (const format of ['text', 'json', 'sarif']) {
        const run = await runCli(['diff', sample, planted.dir, '--format', format, '--lang', lang, '--today', '2026-11-22']);
        expectNone(`diff --format ${format} --lang ${lang}`, run.stdout + run.stderr);
      }
    }
    // The planted lines were shown, masked, in excerpts and warnings: the search was not vacuous.
    expect(masked).toBeGreaterThan(planted.secrets.length);
  });

  it('shows none on any screen of the terminal UI', async () => {
    const data = loadTuiData({ snapshotPath: planted.dir, snapshotLabel: planted.dir, lang: 'ja', today: '2026-11-22', rulesets: [] }, () => {});
    const h = renderTui(createElement(App, { data }), 100, 30);
    try {
      const findings = data.doc.findings.length + data.doc.waived.length;
      await h.press(KEY.tab);
      for (let i = 0; i < findings; i++) {
        await h.press(KEY.enter);
        for (let page = 0; page < 6; page++) await h.press(' ');
        await h.press(KEY.escape, KEY.down);
      }
      await h.press(KEY.tab);
      for (let i = 0; i < data.doc.inputs.length; i++) {
        await h.press(KEY.enter);
        for (let page = 0; page < 4; page++) await h.press(' ');
        await h.press(KEY.escape, KEY.down);
      }
      const frames = h.frames().join('\n');
      expectNone('the TUI', frames);
      expect(frames).toContain('********');
    } finally {
      h.unmount();
    }
  }, 60_000);
});
