import { logicalName, parseUint } from './junos-values.js';
import { type Mutable, badValue, maySet, ref, unknownStatement } from './extract-util.js';
import { type Statement, lineOfWord } from './statement.js';
import type { JSystem, JSystemService, JUser, NameRef } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * `system` settings that cannot change what the network forwards: recognized, not modelled.
 * (`login` and `services` are read below; `ntp` is noted for host-inbound `ntp`.)
 */
const IGNORED = new Set([
  'accounting',
  'arp',
  'archival',
  'authentication-order',
  'auto-snapshot',
  'backup-router',
  'commit',
  'compress-configuration-files',
  'configuration-database',
  'default-address-selection',
  'dump-on-panic',
  'domain-name',
  'domain-search',
  'extensions',
  'host-name',
  'inet6-backup-router',
  'internet-options',
  'license',
  'location',
  'management-instance',
  'master-password',
  'max-configuration-rollbacks',
  'max-configurations-on-flash',
  'name-resolution',
  'name-server',
  'no-multicast-echo',
  'no-ping-record-route',
  'no-ping-time-stamp',
  'no-redirects',
  'no-redirects-ipv6',
  'ntp',
  'phone-home',
  'ports',
  'processes',
  'radius-options',
  'radius-server',
  'saved-core-context',
  'saved-core-files',
  'scripts',
  'static-host-mapping',
  'syslog',
  'tacplus-options',
  'tacplus-server',
  'time-zone',
  'tracing',
  'root-authentication',
  'login',
  'services',
  'security-profile',
  'autoinstallation',
  'fips',
  'proxy',
  'schema',
  'switchover-on-routing-crash',
]);

/** `system login` settings besides users: messages, classes, retry options. */
const LOGIN_IGNORED = new Set(['announcement', 'class', 'deny-sources', 'idle-timeout', 'message', 'password', 'retry-options']);

/** Management services that open a port on the device (`system services X`). */
const SERVICES = new Set(['ssh', 'telnet', 'netconf', 'ftp', 'xnm-clear-text', 'xnm-ssl', 'rest', 'finger', 'rlogin', 'tftp-server', 'dns', 'dhcp', 'dhcp-local-server', 'outbound-ssh', 'web-management', 'ssl-proxy', 'ntp']);

export class SystemBuilder {
  hostname?: NameRef;
  private readonly services = new Map<string, Mutable<JSystemService>>();
  private readonly users = new Map<string, Mutable<JUser>>();
  rootAuthentication?: number;
  snmp?: { line: number; communities: boolean };
  ntp?: number;

  constructor(private readonly sink: WarningSink) {}

  /** A statement under `system`. */
  add(s: Statement): void {
    const w = s.words;
    const key = w[1];
    switch (key) {
      case 'host-name':
        if (w[2] === undefined) unknownStatement(this.sink, s, 2, 'host-name');
        else if (maySet(this.hostname, s)) this.hostname = { name: w[2], line: s.line };
        return;
      case 'root-authentication':
        this.rootAuthentication ??= lineOfWord(s, 1);
        return;
      case 'login':
        this.login(s);
        return;
      case 'services':
        this.service(s);
        return;
      case 'ntp':
        this.ntp ??= lineOfWord(s, 1);
        return;
      default:
        if (key !== undefined && IGNORED.has(key)) return;
        unknownStatement(this.sink, s, 1, 'system setting');
    }
  }

  private login(s: Statement): void {
    const w = s.words;
    if (w[2] === 'user' && w[3] !== undefined) {
      const name = w[3];
      const user = this.users.get(name) ?? { name, line: lineOfWord(s, 3) };
      this.users.set(name, user);
      // Only the class is kept: `authentication` holds hashes and keys, never stored.
      if (w[4] === 'class' && w[5] !== undefined && maySet(user.class, s)) user.class = w[5];
      return;
    }
    if (w[2] !== undefined && LOGIN_IGNORED.has(w[2])) return;
    unknownStatement(this.sink, s, 2, 'login setting');
  }

  private service(s: Statement): void {
    const w = s.words;
    const name = w[2];
    if (name === undefined || !SERVICES.has(name)) {
      unknownStatement(this.sink, s, 2, 'system service');
      return;
    }
    if (name === 'web-management') {
      const proto = w[3];
      if (proto === 'http' || proto === 'https') this.webService(s, proto);
      // session limits, management-url, control: no port of their own
      return;
    }
    if (name === 'netconf') {
      // `netconf ssh [port N]`; `netconf rfc-compliant`, `traceoptions` open nothing.
      if (w[3] !== 'ssh') return;
      const svc = this.serviceEntry('netconf', s);
      if (w[4] === 'port') this.setPort(svc, s, 5);
      return;
    }
    const svc = this.serviceEntry(name, s);
    if (name === 'ssh' && w[3] === 'port') this.setPort(svc, s, 4);
  }

  private webService(s: Statement, proto: 'http' | 'https'): void {
    const w = s.words;
    const svc = this.serviceEntry(proto, s);
    if (w[4] === 'port') this.setPort(svc, s, 5);
    if (w[4] === 'interface' && w[5] !== undefined) {
      const r = ref(s, 5)!;
      svc.interfaces.push({ name: logicalName(r.name), line: r.line });
    }
  }

  private setPort(svc: Mutable<JSystemService>, s: Statement, k: number): void {
    const port = parseUint(s.words[k], 65535);
    if (port === undefined) badValue(this.sink, s, k, 'port', 'the default port is kept');
    else svc.port = port;
  }

  private serviceEntry(name: string, s: Statement): Mutable<JSystemService> {
    let svc = this.services.get(name);
    if (!svc) {
      svc = { name, line: lineOfWord(s, 2), interfaces: [] };
      this.services.set(name, svc);
    }
    return svc;
  }

  /** A statement under `snmp`: only whether SNMP runs, and whether v1/v2c communities exist. */
  addSnmp(s: Statement): void {
    this.snmp ??= { line: s.line, communities: false };
    // The community name is the password of SNMP v1/v2c: remember that one exists, not which.
    if (s.words[1] === 'community') this.snmp.communities = true;
  }

  build(): JSystem {
    return {
      services: [...this.services.values()],
      users: [...this.users.values()],
      ...(this.rootAuthentication === undefined ? {} : { rootAuthentication: this.rootAuthentication }),
      ...(this.snmp ? { snmp: this.snmp } : {}),
      ...(this.ntp === undefined ? {} : { ntp: this.ntp }),
    };
  }
}
