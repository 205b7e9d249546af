import { type Cidr, parseIp } from '../../src/space/ip.js';
import { type EditBlock, contextOf } from './config-tree.js';
import { defined } from './defined.js';
import { parseBoundedInt, parseSubnet } from './fortios-values.js';
import { type Scope, entriesIn } from './scope.js';
import { isEnabled, lineOf, nameList, setting, word, words } from './settings.js';
import type { FgStaticRoute, UnmodelledMatch } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** Route settings that change where or whether the route applies, beyond the model. */
const UNMODELLED: Readonly<Record<string, (values: readonly string[]) => boolean>> = {
  'internet-service': (v) => v.length > 0 && v[0] !== '0',
  'internet-service-custom': (v) => v.length > 0 && v[0] !== '',
  'dynamic-gateway': (v) => v[0] === 'enable',
  vrf: (v) => v.length > 0 && v[0] !== '0',
};

/** `config router static` and `config router static6`. */
export function extractRoutes(scope: Scope, sink: WarningSink): FgStaticRoute[] {
  const out: FgStaticRoute[] = [];
  for (const [table, family] of [
    ['router static', 4],
    ['router static6', 6],
  ] as const) {
    for (const e of entriesIn(scope, table)) {
      const route = staticRoute(e, family, sink);
      if (route) out.push(route);
    }
  }
  return out;
}

function staticRoute(e: EditBlock, family: 4 | 6, sink: WarningSink): FgStaticRoute | undefined {
  const context = contextOf(e);
  const dstSetting = setting(e, 'dst');
  let dst: Cidr = family === 4 ? { family: 4, address: 0, prefixLength: 0 } : { family: 6, address: 0n, prefixLength: 0 };
  if (dstSetting !== undefined) {
    const parsed = parseSubnet(dstSetting.values);
    if (parsed === undefined || parsed.family !== family) {
      sink.invalid(dstSetting.line, context, `dst "${dstSetting.values.join(' ')}" is not an IPv${family} subnet; the route is ignored`);
      return undefined;
    }
    dst = parsed;
  }
  const gatewayText = word(e, 'gateway');
  let gateway = gatewayText === undefined ? undefined : parseIp(gatewayText);
  if (gatewayText !== undefined && (gateway === undefined || gateway.family !== family)) {
    sink.invalid(lineOf(e, 'gateway'), context, `gateway "${gatewayText}" is not an IPv${family} address; the route is ignored`);
    return undefined;
  }
  // FortiOS writes 0.0.0.0 (or ::) for "no gateway".
  if (gateway !== undefined && (gateway.value === 0 || gateway.value === 0n)) gateway = undefined;
  const distance = intSetting(e, 'distance', 1, 255, sink) ?? 10;
  const priority = intSetting(e, 'priority', 0, 4294967295, sink) ?? 0;
  const dstaddr = nameList(e, 'dstaddr');
  const sdwanZones = sdwanOf(e);
  const unmodelled: UnmodelledMatch[] = [];
  for (const [key, s] of e.settings) {
    const test = UNMODELLED[key];
    if (test !== undefined && test(s.values)) unmodelled.push({ key, values: s.values, line: s.line });
  }
  const optional = {
    gateway,
    device: nonBlank(word(e, 'device')),
    dstaddr: dstaddr.names.length > 0 ? dstaddr : undefined,
    sdwanZones,
  };
  return {
    id: e.name,
    line: e.line,
    context,
    family,
    dst,
    distance,
    priority,
    blackhole: isEnabled(e, 'blackhole'),
    enabled: word(e, 'status') !== 'disable',
    unmodelled,
    ...defined(optional),
  };
}

/** SD-WAN routes: `sdwan-zone` (7.x), `sdwan enable` (6.4) or `virtual-wan-link enable` (6.0-6.2). */
function sdwanOf(e: EditBlock): readonly string[] | undefined {
  const zones = words(e, 'sdwan-zone').filter((z) => z !== '');
  if (zones.length > 0) return zones;
  if (isEnabled(e, 'sdwan') || isEnabled(e, 'virtual-wan-link')) return ['virtual-wan-link'];
  return undefined;
}

function intSetting(e: EditBlock, key: string, min: number, max: number, sink: WarningSink): number | undefined {
  const text = word(e, key);
  if (text === undefined) return undefined;
  const n = parseBoundedInt(text, max);
  if (n === undefined || n < min) {
    sink.invalid(lineOf(e, key), contextOf(e), `${key} "${text}" is not a number in ${min}-${max}; the default is used`);
    return undefined;
  }
  return n;
}

function nonBlank(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}
