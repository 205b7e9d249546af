import type { PathStep } from '../checks/finding.js';
import { type Language, catalogue } from './messages/index.js';
import type { ReportPacket } from './report-document.js';

/** "10.30.5.5:49152 → 10.20.5.30 tcp/445": one packet, as every report and screen writes it. */
export function packetWords(p: ReportPacket): string {
  const ports = p.protocol === 'tcp' || p.protocol === 'udp' || p.protocol === 'sctp';
  return ports ? `${p.src}:${p.srcPort} → ${p.dst} ${p.protocol}/${p.dstPort}` : `${p.src} → ${p.dst} ${p.protocol}${p.protocol.startsWith('icmp') ? ` type ${p.dstPort}` : ''}`;
}

/** "port4 → port3 (LGWAN)": a hop's interfaces with their zones, as every report shows them. */
export function stepInterfaces(step: PathStep): string {
  const zone = (iface: string | undefined, z: string | undefined) => (iface === undefined ? '—' : z === undefined ? iface : `${iface} (${z})`);
  return `${zone(step.in, step.inZone)} → ${zone(step.out, step.outZone)}`;
}

/** What decided at a hop, without the action: `rule 7 "FILESRV-TEMP"`, the stage default, or no filter. */
export function stepRule(step: PathStep, lang: Language): string {
  const l = catalogue(lang).labels;
  if (step.action === 'none') return step.out === undefined ? '—' : l.unfiltered;
  if (step.rule === undefined) return l.defaultAction;
  return `${step.implicit ? `${l.implicit} ` : ''}${l.rule} ${step.rule}${step.ruleName ? ` "${step.ruleName}"` : ''}`;
}
