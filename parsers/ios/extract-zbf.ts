import type { ConfigNode } from './config-tree.js';
import type { ClassMatch, IosClassMap, IosPolicyClass, IosPolicyMap, IosZonePair, NameRef, ZbfAction } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** `zone security NAME`. */
export function extractZone(node: ConfigNode, sink: WarningSink): { name: string; line: number; context: string } | undefined {
  const name = node.words[2];
  if (name === undefined || node.words.length > 3) {
    sink.unrecognized(node.line, '', 'expected "zone security NAME"');
    return undefined;
  }
  const context = `zone security ${name}`;
  for (const child of node.children) {
    if (child.words[0]!.toLowerCase() !== 'description') sink.unrecognized(child.line, context, `unknown zone command "${child.text}"`);
  }
  return { name, line: node.line, context };
}

/** `zone-pair security NAME source A destination B` with `service-policy type inspect PM`. */
export function extractZonePair(node: ConfigNode, sink: WarningSink): IosZonePair | undefined {
  const w = node.words;
  const k = w.map((x) => x.toLowerCase());
  const name = w[2];
  if (name === undefined || k[3] !== 'source' || w[4] === undefined || k[5] !== 'destination' || w[6] === undefined || w.length > 7) {
    sink.unrecognized(node.line, '', 'expected "zone-pair security NAME source ZONE destination ZONE"');
    return undefined;
  }
  const context = `zone-pair security ${name}`;
  let policy: NameRef | undefined;
  for (const child of node.children) {
    const ck = child.words.map((x) => x.toLowerCase());
    if (ck[0] === 'description') continue;
    if (ck[0] === 'service-policy' && ck[1] === 'type' && ck[2] === 'inspect' && child.words[3] !== undefined) {
      policy = { name: child.words[3], line: child.line };
    } else sink.unrecognized(child.line, context, `unknown zone-pair command "${child.text}"`);
  }
  return { name, line: node.line, context, source: w[4], destination: w[6], ...(policy ? { policy } : {}) };
}

/** `class-map type inspect [match-any|match-all] NAME` and its `match` lines. */
export function extractClassMap(node: ConfigNode, sink: WarningSink): IosClassMap | undefined {
  const w = node.words;
  let at = 3;
  let matchAll = true;
  const mode = w[3]?.toLowerCase();
  if (mode === 'match-any' || mode === 'match-all') {
    matchAll = mode === 'match-all';
    at = 4;
  }
  const name = w[at];
  if (name === undefined || w.length > at + 1) {
    sink.unrecognized(node.line, '', 'expected "class-map type inspect [match-any|match-all] NAME"');
    return undefined;
  }
  const context = `class-map type inspect ${name}`;
  const matches: ClassMatch[] = [];
  for (const child of node.children) {
    const k = child.words.map((x) => x.toLowerCase());
    if (k[0] === 'description') continue;
    if (k[0] !== 'match') {
      sink.unrecognized(child.line, context, `unknown class-map command "${child.text}"`);
      continue;
    }
    const negate = k[1] === 'not';
    const i = negate ? 2 : 1;
    const line = child.line;
    if (k[i] === 'access-group' && k[i + 1] === 'name' && child.words[i + 2] !== undefined) matches.push({ kind: 'access-group', acl: child.words[i + 2]!, line, negate });
    else if (k[i] === 'access-group' && child.words[i + 1] !== undefined && /^\d+$/.test(child.words[i + 1]!)) matches.push({ kind: 'access-group', acl: child.words[i + 1]!, line, negate });
    else if (k[i] === 'protocol' && k[i + 1] !== undefined) {
      if (child.words.length > i + 2) sink.unsupported(line, context, 'the protocol match qualifier (signature, sub-classification) is not modelled; the port-based match is used, so the class matches more');
      matches.push({ kind: 'protocol', protocol: k[i + 1]!, line, negate });
    } else if (k[i] === 'class-map' && child.words[i + 1] !== undefined) matches.push({ kind: 'class-map', name: child.words[i + 1]!, line, negate });
    else sink.unrecognized(line, context, `unknown class-map match "${child.text}"; it is left out`);
  }
  return { name, line: node.line, context, matchAll, matches };
}

/** `policy-map type inspect NAME`: ordered classes, each with inspect, pass or drop. */
export function extractPolicyMap(node: ConfigNode, sink: WarningSink): IosPolicyMap | undefined {
  const name = node.words[3];
  if (name === undefined || node.words.length > 4) {
    sink.unrecognized(node.line, '', 'expected "policy-map type inspect NAME"');
    return undefined;
  }
  const context = `policy-map type inspect ${name}`;
  const classes: IosPolicyClass[] = [];
  for (const child of node.children) {
    const k = child.words.map((x) => x.toLowerCase());
    if (k[0] === 'description') continue;
    let className: string | undefined;
    if (k[0] === 'class' && k[1] === 'type' && k[2] === 'inspect' && child.words[3] !== undefined && child.words.length === 4) className = child.words[3];
    else if (k[0] === 'class' && k[1] === 'class-default' && child.words.length === 2) className = 'class-default';
    if (className === undefined) {
      sink.unrecognized(child.line, context, `unknown policy-map command "${child.text}"`);
      continue;
    }
    classes.push({ name: className, line: child.line, ...readAction(child, `${context} > class ${className}`, sink) });
  }
  return { name, line: node.line, context, classes };
}

function readAction(node: ConfigNode, context: string, sink: WarningSink): Pick<IosPolicyClass, 'action'> {
  let action: IosPolicyClass['action'];
  for (const child of node.children) {
    const k = child.words.map((x) => x.toLowerCase());
    if (k[0] === 'inspect' || k[0] === 'pass' || k[0] === 'drop') {
      const log = k.includes('log');
      if (action) sink.invalid(child.line, context, `a class takes one action; "${k[0]}" replaces "${action.action}"`);
      action = { action: k[0] as ZbfAction, line: child.line, log };
    } else if (k[0] === 'police' || k[0] === 'urlfilter' || k[0] === 'service-policy' || k[0] === 'reset' || k[0] === 'log') {
      // Rate limits and deep inspection do not change which flows may start.
    } else sink.unrecognized(child.line, context, `unknown policy-map class command "${child.text}"`);
  }
  return action ? { action } : {};
}
