// The vendor-neutral description of one synthetic firewall or router, which each vendor writer
// in ./vendors renders as that vendor's configuration export. The benchmark generator builds
// these; the writers never decide anything about the network, they only spell it.

/**
 * @typedef {object} AbstractInterface
 * @property {string} address IPv4 address of the interface, dotted quad.
 * @property {number} prefix Prefix length of the connected subnet (8..30).
 * @property {string} description Free text, ASCII, no quotes.
 */

/**
 * @typedef {object} AbstractRoute
 * @property {string} network Destination network address, dotted quad (0.0.0.0 for default).
 * @property {number} prefix Prefix length (0..32).
 * @property {string} gateway Next hop; always inside one of the device's connected subnets.
 */

/**
 * @typedef {object} AbstractAddress
 * @property {string} name Object name: lower-case letters, digits and '-', starts with a letter.
 * @property {string} network Network or host address, dotted quad.
 * @property {number} prefix 32 for a host.
 */

/**
 * @typedef {object} AbstractRule
 * @property {string} name Rule name: lower-case letters, digits and '-'; unique in the device.
 * @property {number} from Index of the ingress interface.
 * @property {number} to Index of the egress interface (never equal to `from`). Vendors that
 *   filter per ingress interface only (ASA, IOS, RTX) put the rule in `from`'s inbound list.
 * @property {string} source An address object's name, or 'any'.
 * @property {string} destination An address object's name (never 'any': what a rule may reach
 *   is always routed out of `to`, so ingress-list vendors and zone vendors agree).
 * @property {'tcp'|'udp'|'icmp'|'any'} protocol 'any': every protocol.
 * @property {number} [port] Destination port, for tcp and udp only.
 * @property {'permit'|'deny'} action
 * @property {boolean} log Whether the rule logs its matches.
 */

/**
 * @typedef {object} AbstractDevice
 * @property {string} hostname Lower-case letters, digits and '-'.
 * @property {AbstractInterface[]} interfaces In order; a rule names them by index.
 * @property {AbstractRoute[]} routes Static routes; connected subnets need none.
 * @property {AbstractAddress[]} addresses Every object a rule names, each once.
 * @property {AbstractRule[]} rules In evaluation order. Traffic no rule matches is denied.
 * @property {string} syslog Address of the log server the device sends to.
 */

/**
 * @typedef {object} RenderedFile
 * @property {string} file File name inside the snapshot's configs/ folder.
 * @property {string} text The file's content; lines end in '\n'.
 */

/**
 * @typedef {object} VendorWriter
 * @property {string} vendor The format id sansou detects ('fortigate', 'paloalto', ...).
 * @property {(index: number) => string} interfaceName The vendor's name of interface `index`.
 * @property {(hostname: string) => string} deviceId The device id sansou's parser gives it.
 * @property {(device: AbstractDevice) => RenderedFile[]} render The export, one or more files.
 */

/** A small device every writer is tested on: two sides, objects, each protocol and action. */
/** @type {AbstractDevice} */
export const EXAMPLE_DEVICE = {
  hostname: 'example-fw',
  interfaces: [
    { address: '10.1.0.1', prefix: 16, description: 'inside users' },
    { address: '10.2.0.1', prefix: 16, description: 'servers' },
    { address: '192.0.2.2', prefix: 30, description: 'uplink' },
  ],
  routes: [
    { network: '0.0.0.0', prefix: 0, gateway: '192.0.2.1' },
    { network: '172.16.0.0', prefix: 12, gateway: '192.0.2.1' },
  ],
  addresses: [
    { name: 'users', network: '10.1.0.0', prefix: 16 },
    { name: 'pc-10-1-3-4', network: '10.1.3.4', prefix: 32 },
    { name: 'web-10-2-0-10', network: '10.2.0.10', prefix: 32 },
    { name: 'net-10-2-5-0', network: '10.2.5.0', prefix: 24 },
    { name: 'lgwan-wan', network: '172.16.0.0', prefix: 12 },
  ],
  rules: [
    { name: 'r1', from: 0, to: 1, source: 'pc-10-1-3-4', destination: 'web-10-2-0-10', protocol: 'tcp', port: 443, action: 'permit', log: true },
    { name: 'r2', from: 0, to: 1, source: 'users', destination: 'net-10-2-5-0', protocol: 'udp', port: 53, action: 'permit', log: true },
    { name: 'r3', from: 0, to: 1, source: 'users', destination: 'net-10-2-5-0', protocol: 'icmp', action: 'permit', log: false },
    { name: 'r4', from: 0, to: 2, source: 'pc-10-1-3-4', destination: 'lgwan-wan', protocol: 'tcp', port: 25, action: 'deny', log: true },
    { name: 'r5', from: 0, to: 2, source: 'users', destination: 'lgwan-wan', protocol: 'tcp', port: 443, action: 'permit', log: true },
    { name: 'r6', from: 1, to: 0, source: 'web-10-2-0-10', destination: 'users', protocol: 'any', action: 'deny', log: true },
    { name: 'r7', from: 2, to: 1, source: 'any', destination: 'web-10-2-0-10', protocol: 'tcp', port: 8080, action: 'permit', log: true },
  ],
  syslog: '10.2.0.50',
};
