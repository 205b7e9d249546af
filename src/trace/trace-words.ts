import type { Language } from '../report/messages/index.js';
import { traceWordsEn } from './trace-words-en.js';
import { traceWordsJa } from './trace-words-ja.js';

/**
 * The trace's own words. What the audit report also prints (witness, path, rule, default,
 * actions, "no filter") comes from the report's catalogue, so a trace and a finding say the
 * same thing the same way; only what is particular to a trace lives here. Templates take
 * {name} parameters (report/messages fill).
 */
export interface TraceWords {
  /** Title line, before the organization. */
  readonly title: string;
  /** Label of the traced flow. */
  readonly flow: string;
  /** The flow's service when neither protocol nor port was given. */
  readonly anyService: string;
  /** A port-less protocol's ports when --dport was not given. */
  readonly anyPort: string;
  /** Before a given source port. */
  readonly fromPort: string;
  /** Word before an ICMP type. */
  readonly icmpType: string;
  /** Word before an ICMP code. */
  readonly icmpCode: string;
  /** Label of the entry points. */
  readonly entersAt: string;
  /** Why the trace enters there, with {owner}. */
  readonly via: Readonly<Record<'attach' | 'subnet' | 'link' | 'ingress', string>>;
  /** Appended to an entry whose own subnet holds the source address. */
  readonly onLink: string;
  /** --from/--to heading, with {from}, {to}, {service} and {count}. */
  readonly segmentsHeading: string;
  /** --from/--to with no class, with {from}, {to} and {service}. */
  readonly noTraffic: string;
  /** The --from/--to service restriction as {service} of the two lines above, with {service}. */
  readonly serviceScope: string;
  /** Headline of a delivered class, with {owner}. */
  readonly delivered: string;
  /** Headline of a class the device answers itself, with {device}. */
  readonly accepted: string;
  /** Headline of a class a rule denies, with {rule}, {device} and {stage}. */
  readonly deniedByRule: string;
  /** Headline of a class a stage default denies, with {stage}, {device} and {reason}. */
  readonly deniedByDefault: string;
  /** Headline of a class addressed to a device on a service it does not offer, with {device} and {iface}. */
  readonly deniedNoService: string;
  /** Headline of a class without a route, with {device} and {dst}. */
  readonly noRoute: string;
  /** Headline of a class a discard route drops, with {route} and {device}. */
  readonly nullRoute: string;
  /** Headline of a class that loops, with {device} and {iface}. */
  readonly loop: string;
  /** Label of the witness after NAT, for classes that were not delivered. */
  readonly afterNat: string;
  /** Label of a hop's route. */
  readonly route: string;
  /** Label of a hop's filter stage decisions. */
  readonly filter: string;
  /** A hop whose packets were addressed to the device itself. */
  readonly toDevice: string;
  /** A route that is a connected subnet of an interface. */
  readonly connected: string;
  /** Word before a static route's id. */
  readonly staticRoute: string;
  /** What a stage default is, after the default's verdict, with {reason}; brings its own spacing. */
  readonly defaultReason: string;
  /** A remark after what it qualifies (a route's origin, a default's reason), with {text}; brings its own spacing. */
  readonly aside: string;
  /** Route through a gateway, with {prefix} and {gateway}. */
  readonly routeVia: string;
  /** The closing line's label. */
  readonly result: string;
  /** The fates in the closing line. */
  readonly dispositions: Readonly<Record<'delivered' | 'accepted' | 'denied' | 'no-route' | 'null-route' | 'loop', string>>;
  /** The closing verdict when some packet gets through. */
  readonly getsThrough: string;
  /** The closing verdict when no packet gets through. */
  readonly blocked: string;
  /** Count of several classes, with {count}. */
  readonly classes: string;
  /** Count of one class. */
  readonly oneClass: string;
}

export function traceWords(lang: Language): TraceWords {
  return lang === 'ja' ? traceWordsJa : traceWordsEn;
}
