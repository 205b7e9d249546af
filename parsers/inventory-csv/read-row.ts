import type { ParseWarning } from '../../src/model/parse-result.js';
import type { IpAddress } from '../../src/space/ip.js';
import { readAddressCell } from './addresses.js';
import type { HeaderLayout } from './headers.js';
import { nfkc } from './nfkc.js';
import { normalizeClassification, normalizeRole } from './normalize.js';
import type { Asset, InventoryColumn } from './types.js';
import { makeWarning, quote } from './warnings.js';

/** Where a row is, for its asset and warnings. */
export interface RowPlace {
  /** Physical line the row starts on. */
  readonly line: number;
  /** "row 12": the spreadsheet row, which differs from the line once a cell spans lines. */
  readonly context: string;
  /** The row's raw text; computed only when a warning needs it. */
  readonly text: () => string;
}

type MutableAsset = { -readonly [K in keyof Asset]: Asset[K] };

/**
 * One data row to an asset. Values stay text as written (trimmed): an 管理番号-like "007" or a
 * hostname "0123" keeps its zeros. Only the values compared against a vocabulary (ip, mac,
 * role, classification) are NFKC-normalized; names and notes are people's words and are kept.
 * Returns no asset when the row has no hostname, since nothing downstream could name it.
 */
export function readRow(
  cells: readonly string[],
  layout: HeaderLayout,
  place: RowPlace,
  warnings: ParseWarning[],
): Asset | undefined {
  const value = (column: InventoryColumn): string => {
    const index = layout.indexes[column];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const header = (column: InventoryColumn): string => `${column} column ${quote(layout.columns[column] ?? column)}`;
  const warn = (comment: string): void => {
    warnings.push(makeWarning(place.line, place.text(), place.context, comment, 'invalid'));
  };

  const hostname = value('hostname');
  if (hostname === '') {
    warn(`${header('hostname')} is empty; the row was skipped because an asset needs a name`);
    return undefined;
  }

  const asset: MutableAsset = { line: place.line, hostname, addresses: readAddresses(value('ip'), header('ip'), warn) };

  const segment = value('segment');
  if (segment !== '') asset.segment = segment;

  const role = normalizeRole(value('role'));
  if (role !== undefined) asset.role = role;

  const classificationText = value('classification');
  if (classificationText !== '') {
    const classification = normalizeClassification(classificationText);
    if (classification.ok) asset.classification = classification.value;
    else warn(`${header('classification')}: ${quote(classificationText)} is not a known classification (${classification.hint}); it was left unset`);
  }

  const location = value('location');
  if (location !== '') asset.location = location;
  const owner = value('owner');
  if (owner !== '') asset.owner = owner;
  const mac = nfkc(value('mac')).trim();
  if (mac !== '') asset.mac = mac;
  const notes = value('notes');
  if (notes !== '') asset.notes = notes;
  return asset;
}

function readAddresses(cell: string, header: string, warn: (comment: string) => void): IpAddress[] {
  if (cell === '') {
    warn(`${header} is empty; the asset is kept without addresses`);
    return [];
  }
  const { addresses, invalid } = readAddressCell(cell);
  for (const piece of invalid) {
    const why = piece.includes('/')
      ? ' (a prefix length makes it a network, not a host address)'
      : /^\d+(\.\d+){3}$/.test(piece) && /(^|\.)0\d/.test(piece)
        ? ' (an octet with a leading zero is ambiguous; write 192.168.1.10, not 192.168.001.010)'
        : '';
    warn(`${header}: ${quote(piece)} is not a valid IPv4 or IPv6 address${why}; it was left out`);
  }
  if (addresses.length === 0) warn(`${header} holds no valid address; the asset is kept without addresses`);
  return [...addresses];
}
