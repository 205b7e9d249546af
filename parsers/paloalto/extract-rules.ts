import { type Members, type PanNode, child, entries, membersOf, path, textOf, yesNo } from './tree.js';
import type {
  Located,
  PanDefaultRule,
  PanDestinationTranslation,
  PanNatRule,
  PanRuleType,
  PanRulebaseKind,
  PanRulebases,
  PanSecurityRule,
  PanSourceTranslation,
} from './vendor-config.js';
import { parsePort } from './values.js';
import type { WarningSink } from './warnings.js';

const ANY = (line: number): Members => ({ names: ['any'], line });

/** Security rules, NAT rules and default-rule overrides of one rulebase. */
export function extractRulebase(node: PanNode | undefined, kind: PanRulebaseKind, scope: string, sink: WarningSink): PanRulebases {
  const security = path(node, 'security', 'rules');
  const nat = path(node, 'nat', 'rules');
  const securityNode = child(node, 'security');
  const pbf = entries(path(node, 'pbf', 'rules'));
  if (pbf.length > 0) {
    sink.unsupported(pbf[0]!.line, `${scope} > pbf`, `${pbf.length} policy-based forwarding rule(s): the path PBF chooses is not modelled, the routing table decides instead`);
  }
  return {
    security: entries(security).map((e) => securityRule(e, kind, `${scope} > security > rules > ${e.name!}`, sink)),
    nat: entries(nat).map((e) => natRule(e, kind, `${scope} > nat > rules > ${e.name!}`, sink)),
    defaults: entries(path(node, 'default-security-rules', 'rules')).map((e) => defaultRule(e, `${scope} > default-security-rules > rules > ${e.name!}`)),
    ...(securityNode ? { securityLine: securityNode.line } : {}),
  };
}

/**
 * A required member list. PAN-OS refuses to commit without it; a missing (or unreadable) one
 * is recorded in `missing` and read as "any", and conversion decides what that means.
 */
function required(e: PanNode, tag: string, missing: string[]): Members {
  const m = membersOf(e, tag);
  if (m && m.names.length > 0) return m;
  if (e.complete) missing.push(tag);
  return ANY(m?.line ?? e.line);
}

function optional(e: PanNode, tag: string): Members {
  const m = membersOf(e, tag);
  return m && m.names.length > 0 ? m : ANY(m?.line ?? e.line);
}

function located(e: PanNode, tag: string): Located<string> | undefined {
  const c = child(e, tag);
  return c?.text === undefined || c.text === '' ? undefined : { value: c.text, line: c.line };
}

const RULE_TYPES: readonly PanRuleType[] = ['universal', 'intrazone', 'interzone'];

function securityRule(e: PanNode, rulebase: PanRulebaseKind, context: string, sink: WarningSink): PanSecurityRule {
  const ruleTypeText = textOf(e, 'rule-type');
  const ruleType = RULE_TYPES.find((t) => t === ruleTypeText);
  if (ruleTypeText !== undefined && !ruleType) sink.invalid(child(e, 'rule-type')!.line, context, `unknown rule-type "${ruleTypeText}"; read as universal`);
  const action = located(e, 'action');
  if (!action && e.complete) sink.invalid(e.line, context, `rule ${e.name!} has no action; it is left out`);
  const description = textOf(e, 'description');
  const schedule = located(e, 'schedule');
  const missing: string[] = [];
  return {
    name: e.name!,
    rulebase,
    line: e.line,
    context,
    complete: e.complete,
    from: required(e, 'from', missing),
    to: required(e, 'to', missing),
    source: required(e, 'source', missing),
    destination: required(e, 'destination', missing),
    sourceUser: optional(e, 'source-user'),
    category: optional(e, 'category'),
    application: required(e, 'application', missing),
    service: required(e, 'service', missing),
    missing,
    sourceHip: optional(e, 'source-hip'),
    destinationHip: optional(e, 'destination-hip'),
    ...(action ? { action } : {}),
    disabled: yesNo(e, 'disabled') ?? false,
    negateSource: yesNo(e, 'negate-source') ?? false,
    negateDestination: yesNo(e, 'negate-destination') ?? false,
    ruleType: ruleType ?? 'universal',
    logStart: yesNo(e, 'log-start') ?? false,
    logEnd: yesNo(e, 'log-end') ?? true,
    ...(description === undefined ? {} : { description }),
    ...(schedule ? { schedule } : {}),
  };
}

function natRule(e: PanNode, rulebase: PanRulebaseKind, context: string, sink: WarningSink): PanNatRule {
  const service = located(e, 'service') ?? { value: 'any', line: e.line };
  const toInterface = located(e, 'to-interface');
  const description = textOf(e, 'description');
  const st = sourceTranslation(child(e, 'source-translation'), context, sink);
  const dt = destinationTranslation(child(e, 'destination-translation'), false, context, sink) ?? destinationTranslation(child(e, 'dynamic-destination-translation'), true, context, sink);
  const missing: string[] = [];
  const rule = {
    name: e.name!,
    rulebase,
    line: e.line,
    context,
    complete: e.complete,
    from: required(e, 'from', missing),
    to: required(e, 'to', missing),
    source: required(e, 'source', missing),
    destination: required(e, 'destination', missing),
    service,
    ...(toInterface && toInterface.value !== 'any' ? { toInterface } : {}),
    natType: textOf(e, 'nat-type') ?? 'ipv4',
    disabled: yesNo(e, 'disabled') ?? false,
    ...(description === undefined ? {} : { description }),
    ...(st ? { sourceTranslation: st } : {}),
    ...(dt ? { destinationTranslation: dt } : {}),
  };
  // A NAT rule that matches more only translates more; read as "any", and said so.
  if (missing.length > 0) sink.invalid(e.line, context, `NAT rule ${e.name!} has no ${missing.map((m) => `<${m}>`).join(', ')}; read as "any"`);
  return rule;
}

function sourceTranslation(node: PanNode | undefined, context: string, sink: WarningSink): PanSourceTranslation | undefined {
  if (!node) return undefined;
  const dipp = child(node, 'dynamic-ip-and-port');
  if (dipp) {
    const ia = child(dipp, 'interface-address');
    const iface = textOf(ia, 'interface');
    const translated = membersOf(dipp, 'translated-address');
    if (ia && iface === undefined) sink.invalid(ia.line, context, 'interface-address names no interface; no source translation');
    const ip = textOf(ia, 'ip');
    const floating = textOf(ia, 'floating-ip');
    return {
      type: 'dynamic-ip-and-port',
      line: dipp.line,
      ...(ia && iface !== undefined
        ? { interfaceAddress: { interface: iface, line: ia.line, ...(ip === undefined ? {} : { ip }), ...(floating === undefined ? {} : { floatingIp: floating }) } }
        : {}),
      ...(translated ? { translated } : {}),
    };
  }
  const dip = child(node, 'dynamic-ip');
  if (dip) return { type: 'dynamic-ip', line: dip.line, translated: membersOf(dip, 'translated-address') ?? { names: [], line: dip.line } };
  const sip = child(node, 'static-ip');
  if (sip) {
    const translated = located(sip, 'translated-address');
    return { type: 'static-ip', line: sip.line, ...(translated ? { translated } : {}), biDirectional: yesNo(sip, 'bi-directional') ?? false };
  }
  return undefined;
}

function destinationTranslation(node: PanNode | undefined, dynamic: boolean, context: string, sink: WarningSink): PanDestinationTranslation | undefined {
  if (!node) return undefined;
  const address = located(node, 'translated-address');
  const portNode = child(node, 'translated-port');
  let port: Located<number> | undefined;
  if (portNode?.text !== undefined && portNode.text !== '') {
    const p = parsePort(portNode.text);
    if (p === undefined || p === 0) sink.invalid(portNode.line, context, `bad translated-port "${portNode.text}"; the port is left unchanged`);
    else port = { value: p, line: portNode.line };
  }
  const distribution = textOf(node, 'distribution');
  return {
    line: node.line,
    dynamic,
    ...(address ? { translatedAddress: address } : {}),
    ...(port ? { translatedPort: port } : {}),
    ...(distribution === undefined ? {} : { distribution }),
  };
}

function defaultRule(e: PanNode, context: string): PanDefaultRule {
  const action = located(e, 'action');
  const logEnd = yesNo(e, 'log-end');
  return { name: e.name!, line: e.line, context, ...(action ? { action } : {}), ...(logEnd === undefined ? {} : { logEnd }) };
}
