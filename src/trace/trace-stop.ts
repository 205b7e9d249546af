import type { DecisionDocument, HopDocument, SourceLine } from './hop-document.js';

/** What stopped a class of packets that did not get through. */
export type StopCause =
  /** A rule denied them. */
  | 'rule'
  /** No rule matched and the stage default denied them. */
  | 'default'
  /** They were addressed to the device itself, on a service it does not offer there. */
  | 'no-service'
  /** The device had no route for their destination. */
  | 'no-route'
  /** A discard (null) route took them. */
  | 'null-route'
  /** They came back to an interface they had already entered. */
  | 'loop';

/** Where and why a class stopped: the device, and the rule, default or route that decided. */
export interface TraceStop extends SourceLine {
  /** The device it stopped on. */
  readonly device: string;
  /** The interface it entered that device on (for a loop: the one entered again). */
  readonly iface: string;
  /** What stopped it. */
  readonly cause: StopCause;
  /** The deciding stage, for 'rule' and 'default'. */
  readonly stage?: string;
  /** The denying rule's id, for 'rule'. */
  readonly rule?: string;
  /** The denying rule's name, when it has one. */
  readonly ruleName?: string;
  /** The decision models a vendor default (an implicit deny). */
  readonly implicit?: boolean;
  /** For 'default': what the default is ("implicit deny (FortiGate)"). */
  readonly reason?: string;
  /** For 'null-route': the discard route's prefix. */
  readonly route?: string;
}

/**
 * Reads where a class stopped from its last hop: the analysis records every decision it
 * made there, so the denying rule or default is the last decision, a discard route is the
 * hop's route, and a refused connection to the device itself is a hop with no deny at all.
 * Undefined for classes that got through.
 */
export function traceStop(disposition: string, hops: readonly HopDocument[]): TraceStop | undefined {
  const last = hops[hops.length - 1];
  if (!last) return undefined;
  const base = { device: last.device, iface: last.in };
  switch (disposition) {
    case 'denied': {
      const d: DecisionDocument | undefined = last.decisions[last.decisions.length - 1];
      if (!d || d.action !== 'deny') return { ...base, cause: 'no-service' };
      return {
        ...base,
        cause: d.rule === undefined ? 'default' : 'rule',
        stage: d.stage,
        ...(d.rule === undefined ? {} : { rule: d.rule }),
        ...(d.ruleName === undefined ? {} : { ruleName: d.ruleName }),
        implicit: d.implicit,
        ...(d.reason === undefined ? {} : { reason: d.reason }),
        ...(d.file === undefined ? {} : { file: d.file }),
        ...(d.line === undefined ? {} : { line: d.line }),
      };
    }
    case 'null-route': {
      const r = last.routeEntry;
      return { ...base, cause: 'null-route', ...(r ? { route: r.prefix, ...(r.file === undefined ? {} : { file: r.file }), ...(r.line === undefined ? {} : { line: r.line }) } : {}) };
    }
    case 'no-route':
      return { ...base, cause: 'no-route' };
    case 'loop':
      return { ...base, cause: 'loop' };
    default:
      return undefined;
  }
}
