import type { PathStep } from '../checks/finding.js';
import { table } from '../report/layout.js';
import { type Language, catalogue, fill } from '../report/messages/index.js';
import { packetWords, stepInterfaces, stepRule } from '../report/path-words.js';
import type { DecisionDocument, HopDocument, SourceLine } from './hop-document.js';
import type { ServiceDocument, TraceClassDocument, TraceDocument } from './trace-document.js';
import { type TraceWords, traceWords } from './trace-words.js';

/**
 * The trace for a terminal: what was asked and where it enters, then each class of packets
 * with its fate first (denied by which rule, at which line), its witness and its path device
 * by device — interfaces and zones, NAT, route, every filter stage's decision, each with its
 * file:line — then the verdict. Columns are aligned by display width, so Japanese stays
 * aligned. Only ids, names, addresses and file:line are printed: never a config line.
 */
export function renderTraceText(doc: TraceDocument, snapshotDir: string, lang: Language): string {
  const w = traceWords(lang);
  const l = catalogue(lang).labels;
  const out: string[] = [`${w.title}${doc.organization ? ` — ${doc.organization}` : ''}   ${l.snapshot}: ${snapshotDir}`];
  const q = doc.query;
  if (q.mode === 'packet') {
    out.push(`${w.flow}: ${q.src} → ${q.dst} ${serviceWords(q, w)}`);
    for (const e of doc.entries ?? []) {
      const link = e.onLink && e.via !== 'link' ? w.onLink : '';
      out.push(`${w.entersAt}: ${e.device} ${e.iface} — ${fill(w.via[e.via], { owner: ownerLabel(doc, e.source) })}${link}`);
    }
  } else {
    const service = isAnyService(q) ? '' : fill(w.serviceScope, { service: serviceWords(q, w) });
    const names = { from: ownerLabel(doc, q.from), to: ownerLabel(doc, q.to), service };
    out.push(doc.classes.length === 0 ? fill(w.noTraffic, names) : fill(w.segmentsHeading, { ...names, count: doc.classes.length === 1 ? w.oneClass : fill(w.classes, { count: doc.classes.length }) }));
  }
  doc.classes.forEach((c, i) => out.push('', ...renderClass(doc, c, i, lang)));
  // A listing's heading already says whether anything gets through; a flow ends with its verdict.
  if (q.mode === 'packet') {
    const fates = doc.dispositions.map((d) => w.dispositions[d]).join(', ');
    out.push('', `${w.result}: ${fates ? `${fates} — ` : ''}${doc.getsThrough ? w.getsThrough : w.blocked}`);
  }
  return `${out.join('\n')}\n`;
}

function renderClass(doc: TraceDocument, c: TraceClassDocument, index: number, lang: Language): string[] {
  const w = traceWords(lang);
  const l = catalogue(lang).labels;
  const out: string[] = [];
  const number = `[${index + 1}]`;
  const pad = ' '.repeat(number.length + 1);
  if (doc.query.mode === 'segments') {
    // Every class of a listing is delivered into the same place: what tells them apart is
    // which packets they are.
    out.push(`${number} ${c.packets[0] ?? ''}`, ...c.packets.slice(1).map((p) => `${pad}${p}`));
  } else {
    const where = located(c.stop);
    out.push(`${number} ${headline(doc, c, lang)}${where ? `   ${where}` : ''}`);
    // A class is the whole query unless the packets split at its entry: only then does it
    // need saying which packets it holds.
    const siblings = doc.classes.filter((o) => o.entry.device === c.entry.device && o.entry.iface === c.entry.iface).length;
    if ((doc.entries?.length ?? 0) > 1) out.push(`  ${w.entersAt}: ${c.entry.device} ${c.entry.iface}`);
    if (siblings > 1) out.push(`  ${l.packets}:`, ...c.packets.map((p) => `    ${p}`));
  }
  out.push(`  ${l.witness}: ${packetWords(c.witness)}`);
  if (c.translated) out.push(`  ${c.disposition === 'delivered' ? l.deliveredAs : w.afterNat}: ${packetWords(c.translated)}`);
  out.push(`  ${l.path}:`, ...renderHops(c, lang).map((line) => `    ${line}`));
  return out;
}

/** The class's fate in one line: where it arrived, or what stopped it. */
function headline(doc: TraceDocument, c: TraceClassDocument, lang: Language): string {
  const w = traceWords(lang);
  const s = c.stop;
  switch (c.disposition) {
    case 'delivered':
      return fill(w.delivered, { owner: ownerLabel(doc, c.deliveredTo ?? '') });
    case 'accepted':
      return fill(w.accepted, { device: c.acceptedBy ?? '' });
    default:
      if (!s) return w.dispositions[c.disposition];
      switch (s.cause) {
        case 'rule':
          return fill(w.deniedByRule, {
            rule: ruleWords({ stage: s.stage ?? '', action: 'deny', implicit: s.implicit ?? false, ...(s.rule === undefined ? {} : { rule: s.rule }), ...(s.ruleName === undefined ? {} : { ruleName: s.ruleName }) }, lang),
            device: s.device,
            stage: s.stage ?? '',
          });
        case 'default':
          return fill(w.deniedByDefault, { stage: s.stage ?? '', device: s.device, reason: s.reason ?? catalogue(lang).labels.actions.deny });
        case 'no-service':
          return fill(w.deniedNoService, { device: s.device, iface: s.iface });
        case 'no-route':
          return fill(w.noRoute, { device: s.device, dst: (c.translated ?? c.witness).dst });
        case 'null-route':
          return fill(w.nullRoute, { device: s.device, route: s.route ?? '' });
        case 'loop':
          return fill(w.loop, { device: s.device, iface: s.iface });
      }
  }
}

/**
 * The path: one line per device (its interfaces and zones, as the audit's path shows them),
 * then its detail lines — NAT, route, each stage's decision — aligned across the whole path.
 */
function renderHops(c: TraceClassDocument, lang: Language): string[] {
  const heads = table(c.hops.map((h, i) => [`${i + 1}.`, h.device, stepInterfaces(h)]));
  const details = c.hops.map((h, i) => hopDetails(h, i === c.hops.length - 1 ? c : undefined, lang));
  const aligned = table(details.flat());
  // Details sit two columns right of the device name, under the line they belong to.
  const indent = ' '.repeat(`${c.hops.length}.`.length + 4);
  const out: string[] = [];
  let next = 0;
  c.hops.forEach((_, i) => {
    out.push(heads[i]!);
    for (let k = 0; k < details[i]!.length; k++) out.push(`${indent}${aligned[next++]!}`);
  });
  return out;
}

/** Rows of [label, what, file:line] for one hop; `last` is the class when this is its last hop. */
function hopDetails(h: HopDocument, last: TraceClassDocument | undefined, lang: Language): string[][] {
  const w = traceWords(lang);
  const l = catalogue(lang).labels;
  const rows: string[][] = [];
  if (h.dnatEntry) rows.push(['DNAT', h.dnatEntry.id, located(h.dnatEntry)]);
  if (h.routeEntry) {
    const r = h.routeEntry;
    const target = r.gateway === undefined ? r.prefix : fill(w.routeVia, { prefix: r.prefix, gateway: r.gateway });
    const origin = r.kind === 'connected' ? w.connected : `${w.staticRoute} ${r.id ?? ''}`.trim();
    rows.push([w.route, `${target}${fill(w.aside, { text: origin })}`, located(r)]);
  } else if (h.out === undefined && last && (last.disposition === 'accepted' || last.stop?.cause === 'no-service')) {
    rows.push([w.route, w.toDevice, '']);
  }
  for (const d of h.decisions) {
    const reason = d.rule === undefined && d.reason !== undefined ? fill(w.defaultReason, { reason: d.reason }) : '';
    rows.push([w.filter, `${d.stage}: ${ruleWords(d, lang)} ${l.actions[d.action]}${reason}`, located(d)]);
  }
  if (h.decisions.length === 0 && h.out !== undefined) rows.push([w.filter, l.unfiltered, '']);
  if (h.snatEntry) rows.push(['SNAT', `${h.snatEntry.pool}${h.snatEntry.rule === undefined ? '' : fill(w.aside, { text: `${l.rule} ${h.snatEntry.rule}` })}`, located(h.snatEntry)]);
  return rows;
}

/** `rule 7 "FILESRV-TEMP"` or the stage default, in the audit report's words. */
function ruleWords(d: DecisionDocument, lang: Language): string {
  const step: PathStep = {
    device: '',
    in: '',
    out: '',
    implicit: d.implicit,
    action: d.action,
    ...(d.rule === undefined ? {} : { rule: d.rule }),
    ...(d.ruleName === undefined ? {} : { ruleName: d.ruleName }),
  };
  return stepRule(step, lang);
}

function located(where: SourceLine | undefined): string {
  if (where?.file === undefined) return '';
  return where.line === undefined ? where.file : `${where.file}:${where.line}`;
}

function ownerLabel(doc: TraceDocument, id: string): string {
  const name = doc.owners[id]?.name;
  return name === undefined || name === id ? id : `${id} (${name})`;
}

function isAnyService(s: ServiceDocument): boolean {
  return s.protocol === undefined && s.srcPort === undefined && s.dstPort === undefined;
}

/** The queried service in words: "tcp/445", "udp/53 from port 5353", "tcp, any port", "icmp type 8", "any protocol and port". */
function serviceWords(s: ServiceDocument, w: TraceWords): string {
  if (s.protocol === undefined) return w.anyService;
  if (s.protocol === 'icmp' || s.protocol === 'icmp6') {
    return [s.protocol, s.dstPort === undefined ? '' : `${w.icmpType} ${s.dstPort}`, s.srcPort === undefined ? '' : `${w.icmpCode} ${s.srcPort}`].filter(Boolean).join(' ');
  }
  if (s.protocol === 'tcp' || s.protocol === 'udp' || s.protocol === 'sctp') {
    const port = s.dstPort === undefined ? `, ${w.anyPort}` : `/${s.dstPort}`;
    return `${s.protocol}${port}${s.srcPort === undefined ? '' : ` ${w.fromPort} ${s.srcPort}`}`;
  }
  return s.protocol;
}

