import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { audit } from '../audit/audit.js';
import { type Language, LANGUAGES, languageFromEnv } from '../report/messages/index.js';
import { toolVersion } from '../report/report-document.js';
import { isSnapshotError, loadSnapshot } from '../snapshot/load-snapshot.js';
import { formatIp } from '../space/ip.js';
import { parseTraceQuery } from '../trace/parse-query.js';
import { resolveOwner } from '../trace/resolve-owner.js';
import { segmentFlows } from '../trace/segment-flows.js';
import { type TraceContext, type TraceDocument, packetTraceDocument, segmentTraceDocument, serviceDocument } from '../trace/trace-document.js';
import { isTraceInputError } from '../trace/trace-input-error.js';
import { tracePackets } from '../trace/trace-packets.js';
import { renderTraceText } from '../trace/trace-text.js';
import { witnessHints } from '../audit/witness-hints.js';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, UsageError, isUsageError } from './io.js';
import { oneOf } from './options.js';

export const TRACE_USAGE = `Usage: sansou trace <snapshot> --src ADDRESS --dst ADDRESS [--proto P] [--dport N]
                    [--sport N] [--ingress DEVICE:INTERFACE] [--format text|json] [--lang ja|en]
       sansou trace <snapshot> --from SEGMENT --to SEGMENT [--proto P] [--dport N] [--sport N]
                    [--format text|json] [--lang ja|en]

Follows packets hop by hop through the snapshot's devices, with the audit's own analysis:
for each device the interfaces and zones, the NAT, the route and every filter decision
with its file:line, then the fate: delivered (into which segment), accepted by a device
itself, denied (by which rule or default), no route, null route, or loop.
With --from/--to, lists every class of traffic initiated in one segment (or external
network) and delivered into another, with the rules that carry it and a witness packet.

Options:
  --src ADDRESS          the sending host (IPv4 or IPv6 address)
  --dst ADDRESS          the address it sends to, before any NAT
  --proto P              tcp, udp, icmp, another protocol name, a number 0-255, or any
                         (default: tcp when --dport or --sport is given, else any)
  --dport N              destination port; for icmp the type (default: every value)
  --sport N              source port; for icmp the code (default: every value)
  --ingress DEV:IFACE    where the packets enter, e.g. fw-core/root:port3 (default: every
                         interface where the segment or external network owning --src
                         meets the devices, as the audit assumes; for an address no
                         segment starts from, the interfaces whose subnet holds it)
  --from SEGMENT         segment or external network (id or name) the traffic starts in
  --to SEGMENT           segment or external network (id or name) it is delivered into
  --format text|json     output format (default text; json: schemas/trace.schema.json)
  --lang ja|en           language of the text (default from LANG / LC_ALL)

A field not given means every value: each class of packets whose fate differs is shown
on its own, with a witness packet.

Exit status: 0 some packet is delivered or accepted; 1 none gets through (denied, no
route, null route, loop; or no traffic between the segments); 2 bad usage or unusable
input.`;

const FORMATS = ['text', 'json'] as const;

/**
 * \`sansou trace\`. Bad input of any kind (options, addresses, segment names, the snapshot)
 * ends here with one line on standard error and exit status 2, whether the command runs
 * under the CLI's dispatcher or is called directly.
 */
export async function runTrace(args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await trace(args, io);
  } catch (error) {
    const parseArgsError = error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
    if (isTraceInputError(error) || isUsageError(error) || isSnapshotError(error) || parseArgsError) {
      io.stderr.write(`sansou: ${(error as Error).message}\n`);
      return EXIT_UNUSABLE;
    }
    throw error;
  }
}

async function trace(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      src: { type: 'string' },
      dst: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      proto: { type: 'string' },
      dport: { type: 'string' },
      sport: { type: 'string' },
      ingress: { type: 'string' },
      format: { type: 'string', default: 'text' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${TRACE_USAGE}\n`);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError('trace needs exactly one snapshot directory (see sansou help trace)');
  const format = oneOf(values.format, FORMATS, '--format');
  const lang: Language = values.lang === undefined ? languageFromEnv(io.env) : oneOf(values.lang, LANGUAGES, '--lang');
  const { src, dst, from, to, proto, dport, sport, ingress } = values;
  const query = parseTraceQuery({
    ...(src === undefined ? {} : { src }),
    ...(dst === undefined ? {} : { dst }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(proto === undefined ? {} : { proto }),
    ...(dport === undefined ? {} : { dport }),
    ...(sport === undefined ? {} : { sport }),
    ...(ingress === undefined ? {} : { ingress }),
  });

  const dir = positionals[0]!;
  // The whole audit, so that the trace reads the snapshot, resolves the site and builds the
  // topology exactly as the audit does; its reachability answers --from/--to directly.
  const result = audit(loadSnapshot(resolve(io.cwd, dir)));
  if (!result.usable) throw new UsageError(`nothing usable in ${dir}: no configuration under configs/ could be read (run sansou audit ${dir} to see why)`);
  for (const input of result.inputs) {
    if (input.status !== 'PASSED' && input.devices.length > 0) {
      const lines = `${input.unrecognized} ${input.unrecognized === 1 ? 'line' : 'lines'}`;
      io.stderr.write(`sansou: note: ${input.file} was not fully understood (${lines} not understood); the trace is only as good as the reading (see sansou audit)\n`);
    }
  }
  const ctx: TraceContext = { site: result.site, topology: result.topology, version: toolVersion(), hints: witnessHints(result.snapshot.inventory?.assets ?? [], result.topology) };
  let doc: TraceDocument;
  if (query.kind === 'packet') {
    const traced = tracePackets(result.topology, result.reachability.plans, query);
    doc = packetTraceDocument(
      ctx,
      { src: formatIp(query.src), dst: formatIp(query.dst), ...serviceDocument(query.service), ...(query.ingress ? { ingress: query.ingress } : {}) },
      traced.entries,
      traced.classes,
    );
  } else {
    const fromId = resolveOwner(result.site, query.from, '--from');
    const toId = resolveOwner(result.site, query.to, '--to');
    doc = segmentTraceDocument(ctx, { from: fromId, to: toId, ...serviceDocument(query.service) }, segmentFlows(result.reachability, fromId, toId, query.service));
  }
  io.stdout.write(format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : renderTraceText(doc, dir, lang));
  return doc.getsThrough ? EXIT_OK : EXIT_FINDINGS;
}
