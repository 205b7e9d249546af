import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

interface Report {
  inputs: Array<{ file: string; format: string; status: string }>;
  findings: Array<{ check: string; from?: string; to?: string; path?: Array<{ device: string; in: string; out?: string; rule?: string; action: string }> }>;
}

/** A finding as check, direction and its path (device[in>out rule]). */
function signature(f: Report['findings'][number]): string {
  const path = (f.path ?? []).map((h) => `${h.device}[${h.in}>${h.out ?? ''} ${h.rule ?? h.action}]`).join(' ');
  return `${f.check} ${f.from}→${f.to} ${path}`.trim();
}

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

  it('reports exactly the seeded violations, each with its path across vendors', async () => {
    const run = await runCli(['audit', 'samples/sample-city', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map(signature).sort()).toEqual(
      [
        // A: 住基 terminals through the ASA's security-level default, then the core without ACL.
        'MYNUMBER-LGWAN mynumber→lgwan asa-mn[juki>outside security-level:juki] core-sw[GigabitEthernet1/0/3>Vlan120 none]',
        'MYNUMBER-LGWAN mynumber→lgwan asa-mn[juki>outside security-level:juki] core-sw[GigabitEthernet1/0/3>Vlan121 none]',
        // B: the マイナンバー printer VLAN routed on the core with no ACL, both ways.
        'MYNUMBER-LGWAN mynumber→lgwan core-sw[Vlan110>Vlan120 none]',
        'MYNUMBER-LGWAN mynumber→lgwan core-sw[Vlan110>Vlan121 none]',
        'MYNUMBER-LGWAN lgwan→mynumber core-sw[Vlan120>Vlan110 LGWAN-USERS:10]',
        'MYNUMBER-LGWAN lgwan→mynumber core-sw[Vlan121>Vlan110 none]',
        'UNFILTERED-BRIDGE mynumber→lgwan',
        'UNFILTERED-BRIDGE mynumber→lgwan',
        'UNFILTERED-BRIDGE lgwan→mynumber',
        // C: SMB through the SRX, then the core.
        'INTERNET-LGWAN-UNSANITIZED internet→lgwan srx-fw[ge-0/0/1.0>ge-0/0/2.0 INET>LGWAN/file-temp] core-sw[GigabitEthernet1/0/1>Vlan121 none]',
        // D: the sanitizer host forwarding from eth0 to eth1.
        'INTERNET-LGWAN-UNSANITIZED internet→lgwan sani-gw[eth0>eth1 FORWARD:2]',
      ].sort(),
    );
  });
});
