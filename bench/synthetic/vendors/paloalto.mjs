// Palo Alto writer: spells an abstract device as the XML running-config a single-vsys PAN-OS
// 10.2 firewall exports. Each interface is a layer-3 port in its own zone, so a rule's
// interfaces become a from-zone and a to-zone; unmatched traffic between zones meets the
// interzone-default deny, which is written with logging as municipal policies require.
//
// How the protocols are spelled, following what sansou's PAN-OS parser models exactly:
// - tcp/udp with a port: a custom service `tcp-443`, application any;
// - any: application any, service any;
// - icmp: application `icmp` with service application-default (PAN-OS service objects carry
//   only tcp, udp and sctp ports, so ICMP can only be named by its App-ID). sansou models
//   this exactly for allow rules; for a deny rule it warns that a deny limited to applications
//   matches nothing in its model, so a warning-free benchmark should not ask for denied ICMP.

import { base64Filler, fnv1a, hexWord } from './filler.mjs';
import { sameSubnet } from './ipv4.mjs';

/** @typedef {import('../abstract-device.mjs').AbstractDevice} AbstractDevice */
/** @typedef {import('../abstract-device.mjs').AbstractRule} AbstractRule */
/** @typedef {import('../abstract-device.mjs').VendorWriter} VendorWriter */

/** Name of the log forwarding profile every logged rule sends its traffic logs through. */
const LOG_PROFILE = 'syslog-forwarding';

/** @param {number} index */
function interfaceName(index) {
  return `ethernet1/${index + 1}`;
}

/**
 * A firewall with a single vsys is one device named after its hostname; "hostname/vsysN" ids
 * are given only when a file holds several vsys.
 * @param {string} hostname
 */
function deviceId(hostname) {
  return hostname;
}

/**
 * @param {AbstractDevice} device
 * @returns {import('../abstract-device.mjs').RenderedFile[]}
 */
function render(device) {
  const seed = fnv1a(device.hostname);
  const zones = zoneNames(device);
  /** @type {string[]} */
  const out = ['<?xml version="1.0"?>', '<config version="10.2.0" urldb="paloaltonetworks" detail-version="10.2.9">'];
  writeManagement(out, seed);
  writeShared(out, device);
  out.push('  <devices>', '    <entry name="localhost.localdomain">', '      <network>');
  writeInterfaces(out, device);
  writeRouter(out, device);
  out.push('      </network>');
  writeDeviceConfig(out, device);
  out.push('      <vsys>', '        <entry name="vsys1">');
  writeZones(out, device, zones);
  const services = writeServices(out, device.rules);
  writeRules(out, device, zones, services, seed);
  writeImport(out, device);
  writeAddresses(out, device);
  out.push('        </entry>', '      </vsys>', '      <platform>', '        <model>PA-440</model>', '      </platform>', '    </entry>', '  </devices>', '</config>');
  return [{ file: `${device.hostname}.xml`, text: `${out.join('\n')}\n` }];
}

/** @type {VendorWriter} */
export const writer = { vendor: 'paloalto', interfaceName, deviceId, render };

/**
 * One superuser with a SHA-256 crypt hash, derived from the hostname so that the same device
 * always gives the same bytes.
 * @param {string[]} out
 * @param {number} seed
 */
function writeManagement(out, seed) {
  out.push(
    '  <mgt-config>',
    '    <users>',
    '      <entry name="admin">',
    `        <phash>$5$${base64Filler(seed, 8).replace(/[+/]/g, '.')}$${base64Filler(seed ^ 0x5a5a5a5a, 43).replace(/\+/g, '.')}</phash>`,
    '        <permissions>',
    '          <role-based>',
    '            <superuser>yes</superuser>',
    '          </role-based>',
    '        </permissions>',
    '      </entry>',
    '    </users>',
    '    <password-complexity>',
    '      <enabled>yes</enabled>',
    '      <minimum-length>12</minimum-length>',
    '    </password-complexity>',
    '  </mgt-config>',
  );
}

/**
 * The syslog server profile and the log forwarding profile that rules name.
 * @param {string[]} out
 * @param {AbstractDevice} device
 */
function writeShared(out, device) {
  out.push(
    '  <shared>',
    '    <application/>',
    '    <application-group/>',
    '    <service/>',
    '    <service-group/>',
    '    <log-settings>',
    '      <syslog>',
    '        <entry name="syslog-server">',
    '          <server>',
    '            <entry name="log01">',
    '              <transport>UDP</transport>',
    '              <port>514</port>',
    '              <format>BSD</format>',
    `              <server>${device.syslog}</server>`,
    '              <facility>LOG_USER</facility>',
    '            </entry>',
    '          </server>',
    '        </entry>',
    '      </syslog>',
    '      <profiles>',
    `        <entry name="${LOG_PROFILE}">`,
    '          <match-list>',
    '            <entry name="traffic-all">',
    '              <log-type>traffic</log-type>',
    '              <filter>All Logs</filter>',
    '              <send-syslog>',
    '                <member>syslog-server</member>',
    '              </send-syslog>',
    '            </entry>',
    '          </match-list>',
    '        </entry>',
    '      </profiles>',
    '    </log-settings>',
    '  </shared>',
  );
}

/**
 * Layer-3 ports answering ping only, like the FortiGate writer's `allowaccess ping`.
 * @param {string[]} out
 * @param {AbstractDevice} device
 */
function writeInterfaces(out, device) {
  out.push('        <interface>', '          <ethernet>');
  device.interfaces.forEach((i, k) => {
    out.push(
      `            <entry name="${interfaceName(k)}">`,
      '              <layer3>',
      '                <ip>',
      `                  <entry name="${i.address}/${i.prefix}"/>`,
      '                </ip>',
      '                <interface-management-profile>allow-ping</interface-management-profile>',
      '              </layer3>',
      `              <comment>${xml(i.description)}</comment>`,
      '            </entry>',
    );
  });
  out.push(
    '          </ethernet>',
    '        </interface>',
    '        <profiles>',
    '          <interface-management-profile>',
    '            <entry name="allow-ping">',
    '              <ping>yes</ping>',
    '            </entry>',
    '          </interface-management-profile>',
    '        </profiles>',
  );
}

/**
 * One virtual router holds every port (a port outside every router is not routed by PAN-OS).
 * Each route names the port whose subnet holds its next hop.
 * @param {string[]} out
 * @param {AbstractDevice} device
 */
function writeRouter(out, device) {
  out.push('        <virtual-router>', '          <entry name="default">', '            <interface>');
  out.push(...interfaceMembers(device, 14));
  out.push('            </interface>', '            <routing-table>', '              <ip>', '                <static-route>');
  /** @type {Set<string>} */
  const names = new Set();
  device.routes.forEach((r, k) => {
    let name = r.prefix === 0 ? 'default-route' : `to-${r.network.replace(/\./g, '-')}-${r.prefix}`;
    if (names.has(name)) name = `${name}-${k + 1}`;
    names.add(name);
    const via = device.interfaces.findIndex((i) => sameSubnet(r.gateway, i.address, i.prefix));
    out.push(
      `                  <entry name="${name}">`,
      '                    <nexthop>',
      `                      <ip-address>${r.gateway}</ip-address>`,
      '                    </nexthop>',
    );
    if (via >= 0) out.push(`                    <interface>${interfaceName(via)}</interface>`);
    out.push('                    <metric>10</metric>', `                    <destination>${r.network}/${r.prefix}</destination>`, '                  </entry>');
  });
  out.push('                </static-route>', '              </ip>', '            </routing-table>', '          </entry>', '        </virtual-router>');
}

/**
 * @param {string[]} out
 * @param {AbstractDevice} device
 */
function writeDeviceConfig(out, device) {
  out.push(
    '      <deviceconfig>',
    '        <system>',
    '          <type>',
    '            <static/>',
    '          </type>',
    '          <timezone>Asia/Tokyo</timezone>',
    '          <service>',
    '            <disable-telnet>yes</disable-telnet>',
    '            <disable-http>yes</disable-http>',
    '          </service>',
    `          <hostname>${device.hostname}</hostname>`,
    '          <ip-address>192.168.250.10</ip-address>',
    '          <netmask>255.255.255.0</netmask>',
    '          <default-gateway>192.168.250.1</default-gateway>',
    '          <ntp-servers>',
    '            <primary-ntp-server>',
    '              <ntp-server-address>ntp.nict.jp</ntp-server-address>',
    '            </primary-ntp-server>',
    '          </ntp-servers>',
    '        </system>',
    '        <setting>',
    '          <management>',
    '            <idle-timeout>10</idle-timeout>',
    '          </management>',
    '        </setting>',
    '      </deviceconfig>',
  );
}

/**
 * Zone names from the interface descriptions ("inside users" → "inside-users"), made unique
 * by the port number when two descriptions agree. PAN-OS limits zone names to 31 characters.
 * @param {AbstractDevice} device
 * @returns {string[]}
 */
function zoneNames(device) {
  /** @type {Set<string>} */
  const used = new Set();
  return device.interfaces.map((i, k) => {
    const slug = i.description.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 24);
    let name = /^[a-z]/.test(slug) ? slug : `zone-${k + 1}`;
    if (used.has(name)) name = `${name}-e${k + 1}`;
    used.add(name);
    return name;
  });
}

/**
 * @param {string[]} out
 * @param {AbstractDevice} device
 * @param {readonly string[]} zones
 */
function writeZones(out, device, zones) {
  out.push('          <zone>');
  device.interfaces.forEach((_, k) => {
    out.push(
      `            <entry name="${zones[k]}">`,
      '              <network>',
      '                <layer3>',
      `                  <member>${interfaceName(k)}</member>`,
      '                </layer3>',
      '              </network>',
      '            </entry>',
    );
  });
  out.push('          </zone>');
}

/**
 * Custom services for the tcp and udp ports the rules name, each defined once in order of
 * first use. Returns each rule's [application, service], by rule index.
 * @param {string[]} out
 * @param {readonly AbstractRule[]} rules
 * @returns {Array<readonly [string, string]>}
 */
function writeServices(out, rules) {
  /** @type {Set<string>} */
  const defined = new Set();
  /** @type {string[]} */
  const body = [];
  const columns = rules.map((r) => {
    if (r.protocol === 'any') return /** @type {const} */ (['any', 'any']);
    if (r.protocol === 'icmp') return /** @type {const} */ (['icmp', 'application-default']);
    const port = r.port === undefined ? '1-65535' : String(r.port);
    const name = r.port === undefined ? `${r.protocol}-all` : `${r.protocol}-${r.port}`;
    if (!defined.has(name)) {
      defined.add(name);
      body.push(
        `            <entry name="${name}">`,
        '              <protocol>',
        `                <${r.protocol}>`,
        `                  <port>${port}</port>`,
        `                </${r.protocol}>`,
        '              </protocol>',
        '            </entry>',
      );
    }
    return /** @type {const} */ (['any', name]);
  });
  if (body.length > 0) out.push('          <service>', ...body, '          </service>');
  return columns;
}

/**
 * One security rule per abstract rule, in order, then the overrides of the two predefined
 * rules: intrazone traffic stays allowed (each zone has one port), interzone traffic that no
 * rule allowed is denied and logged.
 * @param {string[]} out
 * @param {AbstractDevice} device
 * @param {readonly string[]} zones
 * @param {ReadonlyArray<readonly [string, string]>} services
 * @param {number} seed
 */
function writeRules(out, device, zones, services, seed) {
  out.push('          <rulebase>', '            <security>', '              <rules>');
  device.rules.forEach((r, k) => {
    const [application, service] = services[k] ?? ['any', 'any'];
    out.push(
      `                <entry name="${r.name}" uuid="${uuid(seed, k)}">`,
      `                  <to>\n                    <member>${zones[r.to]}</member>\n                  </to>`,
      `                  <from>\n                    <member>${zones[r.from]}</member>\n                  </from>`,
      `                  <source>\n                    <member>${r.source}</member>\n                  </source>`,
      `                  <destination>\n                    <member>${r.destination}</member>\n                  </destination>`,
      '                  <source-user>\n                    <member>any</member>\n                  </source-user>',
      '                  <category>\n                    <member>any</member>\n                  </category>',
      `                  <application>\n                    <member>${application}</member>\n                  </application>`,
      `                  <service>\n                    <member>${service}</member>\n                  </service>`,
      '                  <source-hip>\n                    <member>any</member>\n                  </source-hip>',
      '                  <destination-hip>\n                    <member>any</member>\n                  </destination-hip>',
      `                  <action>${r.action === 'permit' ? 'allow' : 'deny'}</action>`,
      // log-end defaults to yes: an export writes it only when it is turned off.
      r.log ? `                  <log-setting>${LOG_PROFILE}</log-setting>` : '                  <log-end>no</log-end>',
      '                </entry>',
    );
  });
  out.push(
    '              </rules>',
    '            </security>',
    '            <default-security-rules>',
    '              <rules>',
    '                <entry name="intrazone-default">',
    '                  <action>allow</action>',
    '                  <log-end>no</log-end>',
    '                </entry>',
    '                <entry name="interzone-default">',
    '                  <action>deny</action>',
    '                  <log-end>yes</log-end>',
    `                  <log-setting>${LOG_PROFILE}</log-setting>`,
    '                </entry>',
    '              </rules>',
    '            </default-security-rules>',
    '          </rulebase>',
  );
}

/**
 * @param {string[]} out
 * @param {AbstractDevice} device
 */
function writeImport(out, device) {
  out.push('          <import>', '            <network>', '              <interface>');
  out.push(...interfaceMembers(device, 16));
  out.push('              </interface>', '            </network>', '          </import>');
}

/**
 * @param {string[]} out
 * @param {AbstractDevice} device
 */
function writeAddresses(out, device) {
  out.push('          <address>');
  for (const a of device.addresses) {
    out.push(`            <entry name="${a.name}">`, `              <ip-netmask>${a.network}/${a.prefix}</ip-netmask>`, '            </entry>');
  }
  out.push('          </address>');
}

// ---- small helpers -----------------------------------------------------------------------

/**
 * Descriptions are free text: escape what XML would read as markup.
 * @param {string} text
 */
function xml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A version-4-looking rule uuid from the seed and the rule's index, unique without randomness.
 * @param {number} seed
 * @param {number} index
 */
function uuid(seed, index) {
  return `${hexWord(seed, 8)}-${hexWord(index >>> 16, 4)}-4c3d-8e4f-${hexWord(index & 0xffff, 4)}${hexWord(fnv1a(`${seed}:${index}`), 8)}`;
}

/**
 * Every port as a `<member>` line, indented by `indent` spaces to sit inside the element
 * being written (a virtual router's and the vsys import's interface lists).
 * @param {AbstractDevice} device
 * @param {number} indent
 */
function interfaceMembers(device, indent) {
  return device.interfaces.map((_, k) => `${' '.repeat(indent)}<member>${interfaceName(k)}</member>`);
}
