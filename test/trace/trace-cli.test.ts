import { readFileSync, readdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { PathStep } from '../../src/checks/finding.js';
import { TRACE_USAGE } from '../../src/cli/trace-command.js';
import { displayWidth } from '../../src/report/layout.js';
import type { HopDocument } from '../../src/trace/hop-document.js';
import { pathKey } from '../helpers/path-steps.js';
import { lineOf, runCli } from '../helpers/run-cli.js';

/** `sansou trace` in-process, through the CLI's dispatcher. */
const trace = (args: readonly string[], env?: Record<string, string | undefined>) => runCli(['trace', ...args], env);

const TOWN = 'samples/sample-town';
const edge = readFileSync(`${TOWN}/configs/fw-edge.conf`, 'utf8');
const core = readFileSync(`${TOWN}/configs/fw-core.conf`, 'utf8');
const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync('schemas/trace.schema.json', 'utf8')) as object);

interface Doc {
  query: Record<string, unknown>;
  classes: Array<{
    source: string;
    disposition: string;
    deliveredTo?: string;
    stop?: { cause: string; device: string; rule?: string; ruleName?: string; file?: string; line?: number };
    packets: string[];
    witness: { src: string; dst: string; protocol: string; srcPort: number; dstPort: number };
    hops: HopDocument[];
  }>;
  getsThrough: boolean;
}
const json = (stdout: string) => JSON.parse(stdout) as Doc;

describe('sansou trace on samples/sample-town', () => {
  it('follows the SMB permit hop by hop into LGWAN, with each rule and route line, and exits 0', async () => {
    const run = await trace([TOWN, '--src', '10.30.5.5', '--dst', '10.20.5.30', '--dport', '445']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('flow: 10.30.5.5 → 10.20.5.30 tcp/445');
    expect(lines).toContain('enters at: fw-edge port2 — interface in internet (インターネット接続系)');
    expect(lines).toContain('[1] delivered into lgwan (LGWAN接続系)');
    const at = (text: string) => lines.find((l) => l.includes(text))?.trim().split(/\s{2,}/);
    expect(at('rule 7 "FILESRV-TEMP"')).toEqual(['filter', 'firewall policy: rule 7 "FILESRV-TEMP" permit', `configs/fw-edge.conf:${lineOf(edge, 'edit 7')}`]);
    expect(at('rule 13 "FILESRV-TEMP"')).toEqual(['filter', 'firewall policy: rule 13 "FILESRV-TEMP" permit', `configs/fw-core.conf:${lineOf(core, 'edit 13')}`]);
    // The edge's static route 3 (10.20.0.0/16 via the core) chose the egress.
    expect(at('10.20.0.0/16 via 10.255.0.2')).toEqual(['route', '10.20.0.0/16 via 10.255.0.2 (static 3)', `configs/fw-edge.conf:${lineOf(edge, 'edit 3', lineOf(edge, 'config router static'))}`]);
    expect(lines).toContain('    2.  fw-core/root  port4 → port3 (LGWAN)');
    expect(lines[lines.length - 2]).toBe('result: delivered — the flow gets through');
  });

  it('names the denying rule and its file:line for the RDP flow the edge blocks, and exits 1', async () => {
    const run = await trace([TOWN, '--src', '10.30.5.5', '--dst', '10.20.10.11', '--proto', 'tcp', '--dport', '3389']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`[1] denied by rule 99 "DENY-ALL" on fw-edge (firewall policy)   configs/fw-edge.conf:${lineOf(edge, 'edit 99')}`);
    expect(run.stdout).toContain('result: denied — the flow does not get through');
    // The core's permit 14 is never reached: the packet stops at the edge.
    expect(run.stdout).not.toContain('fw-core');
    const doc = json((await trace([TOWN, '--src', '10.30.5.5', '--dst', '10.20.10.11', '--dport', '3389', '--format', 'json'])).stdout);
    expect(doc.classes.map((c) => [c.disposition, c.stop])).toEqual([
      ['denied', { device: 'fw-edge', iface: 'port2', cause: 'rule', stage: 'firewall policy', rule: '99', ruleName: 'DENY-ALL', implicit: false, file: 'configs/fw-edge.conf', line: lineOf(edge, 'edit 99') }],
    ]);
  });

  it('shows the same path as the audit for the witness of every finding', async () => {
    const report = JSON.parse((await runCli(['audit', TOWN, '--format', 'json'])).stdout) as {
      findings: Array<{ check: string; from?: string; to?: string; witness?: { src: string; dst: string; protocol: string; srcPort: number; dstPort: number }; path?: PathStep[] }>;
    };
    const flows = report.findings.filter((f) => f.witness && f.path);
    expect(flows.length).toBe(3);
    for (const f of flows) {
      const w = f.witness!;
      const run = await trace([TOWN, '--src', w.src, '--dst', w.dst, '--proto', w.protocol, '--dport', `${w.dstPort}`, '--sport', `${w.srcPort}`, '--format', 'json']);
      expect(run.code).toBe(0);
      const doc = json(run.stdout);
      expect(doc.classes.map((c) => [c.source, c.disposition, c.deliveredTo])).toEqual([[f.from, 'delivered', f.to]]);
      expect(pathKey(doc.classes[0]!.hops)).toEqual(pathKey(f.path!));
      // And the --from/--to listing holds a class with that path and witness. (A listing may
      // split one audit path in two where the route differs, e.g. LGWAN's connected /24 on
      // the core versus the static route to the rest of the /16: it shows each route.)
      const listing = json((await trace([TOWN, '--from', f.from!, '--to', f.to!, '--format', 'json'])).stdout);
      const same = listing.classes.filter((c) => pathKey(c.hops) === pathKey(f.path!));
      expect(same.map((c) => c.witness)).toContainEqual({ ...w });
    }
  });

  it('lists every class of traffic from internet into lgwan, with its rules, packets and a witness', async () => {
    const run = await trace([TOWN, '--from', 'internet', '--to', 'lgwan']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('Traffic initiated in internet (インターネット接続系) and delivered into lgwan (LGWAN接続系): 2 classes');
    expect(lines).toContain('[1] 10.30.5.20 → 10.20.5.25 tcp/25');
    expect(lines).toContain('[2] 10.30.0.0/16 → 10.20.5.30 tcp/445');
    expect(lines).toContain('  witness: 10.30.5.20:49152 → 10.20.5.25 tcp/25');
    expect(lines).toContain('  witness: 10.30.5.5:49152 → 10.20.5.30 tcp/445');
    const doc = json((await trace([TOWN, '--from', 'インターネット接続系', '--to', 'LGWAN接続系', '--format', 'json'])).stdout);
    expect(doc.query).toEqual({ mode: 'segments', from: 'internet', to: 'lgwan' });
    expect(doc.classes.map((c) => c.hops.map((h) => `${h.device} ${h.rule}`))).toEqual([
      ['fw-edge 5', 'fw-core/root 12'],
      ['fw-edge 7', 'fw-core/root 13'],
    ]);
    // A service restriction keeps only the classes that carry it.
    const smb = json((await trace([TOWN, '--from', 'internet', '--to', 'lgwan', '--dport', '445', '--format', 'json'])).stdout);
    expect(smb.classes.map((c) => c.packets)).toEqual([['10.30.0.0/16 → 10.20.5.30 tcp/445']]);
  });

  it('says when no traffic flows between two segments, and exits 1', async () => {
    const run = await trace([TOWN, '--from', 'dmz', '--to', 'mynumber']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('No packet initiated in dmz (公開セグメント) is delivered into mynumber (マイナンバー利用事務系).');
    const rdp = await trace([TOWN, '--from', 'internet', '--to', 'lgwan', '--dport', '3389']);
    expect(rdp.code).toBe(1);
    expect(rdp.stdout).toContain('No packet initiated in internet (インターネット接続系) is delivered into lgwan (LGWAN接続系), for tcp/3389.');
  });

  it('shows a device answering its own management service, and a VIP translated on the way in', async () => {
    const ssh = json((await trace([TOWN, '--src', '10.20.255.10', '--dst', '10.20.255.1', '--dport', '22', '--format', 'json'])).stdout);
    expect(ssh.classes.map((c) => [c.disposition, (c as { acceptedBy?: string }).acceptedBy])).toEqual([['accepted', 'fw-core/root']]);
    // Only the trusted hosts (10.20.255.0/24) may log in.
    const refused = json((await trace([TOWN, '--src', '10.20.10.11', '--dst', '10.20.255.1', '--dport', '22', '--format', 'json'])).stdout);
    expect(refused.classes.map((c) => c.stop?.cause)).toEqual(['no-service']);
    const mail = await trace([TOWN, '--src', '198.51.100.7', '--dst', '203.0.113.3', '--dport', '25']);
    expect(mail.code).toBe(0);
    expect(mail.stdout).toContain('  delivered as: 198.51.100.7:49152 → 10.30.5.20 tcp/25');
    expect(mail.stdout).toContain(`DNAT    VIP-MAIL`);
    expect(mail.stdout).toContain(`configs/fw-edge.conf:${lineOf(edge, 'edit "VIP-MAIL"')}`);
  });

  it('writes JSON that validates against schemas/trace.schema.json, the same in both languages', async () => {
    const cases = [
      ['--src', '10.30.5.5', '--dst', '10.20.5.30', '--dport', '445'],
      ['--src', '10.30.5.5', '--dst', '10.20.5.30'],
      ['--src', '10.30.5.5', '--dst', '10.20.10.11', '--dport', '3389'],
      ['--src', '10.20.255.10', '--dst', '10.20.255.1', '--proto', 'icmp', '--dport', '8'],
      ['--src', '198.51.100.7', '--dst', '203.0.113.3', '--dport', '25', '--sport', '1025'],
      ['--src', '10.255.0.1', '--dst', '10.20.5.30', '--proto', 'udp', '--dport', '53'],
      ['--src', '10.10.1.5', '--dst', '172.16.100.1', '--ingress', 'fw-core/MN:port2', '--dport', '443'],
      ['--from', 'mynumber', '--to', 'lgwan'],
      ['--from', 'dmz', '--to', 'mynumber'],
    ];
    for (const args of cases) {
      const en = await trace([TOWN, ...args, '--format', 'json', '--lang', 'en']);
      const ja = await trace([TOWN, ...args, '--format', 'json', '--lang', 'ja']);
      expect(en.stdout).toBe(ja.stdout);
      const ok = validate(JSON.parse(en.stdout));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      expect(en.code).toBe(json(en.stdout).getsThrough ? 0 : 1);
    }
  });

  it('gives byte-identical output from run to run', async () => {
    for (const args of [['--src', '10.30.5.5', '--dst', '10.20.5.30'], ['--from', 'internet', '--to', 'the-internet']]) {
      for (const format of ['text', 'json']) {
        const once = await trace([TOWN, ...args, '--format', format]);
        const twice = await trace([TOWN, ...args, '--format', format]);
        expect(once.stdout.length).toBeGreaterThan(200);
        expect(once.stdout).toBe(twice.stdout);
      }
    }
  });

  it('speaks Japanese from --lang ja or a Japanese LANG, with columns aligned by display width', async () => {
    const run = await trace([TOWN, '--src', '10.10.1.5', '--dst', '10.20.5.30', '--dport', '445'], { LANG: 'ja_JP.UTF-8' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('sansou 経路トレース — サンプル町');
    expect(run.stdout).toContain('[1] lgwan (LGWAN接続系) に到達');
    expect(run.stdout).toContain('フィルタ  firewall policy: ルール 2 "MN-PRINT-TEMP" 許可');
    const detail = run.stdout.split('\n').filter((l) => l.includes('configs/'));
    expect(detail.length).toBe(4);
    expect(new Set(detail.map((l) => displayWidth(l.slice(0, l.indexOf('configs/'))))).size).toBe(1);
    expect((await trace([TOWN, '--src', '10.10.1.5', '--dst', '10.20.5.30', '--dport', '445', '--lang', 'ja'])).stdout).toBe(run.stdout);
  });

  it('never prints a secret of the configs', async () => {
    const secrets = readdirSync(`${TOWN}/configs`).flatMap((f) => [...readFileSync(`${TOWN}/configs/${f}`, 'latin1').matchAll(/\bENC (\S+)/g)].map((m) => m[1]!));
    expect(secrets.length).toBeGreaterThan(0);
    for (const args of [['--src', '10.20.255.10', '--dst', '10.20.255.1'], ['--from', 'lgwan', '--to', 'internet']]) {
      for (const format of ['text', 'json']) {
        for (const lang of ['en', 'ja']) {
          const run = await trace([TOWN, ...args, '--format', format, '--lang', lang]);
          for (const secret of secrets) expect(run.stdout + run.stderr).not.toContain(secret);
          expect(run.stdout + run.stderr).not.toMatch(/password|ENC /i);
        }
      }
    }
  });
});

describe('sansou trace usage', () => {
  it('prints its usage with --help and exits 0', async () => {
    const run = await trace(['--help']);
    expect([run.code, run.stdout]).toEqual([0, `${TRACE_USAGE}\n`]);
  });

  it('refuses bad input with one line naming the option, and exit status 2', async () => {
    const cases: Array<[string[], string]> = [
      [[TOWN, '--src', '10.30.5.5'], '--dst is missing: --src needs the address the packets are sent to'],
      [[TOWN, '--dst', '10.30.5.5'], '--src is missing: --dst needs the address that sends the packets'],
      [[TOWN, '--src', '10.30.5', '--dst', '10.20.5.30'], '--src must be an IPv4 or IPv6 address (got 10.30.5)'],
      [[TOWN, '--src', '10.30.5.5', '--dst', 'fileserver'], '--dst must be an IPv4 or IPv6 address (got fileserver)'],
      [[TOWN, '--src', '10.30.0.0/16', '--dst', '10.20.5.30'], '--src takes one address, not a prefix (got 10.30.0.0/16); to list the traffic between segments use --from and --to'],
      [[TOWN, '--src', '10.30.5.5', '--dst', '2001:db8::1'], '--src 10.30.5.5 and --dst 2001:db8::1 are of different IP families: a packet has one'],
      [[TOWN, '--src', '10.30.5.5', '--dst', '10.20.5.30', '--dport', '70000'], '--dport must be a port, a number 0-65535 (got 70000)'],
      [[TOWN, '--src', '10.30.5.5', '--dst', '10.20.5.30', '--sport', 'http'], '--sport must be a port, a number 0-65535 (got http)'],
      [[TOWN, '--src', '10.30.5.5', '--dst', '10.20.5.30', '--proto', 'tpc'], '--proto must be tcp, udp, icmp, another protocol name, a number 0-255, or any (got tpc)'],
      [[TOWN, '--src', '10.30.5.5', '--dst', '10.20.5.30', '--proto', 'gre', '--dport', '1'], '--dport applies to tcp, udp and sctp (a port) and icmp (the type and code); gre has neither'],
      [[TOWN, '--src', '10.30.5.5', '--dst', '10.20.5.30', '--proto', 'icmp', '--dport', '300'], '--dport must be an ICMP type, a number 0-255 (got 300)'],
      [[TOWN, '--src', '10.30.5.5', '--dst', '10.20.5.30', '--proto', 'any', '--dport', '80'], '--proto any means every protocol, so there are no ports to choose: name the protocol (tcp, udp, icmp) with --dport/--sport'],
      [[TOWN, '--src', '10.30.5.5', '--dst', '10.20.5.30', '--ingress', 'fw-edge'], '--ingress must be DEVICE:INTERFACE, for example fw-edge:port2 (got fw-edge)'],
      [[TOWN, '--src', '10.30.5.5', '--dst', '10.20.5.30', '--ingress', 'fw-edgee:port2'], '--ingress: no device fw-edgee in the configs (did you mean fw-edge?); devices: fw-core/MN, fw-core/root, fw-edge'],
      [[TOWN, '--src', '10.30.5.5', '--dst', '10.20.5.30', '--ingress', 'fw-edge:port9'], '--ingress: fw-edge has no interface port9 (did you mean port1?); it has port1, port2, port3, port4, port5'],
      [[TOWN, '--src', '10.30.5.5', '--dst', '10.20.5.30', '--from', 'internet'], '--src/--dst trace one flow and --from/--to list the traffic between two segments: give one pair, not both'],
      [[TOWN], 'give --src and --dst (one flow), or --from and --to (the traffic between two segments)'],
      [[TOWN, '--from', 'internet'], '--to is missing: --from needs the segment or external network the traffic is delivered into'],
      [[TOWN, '--from', 'internet', '--to', 'lgwn'], '--to lgwn: no such segment or external network (did you mean lgwan?); known: mynumber, lgwan, internet, dmz, lgwan-wan, the-internet'],
      [[TOWN, '--from', 'internet', '--to', 'lgwan', '--ingress', 'fw-edge:port2'], '--ingress applies to a --src/--dst trace only'],
      [[TOWN, '--src', '10.30.5.5', '--dst', '10.20.5.30', '--format', 'xml'], '--format must be one of text, json (got xml)'],
      [[TOWN, '--src', '10.30.5.5', '--dst', '10.20.5.30', '--lang', 'fr'], '--lang must be one of ja, en (got fr)'],
      [['--src', '10.30.5.5', '--dst', '10.20.5.30'], 'trace needs exactly one snapshot directory (see sansou help trace)'],
    ];
    for (const [args, message] of cases) {
      const run = await trace(args);
      expect({ args, code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ args, code: 2, stdout: '', stderr: `sansou: ${message}\n` });
    }
  });

  it('reports an unknown option, a missing value and a missing snapshot on one line, with status 2', async () => {
    for (const [args, pattern] of [
      [[TOWN, '--src', '10.30.5.5', '--dst', '10.20.5.30', '--port', '445'], /^sansou: .*'--port'.*\n$/],
      [[TOWN, '--src'], /^sansou: .*'--src.*\n$/],
      [['samples/no-such-town', '--src', '10.30.5.5', '--dst', '10.20.5.30'], /^sansou: .*samples\/no-such-town.*\n$/],
    ] as const) {
      const run = await trace(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(pattern);
    }
  });
});
