import { type EditBlock, contextOf } from './config-tree.js';
import { parseBoundedInt, parsePortRange } from './fortios-values.js';
import { type Scope, entriesIn } from './scope.js';
import { lineOf, nameList, setting, word } from './settings.js';
import type { FgService, FgServiceGroup, FgServiceProtocol, PortRange } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** Explicit-proxy service protocols: they describe proxied requests, not packets. */
const PROXY_PROTOCOLS = new Set(['ALL', 'HTTP', 'FTP', 'CONNECT', 'SOCKS-TCP', 'SOCKS-UDP']);

/** `config firewall service custom`. */
export function extractServices(scope: Scope, sink: WarningSink): FgService[] {
  const out: FgService[] = [];
  for (const e of entriesIn(scope, 'firewall service custom')) {
    const context = contextOf(e);
    const written = word(e, 'protocol') ?? 'TCP/UDP/SCTP';
    let protocol: FgServiceProtocol;
    if (written === 'TCP/UDP/SCTP' || written === 'TCP/UDP/UDP-Lite/SCTP') protocol = 'TCP/UDP/SCTP';
    else if (written === 'ICMP' || written === 'ICMP6' || written === 'IP') protocol = written;
    else if (PROXY_PROTOCOLS.has(written)) protocol = 'proxy';
    else {
      sink.invalid(lineOf(e, 'protocol'), context, `protocol "${written}" is not a FortiOS service protocol; service "${e.name}" matches nothing`);
      protocol = 'TCP/UDP/SCTP';
    }
    const valid = protocol !== 'TCP/UDP/SCTP' || written === 'TCP/UDP/SCTP' || written === 'TCP/UDP/UDP-Lite/SCTP';
    const tcp = valid ? portRanges(e, 'tcp-portrange', sink) : [];
    const udp = valid ? portRanges(e, 'udp-portrange', sink) : [];
    const sctp = valid ? portRanges(e, 'sctp-portrange', sink) : [];
    if (valid && protocol === 'TCP/UDP/SCTP' && tcp.length + udp.length + sctp.length === 0 && setting(e, 'udplite-portrange') === undefined) {
      sink.invalid(e.line, context, `service "${e.name}" has no valid TCP, UDP or SCTP port range; it matches nothing`);
    }
    if (setting(e, 'udplite-portrange') !== undefined) {
      sink.unsupported(lineOf(e, 'udplite-portrange'), context, `UDP-Lite ports of service "${e.name}" are not modelled; only its TCP, UDP and SCTP ports are`);
    }
    const protocolNumber = intSetting(e, 'protocol-number', 255, sink) ?? 0;
    const icmpType = intSetting(e, 'icmptype', 255, sink);
    const icmpCode = intSetting(e, 'icmpcode', 255, sink);
    const boundTo = addressBinding(e);
    if (boundTo) {
      sink.unsupported(
        boundTo.line,
        context,
        `service "${e.name}" is bound to addresses (${boundTo.text}); the binding is not modelled, so the service matches its ports to any destination`,
      );
    }
    const appType = word(e, 'app-service-type');
    if (appType !== undefined && appType !== 'disable') {
      sink.unsupported(lineOf(e, 'app-service-type'), context, `application matching of service "${e.name}" is not modelled; only its ports are`);
    }
    out.push({
      name: e.name,
      line: e.line,
      context,
      protocol,
      tcp,
      udp,
      sctp,
      protocolNumber,
      ...(icmpType !== undefined && { icmpType }),
      ...(icmpCode !== undefined && { icmpCode }),
      ...(boundTo !== undefined && { boundTo }),
      ...(protocol === 'proxy' && { proxyProtocol: written }),
    });
  }
  return out;
}

/** `set tcp-portrange 80 443 8080-8090 1024-65535:0-65535`: dst[-dst][:src[-src]] items. */
function portRanges(e: EditBlock, key: string, sink: WarningSink): PortRange[] {
  const s = setting(e, key);
  if (s === undefined) return [];
  const out: PortRange[] = [];
  for (const item of s.values) {
    const colon = item.indexOf(':');
    const dst = parsePortRange(colon < 0 ? item : item.slice(0, colon));
    const src = colon < 0 ? ([0, 65535] as const) : parsePortRange(item.slice(colon + 1));
    if (dst === undefined || src === undefined) {
      sink.invalid(s.line, contextOf(e), `${key} item "${item}" is not a port range (dst[-dst][:src[-src]], 0-65535); the item is ignored`);
      continue;
    }
    out.push({ dstLo: dst[0], dstHi: dst[1], srcLo: src[0], srcHi: src[1] });
  }
  return out;
}

function intSetting(e: EditBlock, key: string, max: number, sink: WarningSink): number | undefined {
  const text = word(e, key);
  if (text === undefined) return undefined;
  const n = parseBoundedInt(text, max);
  if (n === undefined) sink.invalid(lineOf(e, key), contextOf(e), `${key} "${text}" is not a number in 0-${max}; ignored`);
  return n;
}

/** FortiOS 7 services may carry `set iprange` or `set fqdn`; 0.0.0.0 and "" mean unbound. */
function addressBinding(e: EditBlock): { text: string; line: number } | undefined {
  const range = word(e, 'iprange');
  if (range !== undefined && range !== '0.0.0.0' && range !== '') return { text: `iprange ${range}`, line: lineOf(e, 'iprange') };
  const fqdn = word(e, 'fqdn');
  if (fqdn !== undefined && fqdn !== '') return { text: `fqdn ${fqdn}`, line: lineOf(e, 'fqdn') };
  return undefined;
}

/** `config firewall service group`. */
export function extractServiceGroups(scope: Scope): FgServiceGroup[] {
  return entriesIn(scope, 'firewall service group').map((e) => ({
    name: e.name,
    line: e.line,
    context: contextOf(e),
    members: nameList(e, 'member'),
  }));
}
