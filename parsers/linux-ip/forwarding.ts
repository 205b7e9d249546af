import type { LinuxIpConfig, Sysctl } from './vendor-config.js';

/** What the companion says about a family's forwarding, and the line that says it. */
export type ForwardingState = { readonly known: false } | { readonly known: true; readonly enabled: boolean; readonly line: number; readonly key: string; readonly value: string };

/** The global switches: for IPv4 `net.ipv4.ip_forward` and its alias `net.ipv4.conf.all.forwarding`. */
const KEYS: Readonly<Record<4 | 6, readonly string[]>> = {
  4: ['net.ipv4.ip_forward', 'net.ipv4.conf.all.forwarding'],
  6: ['net.ipv6.conf.all.forwarding'],
};

/**
 * The forwarding switch of one family: the last setting the companion prints wins (sysctl -a
 * prints both IPv4 keys, which always agree on a live host). A value other than 0 or 1 is
 * left unknown; the caller warns.
 */
export function forwardingState(config: LinuxIpConfig, family: 4 | 6): ForwardingState {
  let found: Sysctl | undefined;
  for (const s of config.sysctls) if (KEYS[family].includes(s.key)) found = s;
  if (!found || (found.value !== '0' && found.value !== '1')) return { known: false };
  return { known: true, enabled: found.value === '1', line: found.line, key: found.key, value: found.value };
}

/** Sysctl keys that name forwarding but that sansou cannot express (per-interface switches). */
export function perInterfaceForwarding(config: LinuxIpConfig): Sysctl[] {
  return config.sysctls.filter((s) => /^net\.ipv[46]\.conf\.[^.]+\.forwarding$/.test(s.key) && !s.key.includes('.all.') && !s.key.includes('.default.') && s.value === '0');
}

/** A forwarding sysctl whose value is neither 0 nor 1. */
export function badForwardingValues(config: LinuxIpConfig): Sysctl[] {
  return config.sysctls.filter((s) => (KEYS[4].includes(s.key) || KEYS[6].includes(s.key)) && s.value !== '0' && s.value !== '1');
}
