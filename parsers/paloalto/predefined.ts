import { ServiceSet, parseServiceSpec } from '../../src/space/service-set.js';

/**
 * PAN-OS's predefined services and the default ports of well-known applications, which is
 * what `service application-default` lets each application use. The ports follow Palo Alto
 * Networks' Applipedia "standard ports" for each App-ID.
 */
export const PREDEFINED_SERVICES: Readonly<Record<string, readonly string[]>> = {
  'service-http': ['tcp/80,8080'],
  'service-https': ['tcp/443'],
};

export const APPLICATION_DEFAULT_PORTS: Readonly<Record<string, readonly string[]>> = {
  'web-browsing': ['tcp/80'],
  ssl: ['tcp/443'],
  smtp: ['tcp/25,587'],
  'smtp-base': ['tcp/25,587'],
  pop3: ['tcp/110'],
  imap: ['tcp/143'],
  dns: ['tcp/53', 'udp/53'],
  'dns-base': ['tcp/53', 'udp/53'],
  ssh: ['tcp/22'],
  scp: ['tcp/22'],
  sftp: ['tcp/22'],
  telnet: ['tcp/23'],
  'ms-rdp': ['tcp/3389', 'udp/3389'],
  ping: ['icmp/8', 'icmp6/128'],
  icmp: ['icmp'],
  'ipv6-icmp': ['icmp6'],
  ntp: ['udp/123'],
  'ntp-base': ['udp/123'],
  ftp: ['tcp/21'],
  tftp: ['udp/69'],
  ldap: ['tcp/389', 'udp/389'],
  kerberos: ['tcp/88', 'udp/88'],
  'ms-ds-smb': ['tcp/139,445'],
  'ms-ds-smb-base': ['tcp/139,445'],
  'netbios-ss': ['tcp/139'],
  'netbios-ns': ['udp/137'],
  'netbios-dg': ['udp/138'],
  'ms-rpc': ['tcp/135'],
  snmp: ['udp/161,162'],
  'snmp-base': ['udp/161'],
  'snmp-trap': ['udp/162'],
  syslog: ['tcp/514', 'udp/514'],
  'http-proxy': ['tcp/3128,8080'],
  'mssql-db': ['tcp/1433'],
  'mssql-mon': ['udp/1434'],
  mysql: ['tcp/3306'],
  postgres: ['tcp/5432'],
  'oracle': ['tcp/1521'],
  radius: ['udp/1645,1646,1812,1813'],
  'tacacs-plus': ['tcp/49'],
  dhcp: ['udp/67,68'],
  vnc: ['tcp/5900'],
  'vnc-base': ['tcp/5900'],
  ike: ['udp/500,4500'],
  'ipsec-esp': ['50'],
  'ipsec-esp-udp': ['udp/4500'],
  'ipsec-ah': ['51'],
  gre: ['47'],
  ospf: ['89'],
  bgp: ['tcp/179'],
  sip: ['tcp/5060', 'udp/5060'],
  citrix: ['tcp/1494,2598'],
  'ms-update': ['tcp/80,443'],
  'paloalto-updates': ['tcp/443'],
};

function compile(table: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, ServiceSet> {
  const out = new Map<string, ServiceSet>();
  for (const [name, specs] of Object.entries(table)) {
    out.set(name, ServiceSet.unionAll(specs.map((s) => parseServiceSpec(s) ?? ServiceSet.EMPTY)));
  }
  return out;
}

export const PREDEFINED_SERVICE_SETS = compile(PREDEFINED_SERVICES);
export const APPLICATION_DEFAULTS = compile(APPLICATION_DEFAULT_PORTS);
