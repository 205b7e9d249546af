import { type EditBlock, contextOf } from './config-tree.js';
import { defined } from './defined.js';
import { type Scope, entriesIn } from './scope.js';
import { isEnabled, lineOf, nameList, setting, word } from './settings.js';
import type { FgPolicy, FgPolicyAction, NameList, UnmodelledMatch } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** When a setting is active: any non-empty value, or a value other than its inactive default. */
type ActiveTest = (values: readonly string[]) => boolean;

const nonEmpty: ActiveTest = (v) => v.length > 0 && !(v.length === 1 && v[0] === '');
const enabled: ActiveTest = (v) => v[0] === 'enable';
const nonZero: ActiveTest = (v) => v.length > 0 && v[0] !== '0' && v[0] !== '0x00';

/**
 * Policy settings that narrow what a policy matches and that the model does not represent.
 * Every other setting (uuid, comments, security profiles, logging, shaping, timers...) does
 * not change which packets a policy matches and is accepted silently. `show full-configuration`
 * prints every setting with its default, which is why each test checks for an active value.
 */
const UNMODELLED: Readonly<Record<string, ActiveTest>> = {
  groups: nonEmpty,
  users: nonEmpty,
  'fsso-groups': nonEmpty,
  application: nonEmpty,
  'app-category': nonEmpty,
  'app-group': nonEmpty,
  'url-category': nonEmpty,
  'ztna-status': enabled,
  'ztna-ems-tag': nonEmpty,
  'src-vendor-mac': nonEmpty,
  'reputation-minimum': nonZero,
  'policy-expiry': enabled,
  devices: nonEmpty,
  'vlan-filter': nonEmpty,
  'dscp-match': enabled,
  'tos-mask': nonZero,
  'sgt-check': enabled,
  'network-service-dynamic': nonEmpty,
  'network-service-src-dynamic': nonEmpty,
  nat46: enabled,
  nat64: enabled,
  'match-vip-only': enabled,
};

/** Internet Service (ISDB) matching replaces an address column with a cloud-fed database. */
const INTERNET_SERVICE_DST = ['internet-service', 'internet-service6'];
const INTERNET_SERVICE_SRC = ['internet-service-src', 'internet-service6-src'];

/**
 * `config firewall policy`, then the legacy IPv6-only `config firewall policy6`. Entries keep
 * the file order, which is the order FortiOS evaluates them in (ids only name them).
 */
export function extractPolicies(scope: Scope, sink: WarningSink): FgPolicy[] {
  const out: FgPolicy[] = [];
  for (const e of entriesIn(scope, 'firewall policy')) out.push(policy(e, 'policy', sink));
  for (const e of entriesIn(scope, 'firewall policy6')) out.push(policy(e, 'policy6', sink));
  return out;
}

function policy(e: EditBlock, table: 'policy' | 'policy6', sink: WarningSink): FgPolicy {
  const context = contextOf(e);
  const written = word(e, 'action');
  let action: FgPolicyAction = 'deny';
  if (written === 'accept' || written === 'deny' || written === 'ipsec') action = written;
  else if (written !== undefined) sink.invalid(lineOf(e, 'action'), context, `action "${written}" is not accept, deny or ipsec; the default deny is used`);

  // The legacy policy6 table names IPv6 objects in srcaddr/dstaddr.
  const v6Table = table === 'policy6';
  const empty: NameList = { names: [], line: e.line };
  const unmodelled: UnmodelledMatch[] = [];
  for (const [key, s] of e.settings) {
    const test = UNMODELLED[key];
    if (test !== undefined && test(s.values)) unmodelled.push({ key, values: s.values, line: s.line });
  }
  const schedule = nameList(e, 'schedule');
  if (schedule.names.length > 0 && !(schedule.names.length === 1 && schedule.names[0] === 'always')) {
    unmodelled.push({ key: 'schedule', values: schedule.names, line: schedule.line });
  }
  const optional = {
    name: nonBlank(word(e, 'name')),
    comments: nonBlank(word(e, 'comments')),
    internetService: activeOf(e, INTERNET_SERVICE_DST),
    internetServiceSrc: activeOf(e, INTERNET_SERVICE_SRC),
  };
  return {
    id: e.name,
    line: e.line,
    context,
    table,
    srcintf: nameList(e, 'srcintf'),
    dstintf: nameList(e, 'dstintf'),
    srcaddr: v6Table ? empty : nameList(e, 'srcaddr'),
    dstaddr: v6Table ? empty : nameList(e, 'dstaddr'),
    srcaddr6: nameList(e, v6Table ? 'srcaddr' : 'srcaddr6'),
    dstaddr6: nameList(e, v6Table ? 'dstaddr' : 'dstaddr6'),
    service: nameList(e, 'service'),
    action,
    actionLine: lineOf(e, 'action'),
    enabled: word(e, 'status') !== 'disable',
    logtraffic: word(e, 'logtraffic') ?? 'utm',
    nat: isEnabled(e, 'nat'),
    ippool: isEnabled(e, 'ippool'),
    poolname: nameList(e, 'poolname'),
    schedule: schedule.names.length > 0 ? schedule : { names: ['always'], line: e.line },
    srcaddrNegate: !v6Table && isEnabled(e, 'srcaddr-negate'),
    dstaddrNegate: !v6Table && isEnabled(e, 'dstaddr-negate'),
    srcaddr6Negate: isEnabled(e, v6Table ? 'srcaddr-negate' : 'srcaddr6-negate'),
    dstaddr6Negate: isEnabled(e, v6Table ? 'dstaddr-negate' : 'dstaddr6-negate'),
    serviceNegate: isEnabled(e, 'service-negate'),
    matchVip: isEnabled(e, 'match-vip'),
    unmodelled,
    ...defined(optional),
  };
}

function activeOf(e: EditBlock, keys: readonly string[]): UnmodelledMatch | undefined {
  for (const key of keys) {
    const s = setting(e, key);
    if (s !== undefined && enabled(s.values)) return { key, values: s.values, line: s.line };
  }
  return undefined;
}

function nonBlank(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}
