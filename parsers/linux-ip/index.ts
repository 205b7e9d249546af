import type { ParseWarning } from '../../src/model/parse-result.js';
import { extractLinuxIp } from './extract.js';
import { TextLines, fileName } from './text-lines.js';
import type { LinuxIpConfig } from './vendor-config.js';
import { CompanionWarnings } from './warnings.js';

export { looksLikeLinuxIp } from './detect.js';
export { convertInterfaces, allHostAddresses, isModelledAddress } from './convert-interfaces.js';
export { convertRoutes, LINUX_ROUTE_DISTANCE } from './convert-routes.js';
export { forwardingState, perInterfaceForwarding, badForwardingValues, type ForwardingState } from './forwarding.js';
export { CompanionWarnings } from './warnings.js';
export { TextLines, baseName, fileName, words } from './text-lines.js';
export type * from './vendor-config.js';

/** The companion read into its typed form, with the warnings met on the way. */
export interface LinuxIpReading {
  readonly config: LinuxIpConfig;
  /** Companion warnings: line numbers are the companion's, contexts start with its file name. */
  readonly warnings: readonly ParseWarning[];
  /** Number of lines of the companion. */
  readonly lines: number;
  /** The sink, for conversion warnings that belong to the companion too. */
  readonly sink: CompanionWarnings;
}

/**
 * Reads the companion of an iptables-save file: `ip -o addr show`, `ip route show` (and their
 * IPv6 and multi-line forms) and `sysctl net.ipv4.ip_forward` output, concatenated. Never
 * throws on any text: what it does not understand becomes a warning.
 */
export function readLinuxIp(text: string, file: string): LinuxIpReading {
  const lines = new TextLines(text);
  const sink = new CompanionWarnings(lines, fileName(file));
  const config = extractLinuxIp(lines, sink);
  return { config, warnings: sink.list, lines: lines.count, sink };
}
