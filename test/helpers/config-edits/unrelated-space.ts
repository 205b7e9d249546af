/**
 * The addresses the inserted "unrelated" rules are about: 198.18.0.0/15, reserved for
 * benchmarking (RFC 2544), which no sample uses for anything. A deny for it placed first in a
 * rule list changes the position of every rule below, and nothing a finding is about.
 */
export const UNRELATED = {
  /** CIDR form (FortiGate address subnets take the mask form below). */
  cidr: '198.18.0.0/15',
  address: '198.18.0.0',
  mask: '255.254.0.0',
  /** Cisco IOS wildcard mask. */
  wildcard: '0.1.255.255',
  /**
   * Two disjoint halves, for lists that are nested (an iptables user chain called from a
   * built-in one): a deny of the same range in both would make the inner one redundant,
   * which is a finding of its own.
   */
  outer: '198.18.0.0/16',
  inner: '198.19.0.0/16',
} as const;

/** The leading whitespace of a line. */
export function indentOf(line: string): string {
  return /^\s*/.exec(line)![0];
}
