/** IANA protocol numbers that configs and reports name. */
export const PROTOCOL_NUMBERS: Readonly<Record<string, number>> = {
  icmp: 1,
  igmp: 2,
  tcp: 6,
  udp: 17,
  gre: 47,
  esp: 50,
  ah: 51,
  icmp6: 58,
  ospf: 89,
  pim: 103,
  vrrp: 112,
  sctp: 132,
};

const NAMES = new Map(Object.entries(PROTOCOL_NUMBERS).map(([name, n]) => [n, name]));

export const TCP = 6;
export const UDP = 17;
export const ICMP = 1;
export const ICMP6 = 58;
export const SCTP = 132;

/** Protocols whose port fields are real ports, not ICMP type and code. */
export function hasPorts(protocol: number): boolean {
  return protocol === TCP || protocol === UDP || protocol === SCTP;
}

export function isIcmp(protocol: number): boolean {
  return protocol === ICMP || protocol === ICMP6;
}

export function protocolName(protocol: number): string {
  return NAMES.get(protocol) ?? `proto-${protocol}`;
}

/** A protocol by name ("tcp") or number ("6"); undefined when neither. */
export function parseProtocol(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (lower in PROTOCOL_NUMBERS) return PROTOCOL_NUMBERS[lower];
  if (/^\d{1,3}$/.test(lower) && Number(lower) <= 255) return Number(lower);
  return undefined;
}
