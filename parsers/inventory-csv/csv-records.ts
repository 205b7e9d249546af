import { parse, CsvError, type Options } from 'csv-parse/sync';
import type { LineIndex } from './lines.js';

/**
 * Splits CSV bytes into records with csv-parse, recovering from malformed lines.
 *
 * csv-parse's own recovery (skip_records_with_error) is not enough for a hand-edited 台帳: after
 * an unbalanced quote it stays inside the quoted cell and drops, or with relax_quotes silently
 * merges, every row up to the next quote character. So the parse here is strict, and when it
 * fails the record that failed (which starts where the last good record ended) is handled alone:
 *
 * - Its first physical line is parsed again with relax_quotes. If that line is a complete record
 *   on its own, the problem was a stray quote on that line and the record is kept. A quote inside
 *   an unquoted cell (`27" モニタ`) is read literally, as Excel reads it, without comment; junk
 *   after a closing quote (`"a"b`) keeps its quotes and the record carries a problem to report.
 * - Otherwise a quote opened on that line never closes properly: the line is reported as
 *   malformed and strict parsing resumes at the next line, so later rows are still read.
 *
 * Each failed attempt only scans up to the next quote character (or, once, to the end of the
 * file), and the restart begins after the bad line, so the total work stays linear in the size
 * of the file. Byte offsets come from csv-parse's info.bytes; records are contiguous, so a
 * record starts where the previous one ended, which gives exact physical lines even after a
 * cell that spans several lines.
 */
export interface CsvRecord {
  readonly cells: readonly string[];
  /** Byte offset of the record's first character. */
  readonly start: number;
  /** Byte offset just past the record's terminator. */
  readonly end: number;
  /** Set when the record was only readable with relaxed quotes and its values may be off. */
  readonly problem?: string;
}

export interface MalformedLine {
  readonly start: number;
  readonly end: number;
  /** Why the line could not be read, in words for a warning. */
  readonly reason: string;
}

/** Receives records in file order; returning false stops the reading. */
export interface RecordSink {
  record(record: CsvRecord): boolean;
  malformed(line: MalformedLine): boolean;
}

const STRICT: Options = {
  // Cells stay text: no casting, no column names (the header may come after title rows).
  columns: false,
  cast: false,
  // Short and long rows are reported by the reader, which knows the header's width.
  relax_column_count: true,
  // Explicit terminators: with auto-detection csv-parse keeps only the first one it sees, and a
  // row appended with LF to a CRLF file would silently join the row before it.
  record_delimiter: ['\r\n', '\n', '\r'],
  // Spaces around a quoted cell (`a, "b,c" ,d`) are tolerated; values are trimmed anyway.
  trim: true,
  // Empty lines are records too, so row numbers match a spreadsheet's; the reader skips them.
  skip_empty_lines: false,
};

// rtrim is off here: with it, csv-parse rejects any text after a closing quote even when quotes
// are relaxed, and such a line could then never be read.
const RELAXED: Options = { ...STRICT, relax_quotes: true, trim: false, ltrim: true, rtrim: false };

/** Thrown from on_record to stop csv-parse early; never escapes this module. */
const STOP = Symbol('stop');

export function readCsvRecords(bytes: Uint8Array, lines: LineIndex, sink: RecordSink): void {
  let offset = 0;
  while (offset < bytes.length) {
    const base = offset;
    let cursor = offset;
    let sinkError: { error: unknown } | undefined;
    try {
      parse(bytes.subarray(base), {
        ...STRICT,
        on_record: (cells: string[], info) => {
          const end = base + info.bytes;
          const record: CsvRecord = { cells, start: cursor, end };
          cursor = end;
          let more: boolean;
          try {
            more = sink.record(record);
          } catch (error) {
            sinkError = { error };
            throw STOP;
          }
          if (!more) throw STOP;
          // Returning null keeps csv-parse from collecting records: memory stays per-row.
          return null;
        },
      });
      return;
    } catch (error) {
      if (sinkError !== undefined) throw sinkError.error;
      if (error === STOP) return;
      if (!(error instanceof CsvError)) throw error;
      const lineEnd = lines.endOfLine(cursor);
      if (lineEnd <= cursor) return;
      const cells = parseSingleLine(bytes.subarray(cursor, lineEnd));
      let more: boolean;
      if (cells === undefined) more = sink.malformed({ start: cursor, end: lineEnd, reason: describe(error) });
      else if (error.code === 'INVALID_OPENING_QUOTE') more = sink.record({ cells, start: cursor, end: lineEnd });
      else more = sink.record({ cells, start: cursor, end: lineEnd, problem: `${describe(error)}; the row was read with its quotes kept as text` });
      if (!more) return;
      offset = lineEnd;
    }
  }
}

/** The cells of one physical line read with relaxed quotes, if it is a complete record alone. */
function parseSingleLine(line: Uint8Array): string[] | undefined {
  try {
    const records = parse(line, RELAXED);
    return records.length === 1 ? records[0] : undefined;
  } catch {
    return undefined;
  }
}

function describe(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell opened on this line is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'a quoted cell opened on this line is not closed properly (a closing quote must be followed by a comma or the end of the row)';
    case 'INVALID_OPENING_QUOTE':
      return 'a quote appears inside an unquoted cell';
    default:
      return `the CSV is malformed here (${error.code})`;
  }
}
