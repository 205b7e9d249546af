import { type Language, catalogue, fill } from '../messages/index.js';
import { packetWords } from '../path-words.js';
import type { ReportFinding, ReportInput, ReportWaiver } from '../report-document.js';
import { hopWords } from './hop-words.js';
import { escapeMessageText, messageLink } from './message-escape.js';
import { type LocateFile, lineRegion, primaryLocation } from './primary-location.js';
import type { SarifCodeFlow, SarifLocation, SarifResult, SarifSuppression, SarifWaiverProperties } from './sarif-types.js';
import type { SarifWords } from './sarif-words.js';
import { sarifLevel } from './severity-level.js';

/** The partial fingerprint's name, versioned so a change of recipe can never match old alerts. */
export const FINGERPRINT_KEY = 'sansouFingerprint/v1';

/** What every result of one log shares. */
export interface ResultContext {
  /** The report's language. */
  readonly lang: Language;
  /** The SARIF-only words in that language. */
  readonly words: SarifWords;
  /** The report's inputs: which file configures which device, and the snapshot's files. */
  readonly inputs: readonly ReportInput[];
  /** The artifact location of a file the report names. */
  readonly locate: LocateFile;
  /** The index of each check's descriptor in `tool.driver.rules`. */
  readonly ruleIndex: ReadonlyMap<string, number>;
}

/** One finding as a SARIF result. No config text goes in: secrets must never leave the machine. */
export function resultOfFinding(f: ReportFinding, ctx: ResultContext): SarifResult {
  const primary = primaryLocation(f, ctx.inputs, ctx.locate, ctx.words);
  const hops = pathHops(f, ctx);
  const related = hops.flatMap((h) => (h.location ? [h.location] : []));
  const suppression = f.waiver && f.waiver.expired !== true ? suppressionOf(f.waiver, ctx) : undefined;
  return {
    ruleId: f.check,
    ruleIndex: ctx.ruleIndex.get(f.check) ?? -1,
    level: sarifLevel(f.severity),
    message: { text: messageText(f, hops, ctx.lang) },
    locations: primary ? [primary.location] : [],
    ...(related.length > 0 ? { relatedLocations: related, codeFlows: [codeFlow(f, hops, ctx.lang)] } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(suppression ? { suppressions: [suppression] } : {}),
    properties: {
      check: f.check,
      severity: f.severity,
      ...(f.from === undefined ? {} : { from: f.from }),
      ...(f.to === undefined ? {} : { to: f.to }),
      ...(f.packets ? { packets: f.packets } : {}),
      ...(f.witness ? { witness: { ...f.witness } } : {}),
      ...(f.delivered ? { delivered: { ...f.delivered } } : {}),
      fingerprint: f.fingerprint,
      locationSource: primary?.source ?? 'none',
      ...(f.waiver ? { waiver: waiverProperties(f.waiver) } : {}),
    },
  };
}

/** One hop of the path: its 1-based position, its words, and its related location when it has a file. */
interface Hop {
  readonly position: number;
  readonly device: string;
  readonly words: string;
  readonly location?: SarifLocation & { readonly id: number };
}

/** Every hop, numbering those with a file 1..n in path order: message links and related location ids agree. */
function pathHops(f: ReportFinding, ctx: ResultContext): Hop[] {
  let id = 0;
  return (f.path ?? []).map((step, i) => {
    const words = hopWords(step, i + 1, ctx.lang);
    const artifactLocation = step.file === undefined ? undefined : ctx.locate(step.file);
    if (!artifactLocation) return { position: i + 1, device: step.device, words };
    id += 1;
    const location = { id, physicalLocation: { artifactLocation, ...lineRegion(step.line) }, message: { text: escapeMessageText(words) } };
    return { position: i + 1, device: step.device, words, location };
  });
}

/**
 * The title and message (the finding in a sentence), then the witness packet, then the path
 * with each hop that has a file linked to its related location (GitHub shows related
 * locations only through such links), then the note on an expired waiver.
 */
function messageText(f: ReportFinding, hops: readonly Hop[], lang: Language): string {
  const l = catalogue(lang).labels;
  const lines = [escapeMessageText(`${f.title}: ${f.message}`)];
  if (f.witness) lines.push(escapeMessageText(`${l.witness}: ${packetWords(f.witness)}`));
  if (hops.length > 0) {
    const steps = hops.map((h) => (h.location ? messageLink(`${h.position}. ${h.device}`, h.location.id) : escapeMessageText(`${h.position}. ${h.device}`)));
    lines.push(`${escapeMessageText(l.path)}: ${steps.join(' → ')}`);
  }
  if (f.waiver?.expired) lines.push(escapeMessageText(`! ${fill(l.waiverExpired, { id: f.waiver.id, expires: f.waiver.expires, approver: f.waiver.approver })}`));
  return lines.join('\n');
}

/** The hops with a file as one thread flow, labelled with the witness packet that travels it. */
function codeFlow(f: ReportFinding, hops: readonly Hop[], lang: Language): SarifCodeFlow {
  const locations = hops.flatMap((h) => {
    if (!h.location) return [];
    const { id: _id, ...location } = h.location;
    return [{ location, executionOrder: h.position }];
  });
  const witness = f.witness ? { message: { text: escapeMessageText(`${catalogue(lang).labels.witness}: ${packetWords(f.witness)}`) } } : {};
  return { ...witness, threadFlows: [{ locations }] };
}

/**
 * A waiver in force as an external, accepted suppression: GitHub then shows the alert as
 * dismissed instead of dropping it, and the justification says who approved what until when.
 */
function suppressionOf(w: ReportWaiver, ctx: ResultContext): SarifSuppression {
  const l = catalogue(ctx.lang).labels;
  const artifactLocation = ctx.locate(w.file);
  return {
    kind: 'external',
    status: 'accepted',
    justification: fill(ctx.words.justification, { waiver: l.waiver, approver: l.approver, expires: l.expires, id: w.id, reason: w.reason, approverName: w.approver, expiry: w.expires }),
    ...(artifactLocation ? { location: { physicalLocation: { artifactLocation, ...lineRegion(w.line) } } } : {}),
  };
}

function waiverProperties(w: ReportWaiver): SarifWaiverProperties {
  return { id: w.id, reason: w.reason, approver: w.approver, expires: w.expires, expired: w.expired === true };
}
