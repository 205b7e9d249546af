import type { Decision, Hop } from '../analysis/flow.js';
import { type PathStep, toPathSteps } from '../checks/finding.js';

/** Where a config element is: the snapshot-relative file and the line. */
export interface SourceLine {
  /** Config file, relative to the snapshot directory. */
  readonly file?: string;
  /** 1-based line in it. */
  readonly line?: number;
}

/** One filter stage's verdict at a hop. */
export interface DecisionDocument extends SourceLine {
  /** The stage ("firewall policy", "acl OUTSIDE_IN in on outside"). */
  readonly stage: string;
  /** Matching rule id; absent when the stage default decided. */
  readonly rule?: string;
  /** Matching rule name, when the vendor has names. */
  readonly ruleName?: string;
  /** The rule (or the default) models a vendor default behaviour. */
  readonly implicit: boolean;
  /** The verdict. */
  readonly action: 'permit' | 'deny';
  /** For a stage default: what the default is ("implicit deny (FortiGate)"). */
  readonly reason?: string;
}

/** The route a hop used. */
export interface RouteDocument extends SourceLine {
  /** Destination prefix of the route. */
  readonly prefix: string;
  /** A connected subnet of an interface, or a static route. */
  readonly kind: 'connected' | 'static';
  /** Static route id. */
  readonly id?: string;
  /** Next-hop address, when the route hands the packets to a gateway. */
  readonly gateway?: string;
}

/** Destination NAT applied on ingress. */
export interface DnatDocument extends SourceLine {
  /** The NAT entry (FortiGate VIP name, NAT rule id). */
  readonly id: string;
}

/** Source NAT applied on egress. */
export interface SnatDocument extends SourceLine {
  /** What the source became: a pool, its name, or the egress interface's address. */
  readonly pool: string;
  /** The rule or NAT entry that asked for it. */
  readonly rule?: string;
}

/**
 * One device on a trace's path. The first fields are exactly the audit report's path step
 * (deciding rule, action, file:line, NAT and route in words), so a trace and a finding read
 * the same; the rest is the detail only a trace shows: every stage's decision, the route
 * and the NAT entries with their lines.
 */
export interface HopDocument extends PathStep {
  /** Every filter stage the packets met here, in order. */
  readonly decisions: readonly DecisionDocument[];
  /** The route chosen, with its line. */
  readonly routeEntry?: RouteDocument;
  /** Destination NAT applied on ingress, with its line. */
  readonly dnatEntry?: DnatDocument;
  /** Source NAT applied on egress, with its line. */
  readonly snatEntry?: SnatDocument;
}

/** The analysis' hops as trace document hops. */
export function hopDocuments(hops: readonly Hop[]): HopDocument[] {
  const steps = toPathSteps(hops);
  return hops.map((h, i) => ({
    ...steps[i]!,
    decisions: h.decisions.map(decisionDocument),
    ...(h.route
      ? {
          routeEntry: {
            prefix: h.route.prefix,
            kind: h.route.kind,
            ...(h.route.id === undefined ? {} : { id: h.route.id }),
            ...(h.gateway === undefined ? {} : { gateway: h.gateway }),
            ...where(h.route.provenance),
          },
        }
      : {}),
    ...(h.dnat ? { dnatEntry: { id: h.dnat.id, ...where(h.dnat.provenance) } } : {}),
    ...(h.snat ? { snatEntry: { pool: h.snat.pool, ...(h.snat.ruleId === undefined ? {} : { rule: h.snat.ruleId }), ...where(h.snat.provenance) } } : {}),
  }));
}

export function decisionDocument(d: Decision): DecisionDocument {
  return {
    stage: d.stage,
    ...(d.ruleId === undefined ? {} : { rule: d.ruleId }),
    ...(d.ruleName === undefined ? {} : { ruleName: d.ruleName }),
    implicit: d.implicit,
    action: d.action,
    ...(d.ruleId === undefined && d.reason !== undefined ? { reason: d.reason } : {}),
    ...where(d.provenance),
  };
}

function where(p: { readonly file: string; readonly line: number } | undefined): SourceLine {
  return p ? { file: p.file, line: p.line } : {};
}
