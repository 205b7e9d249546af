import { describe, expect, it } from 'vitest';
import { convertInterfaces, convertRoutes, forwardingState, readLinuxIp } from '../../../parsers/linux-ip/index.js';
import { companionText, lineOf } from './helpers.js';

const v4 = (a: number, b: number, c: number, d: number) => ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;

describe('companion extraction: fw-gw01.ip (one-line ip output, comment headers)', () => {
  const text = companionText('fw-gw01')!;
  const { config, warnings } = readLinuxIp(text, 'configs/fw-gw01.ip');

  it('understands every line', () => {
    expect(warnings).toEqual([]);
  });

  it('takes the hostname from "# hostname:"', () => {
    expect(config.hostname).toEqual({ name: 'fw-gw01', line: 1 });
  });

  it('reads addresses with secondaries, labels and IPv6', () => {
    const ens192 = config.addresses.filter((a) => a.iface === 'ens192');
    expect(ens192.map((a) => [a.family, a.prefixLength, a.flags.includes('secondary'), a.label ?? ''])).toEqual([
      [4, 24, false, 'ens192'],
      [4, 24, true, 'ens192'],
      [4, 24, true, 'ens192:web'],
      [4, 24, true, 'ens192'],
      [6, 64, false, ''],
      [6, 64, false, ''],
    ]);
    expect(config.addresses.find((a) => a.iface === 'ens224.30')?.address).toEqual({ family: 4, value: v4(10, 30, 0, 1) });
  });

  it('reads one-line link records with their state', () => {
    expect(config.links.map((l) => [l.name, l.up])).toEqual([
      ['lo', true],
      ['ens192', true],
      ['ens224', true],
      ['ens256', true],
      ['ens224.30', true],
      ['ens161', false],
    ]);
  });

  it('reads routes: default, static, multipath, blackhole, IPv6 with onlink', () => {
    const byLine = (needle: string, ...after: string[]) => config.routes.find((r) => r.line === lineOf(text, needle, ...after))!;
    expect(byLine('default via 192.0.2.1')).toMatchObject({ family: 4, type: 'unicast', prefix: { prefixLength: 0 }, metric: 100, proto: 'static', nextHops: [{ gateway: { value: v4(192, 0, 2, 1) }, dev: 'ens192' }] });
    expect(byLine('10.50.0.0/16').nextHops.map((h) => [h.gateway?.value, h.dev, h.weight])).toEqual([
      [v4(10, 20, 0, 251), 'ens224', 1],
      [v4(10, 20, 0, 252), 'ens224', 1],
    ]);
    expect(byLine('blackhole')).toMatchObject({ type: 'blackhole', nextHops: [], prefix: { address: v4(10, 99, 0, 0), prefixLength: 16 } });
    expect(byLine('default via 2001:db8:100::1')).toMatchObject({ family: 6, prefix: { family: 6, prefixLength: 0 }, nextHops: [{ onlink: true }] });
  });

  it('reads sysctl settings and ignores ip rule and ip xfrm output', () => {
    expect(config.sysctls.map((s) => `${s.key}=${s.value}`)).toEqual(['net.ipv4.ip_forward=1', 'net.ipv6.conf.all.forwarding=1', 'net.ipv4.conf.all.rp_filter=1']);
    expect(forwardingState(config, 4)).toEqual({ known: true, enabled: true, line: lineOf(text, 'net.ipv4.ip_forward = 1'), key: 'net.ipv4.ip_forward', value: '1' });
  });

  it('converts interfaces: no loopback or link-local, lo kept for its service address, down links disabled', () => {
    const ifs = convertInterfaces(config, 'configs/fw-gw01.ip');
    expect(ifs.map((i) => [i.name, i.enabled, i.addresses.length])).toEqual([
      ['lo', true, 1],
      ['ens192', true, 5],
      ['ens224', true, 2],
      ['ens256', true, 1],
      ['ens224.30', true, 1],
      ['ens161', false, 0],
    ]);
    expect(ifs[1]!.addresses[0]).toEqual({ address: { family: 4, value: v4(192, 0, 2, 10) }, prefixLength: 24 });
    expect(ifs[1]!.provenance).toEqual({ file: 'configs/fw-gw01.ip', line: lineOf(text, '2: ens192    inet 192.0.2.10') });
  });

  it('converts routes: connected left out, metric as priority, one route per next hop, discard', () => {
    const ifs = convertInterfaces(config, 'configs/fw-gw01.ip');
    const routes = convertRoutes(config, ifs, 'configs/fw-gw01.ip', readLinuxIp(text, 'x').sink);
    expect(routes.map((r) => [r.id, r.prefix.prefixLength, r.discard, r.priority, r.distance])).toEqual([
      [String(lineOf(text, 'default via 192.0.2.1')), 0, false, 100, 1],
      [String(lineOf(text, '10.40.0.0/16')), 16, false, 100, 1],
      [`${lineOf(text, '10.50.0.0/16')}/${lineOf(text, 'nexthop via 10.20.0.251')}`, 16, false, 200, 1],
      [`${lineOf(text, '10.50.0.0/16')}/${lineOf(text, 'nexthop via 10.20.0.252')}`, 16, false, 200, 1],
      [String(lineOf(text, 'blackhole')), 16, true, 0, 1],
      [String(lineOf(text, '2001:db8:300::/48')), 48, false, 1024, 1],
      [String(lineOf(text, 'default via 2001:db8:100::1')), 0, false, 1024, 1],
    ]);
    expect(routes[0]).toMatchObject({ gateway: { value: v4(192, 0, 2, 1) }, interface: 'ens192', provenance: { file: 'configs/fw-gw01.ip' } });
  });
});

describe('companion extraction: other shapes of ip output', () => {
  it('reads multi-line ip addr, a bare hostname first line and $-prompt headers (web-proxy01.ip)', () => {
    const { config, warnings } = readLinuxIp(companionText('web-proxy01')!, 'web-proxy01.ip');
    expect(warnings).toEqual([]);
    expect(config.hostname?.name).toBe('web-proxy01');
    expect(config.links.map((l) => l.name)).toEqual(['lo', 'eth0', 'docker0', 'veth3c1f2a9']);
    expect(config.addresses.map((a) => `${a.iface}/${a.family}`)).toEqual(['lo/4', 'lo/6', 'eth0/4', 'eth0/6', 'eth0/6', 'docker0/4']);
    expect(config.routes.filter((r) => r.family === 6).map((r) => r.prefix.prefixLength)).toEqual([64, 64, 0]);
  });

  it('reads ip -br addr, hostnamectl, prompts with user@host, peers and tables', () => {
    const text = [
      '[root@gw01 ~]# hostnamectl',
      '   Static hostname: gw01',
      '         Icon name: computer-vm',
      'root@gw01:~# ip -br addr',
      'lo               UNKNOWN        127.0.0.1/8 ::1/128',
      'eth0             UP             10.0.0.1/24 fe80::1/64',
      'ppp0             UNKNOWN        ',
      'eth1             DOWN           ',
      'root@gw01:~# ip -o addr show dev ppp0',
      '7: ppp0    inet 100.64.0.2 peer 100.64.0.1/32 scope global ppp0\\       valid_lft forever preferred_lft forever',
      'root@gw01:~# ip route show table all',
      'default dev ppp0 scope link',
      '100.64.0.1 dev ppp0 proto kernel scope link src 100.64.0.2',
      '10.9.0.0/16 via 10.0.0.254 dev eth0 table 100',
      'local 10.0.0.1 dev eth0 table local proto kernel scope host src 10.0.0.1',
      'broadcast 10.0.0.255 dev eth0 table local proto kernel scope link src 10.0.0.1',
      'root@gw01:~# ip rule',
      '0:\tfrom all lookup local',
      '100:\tfrom 10.0.5.0/24 lookup 100',
      '32766:\tfrom all lookup main',
    ].join('\n');
    const r = readLinuxIp(text, 'gw01.ip');
    expect(r.config.hostname?.name).toBe('gw01');
    expect(r.config.links.map((l) => [l.name, l.up])).toEqual([
      ['lo', true],
      ['eth0', true],
      ['ppp0', true],
      ['eth1', false],
    ]);
    expect(r.config.addresses.find((a) => a.iface === 'ppp0')).toMatchObject({ prefixLength: 32, peer: { prefixLength: 32 } });
    expect(r.warnings.map((w) => [w.line, w.kind, w.context])).toEqual([[19, 'unsupported', 'gw01.ip: ip rule']]);
    const ifs = convertInterfaces(r.config, 'gw01.ip');
    const routes = convertRoutes(r.config, ifs, 'gw01.ip', r.sink);
    // The peer route is kept (the model's connected subnet of ppp0 is only its own /32);
    // table 100 is policy routing, warned; the local table is not forwarding.
    expect(routes.map((x) => [x.id, x.interface ?? '', x.gateway === undefined])).toEqual([
      ['12', 'ppp0', true],
      ['13', 'ppp0', true],
    ]);
    expect(r.sink.list.map((w) => [w.line, w.kind, w.comment.slice(0, 20)])).toEqual([
      [19, 'unsupported', 'policy routing rules'],
      [14, 'unsupported', 'routing table 100 is'],
    ]);
  });

  it('a hostname section holds one word; the next output may follow without a header', () => {
    const r = readLinuxIp(['# hostname', 'gw07', '2: eth0    inet 10.0.0.1/24 scope global eth0', 'default via 10.0.0.254 dev eth0'].join('\n'), 'gw07.ip');
    expect(r.warnings).toEqual([]);
    expect(r.config.hostname).toEqual({ name: 'gw07', line: 2 });
    expect(r.config.addresses).toHaveLength(1);
    expect(r.config.routes).toHaveLength(1);
  });

  it('skips the output of commands it does not use, and warns on a hostname that is not one', () => {
    const r = readLinuxIp(['# hostname: not a host!', '# ip neigh', '10.0.0.254 dev eth0 lladdr 00:11:22:33:44:55 REACHABLE', '# ip -o addr', '2: eth0    inet 10.0.0.1/24 scope global eth0'].join('\n'), 'x.ip');
    expect(r.warnings.map((w) => [w.line, w.kind, w.context])).toEqual([[1, 'invalid', 'x.ip: hostname']]);
    expect(r.config.routes).toEqual([]);
    expect(r.config.addresses).toHaveLength(1);
  });
});
