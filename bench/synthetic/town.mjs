// One synthetic town of the α model: five devices between its four segments, the LGWAN and
// the Internet, with rules drawn at random but mostly the way a careful administrator writes
// them: permits only where the three-layer policy allows traffic, denies anywhere. A few
// permits break the policy on purpose, so the benchmark also measures findings and reports.
//
// Town t owns 10.t.0.0/16: My Number 10.t.0.0/18, LGWAN 10.t.64.0/18, Internet 10.t.128.0/18,
// DMZ 10.t.192.0/24, and the links between its devices in 10.t.254.0/24.

/** @typedef {import('./abstract-device.mjs').AbstractDevice} AbstractDevice */
/** @typedef {import('./abstract-device.mjs').AbstractAddress} AbstractAddress */
/** @typedef {import('./abstract-device.mjs').AbstractRule} AbstractRule */
/** @typedef {ReturnType<typeof import('./prng.mjs').prng>} Prng */

/** A permit that breaks the policy, per rule: about one finding per 2,000 rules. */
const VIOLATION_RATE = 1 / 2000;
const PERMIT_RATE = 0.8;

/** @type {ReadonlyArray<Pick<AbstractRule, 'protocol' | 'port'>>} */
const SERVICES = [
  { protocol: 'tcp', port: 443 },
  { protocol: 'tcp', port: 80 },
  { protocol: 'tcp', port: 25 },
  { protocol: 'udp', port: 53 },
  { protocol: 'tcp', port: 22 },
  { protocol: 'tcp', port: 3389 },
  { protocol: 'tcp', port: 445 },
  { protocol: 'udp', port: 123 },
  { protocol: 'icmp' },
  { protocol: 'any' },
];
const APPROVED_SERVICE = { protocol: /** @type {const} */ ('tcp'), port: 443 };

/** The segments of a town, with their kinds and Japanese names. */
export const TOWN_SEGMENTS = [
  { key: 'mynumber', kind: 'mynumber', name: 'マイナンバー利用事務系', third: 0, prefix: 18 },
  { key: 'lgwan', kind: 'lgwan', name: 'LGWAN接続系', third: 64, prefix: 18 },
  { key: 'internet', kind: 'internet', name: 'インターネット接続系', third: 128, prefix: 18 },
  { key: 'dmz', kind: 'dmz', name: '公開セグメント', third: 192, prefix: 24 },
];

/**
 * Addresses a rule may name, per side of a device. A pool draws hosts and /24 networks inside
 * its range; `approved` draws only the LGWAN 中間サーバー range the site approves.
 * @typedef {{ draw: (rand: Prng) => { network: string, prefix: number } }} Pool
 */

/** @param {number} t @param {number} third @param {number} span third octets @returns {Pool} */
function townPool(t, third, span) {
  return {
    draw: (rand) =>
      rand.chance(0.8)
        ? { network: `10.${t}.${third + rand.int(span)}.${1 + rand.int(250)}`, prefix: 32 }
        : { network: `10.${t}.${third + rand.int(span)}.0`, prefix: 24 },
  };
}

/** @param {string[]} firsts network prefixes such as '172.16' @returns {Pool} */
function outsidePool(firsts) {
  return {
    draw: (rand) => {
      const base = rand.pick(firsts);
      return rand.chance(0.85) ? { network: `${base}.${1 + rand.int(250)}`, prefix: 32 } : { network: `${base}.0`, prefix: 24 };
    },
  };
}

const LGWAN_WAN = outsidePool(['172.16.10', '172.16.20', '172.17.1', '172.18.40', '172.16.100']);
const APPROVED = outsidePool(['172.16.100']);
const PUBLIC = outsidePool(['198.51.100', '203.0.113', '192.0.2', '100.64.10']);

/**
 * @typedef {object} Role
 * @property {string} name
 * @property {AbstractDevice['interfaces']} interfaces
 * @property {AbstractDevice['routes']} routes
 * @property {Pool[]} behind What lies behind each interface.
 * @property {Array<[number, number, Pool?, Pool?]>} permits Interface pairs a permit may use,
 *   with narrower source and destination pools where the policy asks for them.
 * @property {Array<[number, number]>} denies Interface pairs deny rules use.
 * @property {Array<[number, number]>} forbidden Pairs where a permit breaks the policy.
 */

/** @param {number} t @returns {Role[]} The five devices of town t. */
export function townRoles(t) {
  const net = (third) => townPool(t, third, third === 192 ? 1 : 60);
  const [mynumber, lgwan, internet, dmz] = [net(0), net(64), net(128), net(192)];
  const link = (n) => `10.${t}.254.${n}`;
  return [
    {
      name: 'mn-fw',
      interfaces: [iface(`10.${t}.0.1`, 18, 'mynumber users and servers'), iface(link(1), 30, 'to core-fw')],
      routes: [{ network: '0.0.0.0', prefix: 0, gateway: link(2) }],
      behind: [mynumber, LGWAN_WAN],
      permits: [[0, 1, mynumber, APPROVED]],
      denies: [[0, 1], [1, 0]],
      forbidden: [[0, 1], [1, 0]],
    },
    {
      name: 'core-fw',
      interfaces: [iface(link(2), 30, 'to mn-fw'), iface(`10.${t}.64.1`, 18, 'lgwan users and servers'), iface(link(5), 30, 'to lgwan-rtr')],
      routes: [
        { network: `10.${t}.0.0`, prefix: 18, gateway: link(1) },
        { network: '172.16.0.0', prefix: 12, gateway: link(6) },
      ],
      behind: [mynumber, lgwan, LGWAN_WAN],
      permits: [[1, 2], [2, 1], [0, 2, mynumber, APPROVED]],
      denies: [[0, 1], [1, 0], [2, 0], [1, 2], [2, 1]],
      forbidden: [[0, 1], [1, 0], [2, 0]],
    },
    {
      name: 'lgwan-rtr',
      interfaces: [iface(link(6), 30, 'to core-fw'), iface(link(13), 30, 'J-LIS LGWAN access')],
      routes: [
        { network: `10.${t}.0.0`, prefix: 18, gateway: link(5) },
        { network: `10.${t}.64.0`, prefix: 18, gateway: link(5) },
        { network: '172.16.0.0', prefix: 12, gateway: link(14) },
      ],
      behind: [lgwan, LGWAN_WAN],
      permits: [[0, 1], [1, 0], [0, 1, mynumber, APPROVED]],
      denies: [[0, 1], [1, 0]],
      forbidden: [],
    },
    {
      name: 'inet-fw',
      interfaces: [iface(`10.${t}.128.1`, 18, 'internet-side users'), iface(`10.${t}.192.1`, 24, 'dmz'), iface(link(17), 30, 'security cloud')],
      routes: [{ network: '0.0.0.0', prefix: 0, gateway: link(18) }],
      behind: [internet, dmz, PUBLIC],
      permits: [[0, 2], [2, 1], [0, 1], [1, 2]],
      denies: [[1, 0], [2, 0], [0, 2]],
      forbidden: [[2, 0]],
    },
    {
      name: 'sani-gw',
      interfaces: [iface(`10.${t}.128.10`, 18, 'internet side'), iface(`10.${t}.64.10`, 18, 'lgwan side')],
      routes: [{ network: '0.0.0.0', prefix: 0, gateway: `10.${t}.128.1` }],
      behind: [internet, lgwan],
      permits: [],
      denies: [[0, 1], [1, 0]],
      forbidden: [[0, 1], [1, 0]],
    },
  ];
}

/** @param {string} address @param {number} prefix @param {string} description */
function iface(address, prefix, description) {
  return { address, prefix, description };
}

/**
 * The abstract device of one role with `count` rules.
 * @param {Role} role @param {string} hostname @param {number} count @param {Prng} rand @param {string} syslog
 * @returns {AbstractDevice}
 */
export function buildDevice(role, hostname, count, rand, syslog) {
  /** @type {Map<string, AbstractAddress>} */
  const addresses = new Map();
  const object = (/** @type {Pool} */ pool) => {
    const { network, prefix } = pool.draw(rand);
    const name = `${prefix === 32 ? 'h' : 'n'}-${network.replaceAll('.', '-')}`;
    if (!addresses.has(name)) addresses.set(name, { name, network, prefix });
    return name;
  };
  /** @type {AbstractRule[]} */
  const rules = [];
  for (let i = 1; i <= count; i++) {
    const violating = rand.chance(VIOLATION_RATE) && role.forbidden.length > 0;
    const permitting = violating || (role.permits.length > 0 && rand.chance(PERMIT_RATE));
    const [from, to, srcPool, dstPool] = violating ? rand.pick(role.forbidden) : permitting ? rand.pick(role.permits) : rand.pick(role.denies);
    const narrow = dstPool !== undefined;
    // PAN-OS denies ICMP only through an application, which sansou cannot model exactly: deny
    // rules name tcp and udp services or everything, as real deny rules mostly do.
    const picked = narrow ? APPROVED_SERVICE : rand.pick(SERVICES);
    const service = !permitting && picked.protocol === 'icmp' ? { protocol: /** @type {const} */ ('any') } : picked;
    const source = !narrow && rand.chance(0.03) ? 'any' : object(srcPool ?? /** @type {Pool} */ (role.behind[from]));
    const destination = object(dstPool ?? /** @type {Pool} */ (role.behind[to]));
    rules.push({ name: `r${i}`, from, to, source, destination, ...service, action: permitting ? 'permit' : 'deny', log: rand.chance(0.98) });
  }
  return { hostname, interfaces: role.interfaces, routes: role.routes, addresses: [...addresses.values()], rules, syslog };
}
