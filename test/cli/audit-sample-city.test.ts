import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineOf, runCli } from '../helpers/run-cli.js';

interface Report {
  inputs: Array<{ file: string; format: string; status: string }>;
  findings: Array<{
    check: string;
    from?: string;
    to?: string;
    message: string;
    witness?: { src: string; dst: string; protocol: string; dstPort: number };
    path?: Array<{ device: string; in: string; out?: string; rule?: string; action: string }>;
    location?: { file: string; line: number };
  }>;
}

/** A finding as check, direction, its path (device[in>out rule]) and the line it points at. */
function signature(f: Report['findings'][number]): string {
  const path = (f.path ?? []).map((h) => `${h.device}[${h.in}>${h.out ?? ''} ${h.rule ?? h.action}]`).join(' ');
  const at = f.location ? ` @${f.location.file}:${f.location.line}` : '';
  return `${f.check} ${f.from ?? '-'}→${f.to ?? '-'} ${path}${at}`.replace(/ +/g, ' ');
}

/** 1-based line of the first line containing `fragment`, at or after line `after` + 1. */
function lineWith(text: string, fragment: string, after = 0): number {
  const i = text.split('\n').findIndex((l, n) => n >= after && l.includes(fragment));
  if (i < 0) throw new Error(`"${fragment}" not found`);
  return i + 1;
}

const read = (name: string) => readFileSync(`samples/sample-city/configs/${name}`, 'utf8');
const asa = read('asa-mn.cfg');
const core = read('core-sw.cfg');
const pa = read('pa-edge.xml');
const rtx = read('rtx-lgwan.config');
const sani = read('sani-gw.rules');
const srx = read('srx-fw.conf');

const at = {
  asaJuki: `@configs/asa-mn.cfg:${lineOf(asa, 'security-level 100', lineOf(asa, 'nameif juki'))}`,
  asaChukan: `@configs/asa-mn.cfg:${lineWith(asa, 'INSIDE_IN extended permit tcp host 10.110.0.5')}`,
  coreVlan110: `@configs/core-sw.cfg:${lineOf(core, 'interface Vlan110')}`,
  coreVlan121: `@configs/core-sw.cfg:${lineOf(core, 'interface Vlan121')}`,
  coreUsers10: `@configs/core-sw.cfg:${lineOf(core, '10 permit ip 10.120.0.0 0.0.0.255 any')}`,
  srxFileTemp: `@configs/srx-fw.conf:${lineWith(srx, 'policy file-temp description')}`,
  saniForward: `@configs/sani-gw.rules:${lineOf(sani, '-A FORWARD -i eth0 -o eth1 -p tcp -m multiport --dports 443,445 -j ACCEPT')}`,
  paAdmin: `@configs/pa-edge.xml:${lineOf(pa, '<entry name="admin">')}`,
  rtx100100: `@configs/rtx-lgwan.config:${lineWith(rtx, 'ip filter 100100 ')}`,
  rtx100101: `@configs/rtx-lgwan.config:${lineWith(rtx, 'ip filter 100101 ')}`,
  rtx200100: `@configs/rtx-lgwan.config:${lineWith(rtx, 'ip filter 200100 ')}`,
};

describe('sansou audit samples/sample-city (six vendors)', () => {
  it('reads every config with its vendor and understands every line', async () => {
    const report = JSON.parse((await runCli(['audit', 'samples/sample-city', '--format', 'json'])).stdout) as Report;
    const formats = Object.fromEntries(report.inputs.map((i) => [i.file, `${i.format} ${i.status}`]));
    expect(formats).toMatchObject({
      'configs/pa-edge.xml': 'paloalto PASSED',
      'configs/srx-fw.conf': 'junos PASSED',
      'configs/asa-mn.cfg': 'asa PASSED',
      'configs/core-sw.cfg': 'ios PASSED',
      'configs/rtx-lgwan.config': 'rtx PASSED',
      'configs/sani-gw.rules': 'iptables PASSED',
      'configs/sani-gw.ip': 'linux-ip PASSED',
    });
  });

  it('reports exactly the seeded violations, each with its path across vendors, and the hygiene findings', async () => {
    const run = await runCli(['audit', 'samples/sample-city', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map(signature).sort()).toEqual(
      [
        // A: 住基 terminals through the ASA's security-level default, then the core without ACL.
        `MYNUMBER-LGWAN mynumber→lgwan asa-mn[juki>outside security-level:juki] core-sw[GigabitEthernet1/0/3>Vlan120 none] ${at.asaJuki}`,
        `MYNUMBER-LGWAN mynumber→lgwan asa-mn[juki>outside security-level:juki] core-sw[GigabitEthernet1/0/3>Vlan121 none] ${at.asaJuki}`,
        // B: the マイナンバー printer VLAN routed on the core with no ACL, both ways.
        'MYNUMBER-LGWAN mynumber→lgwan core-sw[Vlan110>Vlan120 none]',
        'MYNUMBER-LGWAN mynumber→lgwan core-sw[Vlan110>Vlan121 none]',
        `MYNUMBER-LGWAN lgwan→mynumber core-sw[Vlan120>Vlan110 LGWAN-USERS:10] ${at.coreUsers10}`,
        'MYNUMBER-LGWAN lgwan→mynumber core-sw[Vlan121>Vlan110 none]',
        `UNFILTERED-BRIDGE mynumber→lgwan ${at.coreVlan110}`,
        `UNFILTERED-BRIDGE mynumber→lgwan ${at.coreVlan110}`,
        `UNFILTERED-BRIDGE lgwan→mynumber ${at.coreVlan121}`,
        // C: SMB through the SRX, then the core.
        `INTERNET-LGWAN-UNSANITIZED internet→lgwan srx-fw[ge-0/0/1.0>ge-0/0/2.0 INET>LGWAN/file-temp] core-sw[GigabitEthernet1/0/1>Vlan121 none] ${at.srxFileTemp}`,
        // D: the sanitizer host forwarding from eth0 to eth1.
        `INTERNET-LGWAN-UNSANITIZED internet→lgwan sani-gw[eth0>eth1 FORWARD:2] ${at.saniForward}`,

        // Hygiene and asset findings (see the README's "Hygiene findings").
        // C and D seen from the assets: lgwan-fs01 (through C and D) and lgwan-mail01 (through D), 機密性2.
        `CLASSIFIED-ASSET-EXPOSED internet→lgwan srx-fw[ge-0/0/1.0>ge-0/0/2.0 INET>LGWAN/file-temp] core-sw[GigabitEthernet1/0/1>Vlan121 none] ${at.srxFileTemp}`,
        `CLASSIFIED-ASSET-EXPOSED internet→lgwan sani-gw[eth0>eth1 FORWARD:2] ${at.saniForward}`,
        `CLASSIFIED-ASSET-EXPOSED internet→lgwan sani-gw[eth0>eth1 FORWARD:2] ${at.saniForward}`,
        // pa-edge keeps the PAN-OS default superuser "admin".
        `DEFAULT-ADMIN -→- ${at.paAdmin}`,
        // Permits that carry traffic between segments without a log keyword / log action:
        // ASA ACL without `log` (中間サーバー連携), IOS ACL without `log`, RTX `pass` (= pass-nolog),
        // iptables ACCEPT without a LOG rule, SRX policy without `then log`.
        `CROSS-SEGMENT-NO-LOG -→- ${at.asaChukan}`,
        `CROSS-SEGMENT-NO-LOG -→- ${at.coreUsers10}`,
        `CROSS-SEGMENT-NO-LOG -→- ${at.rtx100100}`,
        `CROSS-SEGMENT-NO-LOG -→- ${at.rtx100101}`,
        `CROSS-SEGMENT-NO-LOG -→- ${at.rtx200100}`,
        `CROSS-SEGMENT-NO-LOG -→- ${at.saniForward}`,
        `CROSS-SEGMENT-NO-LOG -→- ${at.srxFileTemp}`,
        // No MGMT-EXPOSED: the sanitizer's tcp/443 is its registered upload portal, and the
        // SRX's and PA's management of an inside interface is not permitted by their policies
        // from the Internet side.
      ].sort(),
    );
  });

  it('names the classified assets C and D expose', async () => {
    const report = JSON.parse((await runCli(['audit', 'samples/sample-city', '--format', 'json'])).stdout) as Report;
    const assets = report.findings
      .filter((f) => f.check === 'CLASSIFIED-ASSET-EXPOSED')
      .map((f) => `${/Asset (\S+) \(([\d.]+)\)/.exec(f.message)?.slice(1).join(' ')} via ${f.path?.[0]?.device}`)
      .sort();
    expect(assets).toEqual(['lgwan-fs01 10.120.1.30 via sani-gw', 'lgwan-fs01 10.120.1.30 via srx-fw', 'lgwan-mail01 10.120.1.25 via sani-gw']);
  });
});
