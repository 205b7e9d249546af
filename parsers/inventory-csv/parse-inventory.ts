import { statusFromWarnings, type ParseWarning } from '../../src/model/parse-result.js';
import { readCsvRecords, type CsvRecord, type MalformedLine } from './csv-records.js';
import { decodeInventory } from './decode.js';
import { describeSynonyms, isHeaderRow, readHeader, type HeaderLayout } from './headers.js';
import { LineIndex } from './lines.js';
import { nfkc } from './nfkc.js';
import { readRow, type RowPlace } from './read-row.js';
import type { Asset, InventoryEncoding, InventoryResult } from './types.js';
import { makeWarning, quote } from './warnings.js';

/**
 * Reads an asset inventory (情報資産台帳) exported as CSV. Never throws: a file that cannot be
 * read at all is FAILED with a warning saying why; anything else is read row by row, each
 * problem becoming a warning on the row's physical line while the other rows are still read.
 */
export function parseInventory(bytes: Uint8Array, file: string): InventoryResult {
  let encoding: InventoryEncoding = 'utf-8';
  let lines = 0;
  try {
    const decoded = decodeInventory(bytes);
    encoding = decoded.encoding;
    if (!decoded.ok) return failed(file, encoding, new LineIndex(bytes).count, [decoded.warning]);

    // A Buffer view over the same memory, for csv-parse and for cutting row texts out of it.
    const utf8 = Buffer.from(decoded.utf8.buffer, decoded.utf8.byteOffset, decoded.utf8.byteLength);
    const index = new LineIndex(utf8);
    lines = index.count;
    const reader = new InventoryReader(utf8, index);
    readCsvRecords(utf8, index, reader);

    const warnings = [...decoded.warnings, ...reader.warnings].sort((a, b) => a.line - b.line);
    if (reader.layout === undefined) return failed(file, encoding, lines, [reader.noHeaderWarning(), ...warnings]);
    return {
      file,
      encoding,
      status: statusFromWarnings(warnings),
      lines,
      columns: reader.layout.columns,
      assets: reader.assets,
      warnings,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed(file, encoding, lines, [makeWarning(0, '', 'file', `the inventory could not be read because of an internal error: ${message}`, 'unrecognized')]);
  }
}

function failed(file: string, encoding: InventoryEncoding, lines: number, warnings: ParseWarning[]): InventoryResult {
  return { file, encoding, status: 'FAILED', lines, columns: {}, assets: [], warnings };
}

/** Excel exports put a title, a date or a blank row above the header; look this far for it. */
const HEADER_SEARCH_ROWS = 10;

/** A row seen while looking for the header, kept to explain a failure. */
interface HeaderCandidate {
  readonly line: number;
  readonly cells: readonly string[];
  readonly recognized: number;
}

/**
 * Consumes records in order: first the header search, then data rows. Rows are counted the way
 * a spreadsheet counts them (a record, however many lines its cells span, is one row; a
 * malformed line is one row), which is what "row N" in a warning means.
 */
class InventoryReader {
  readonly warnings: ParseWarning[] = [];
  readonly assets: Asset[] = [];
  layout: HeaderLayout | undefined;

  private row = 0;
  private candidate: HeaderCandidate | undefined;
  /** First line of each hostname (case- and width-folded), to report duplicates. */
  private readonly hostnames = new Map<string, number>();

  constructor(
    private readonly bytes: Buffer,
    private readonly lines: LineIndex,
  ) {}

  record(record: CsvRecord): boolean {
    this.row++;
    const line = this.lines.lineOf(record.start);
    if (this.layout === undefined) return this.searchHeader(record, line);
    if (record.cells.every((cell) => cell.trim() === '')) return true;
    const place: RowPlace = { line, context: `row ${this.row}`, text: () => this.textOf(record) };
    if (record.problem !== undefined) this.warnings.push(makeWarning(line, place.text(), place.context, record.problem, 'unrecognized'));
    this.checkWidth(record.cells, this.layout, place);
    const asset = readRow(record.cells, this.layout, place, this.warnings);
    if (asset !== undefined) {
      this.checkDuplicate(asset, place);
      this.assets.push(asset);
    }
    return true;
  }

  malformed(bad: MalformedLine): boolean {
    this.row++;
    const context = this.layout === undefined ? 'before header' : `row ${this.row}`;
    this.warnings.push(
      makeWarning(this.lines.lineOf(bad.start), this.textOf(bad), context, `${bad.reason}; the line was skipped and reading resumed on the next line`, 'unrecognized'),
    );
    return this.layout !== undefined || this.row < HEADER_SEARCH_ROWS;
  }

  /** Takes the first row naming both a hostname and an ip column as the header. */
  private searchHeader(record: CsvRecord, line: number): boolean {
    const layout = readHeader(record.cells);
    if (!isHeaderRow(layout)) {
      const recognized = Object.keys(layout.columns).length;
      const empty = record.cells.every((cell) => cell.trim() === '');
      if (!empty && (this.candidate === undefined || recognized > this.candidate.recognized)) {
        this.candidate = { line, cells: record.cells, recognized };
      }
      return this.row < HEADER_SEARCH_ROWS;
    }
    this.layout = layout;
    const text = this.textOf(record);
    if (layout.unknown.length > 0) {
      const names = layout.unknown.map(quote).join(', ');
      const what = layout.unknown.length === 1 ? `column ${names} is` : `columns ${names} are`;
      this.warnings.push(makeWarning(line, text, 'header', `${what} not part of the inventory model and ignored`, 'unsupported'));
    }
    for (const { column, header } of layout.duplicates) {
      const first = quote(layout.columns[column] ?? column);
      this.warnings.push(
        makeWarning(line, text, 'header', `column ${quote(header)} is another ${column} column; only the first one, ${first}, is read`, 'unsupported'),
      );
    }
    return true;
  }

  /** Extra cells belong to no column; missing cells are read as empty. */
  private checkWidth(cells: readonly string[], layout: HeaderLayout, place: RowPlace): void {
    if (cells.length > layout.width) {
      const extra = cells.slice(layout.width).filter((cell) => cell.trim() !== '');
      // Trailing empty cells are Excel formatting residue, not data.
      if (extra.length === 0) return;
      this.warnings.push(
        makeWarning(
          place.line,
          place.text(),
          place.context,
          `row has ${cells.length} cells but the header has ${layout.width}; the extra values ${extra.map(quote).join(', ')} belong to no column. A value with a comma probably lacks quotes, so values on this row may be in the wrong columns`,
          'unrecognized',
        ),
      );
    } else if (cells.length < layout.width) {
      this.warnings.push(
        makeWarning(place.line, place.text(), place.context, `row has ${cells.length} cells but the header has ${layout.width}; the missing cells were read as empty`, 'invalid'),
      );
    }
  }

  private checkDuplicate(asset: Asset, place: RowPlace): void {
    const key = nfkc(asset.hostname).toLowerCase();
    const first = this.hostnames.get(key);
    if (first === undefined) {
      this.hostnames.set(key, asset.line);
      return;
    }
    this.warnings.push(
      makeWarning(place.line, place.text(), place.context, `hostname ${quote(asset.hostname)} also appears on line ${first}; both rows are kept`, 'invalid'),
    );
  }

  /** The warning of a FAILED file: what the best-looking row held and what names are accepted. */
  noHeaderWarning(): ParseWarning {
    const accepted = describeSynonyms(['hostname', 'ip']);
    const searched = `the first ${HEADER_SEARCH_ROWS} rows`;
    if (this.candidate === undefined) {
      return makeWarning(0, '', 'header', `no header row found in ${searched}: they are empty. A header needs a hostname and an ip column: ${accepted}`, 'unrecognized');
    }
    const found = this.candidate.cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
    const tabs = found.some((cell) => cell.includes('\t')) ? ' The row holds tabs: sansou reads comma-separated files, so save the inventory as CSV.' : '';
    return makeWarning(
      this.candidate.line,
      found.join(','),
      'header',
      `no header row with both a hostname and an ip column in ${searched}; line ${this.candidate.line} has the headers ${found.map(quote).join(', ')}. Accepted names: ${accepted}.${tabs}`,
      'unrecognized',
    );
  }

  private textOf(span: { readonly start: number; readonly end: number }): string {
    return this.bytes.toString('utf8', span.start, span.end);
  }
}
