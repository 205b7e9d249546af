import { nfkc } from './nfkc.js';
import type { InventoryColumn } from './types.js';

/**
 * Header cells to canonical columns. Every municipality keeps its own 台帳 layout, so a column
 * is known by any of several names, Japanese or English. Names are compared after NFKC (full-
 * width letters, digits and spaces become ASCII), case folding and removal of spaces, '_' and
 * '-', so "ＩＰ　アドレス", "ip_address" and "IP Address" all match. A name must match a whole
 * cell: "MACアドレス" is the mac column even though it ends with "アドレス".
 */
export const HEADER_SYNONYMS: Readonly<Record<InventoryColumn, readonly string[]>> = {
  hostname: ['hostname', 'ホスト名', '機器名', '資産名', 'host', 'host name', 'name', 'device', 'device name'],
  ip: ['ip', 'IPアドレス', 'アドレス', 'address', 'ip address', 'ipv4アドレス', 'ipv4 address'],
  segment: ['segment', '系統', '領域', 'ネットワーク区分', 'セグメント', 'zone', 'ゾーン'],
  role: ['role', '役割', '用途', '種別'],
  classification: ['classification', '機密性', '重要度', 'セキュリティレベル', '分類', 'security level'],
  location: ['location', '設置場所', '場所'],
  owner: ['owner', '管理者', '所管', '担当', '担当者', '所管課'],
  mac: ['mac', 'MACアドレス', 'mac address'],
  notes: ['notes', 'note', '備考', 'メモ', 'comment', 'comments', 'remarks'],
};

/** The order columns are listed in messages. */
const COLUMN_ORDER = Object.keys(HEADER_SYNONYMS) as InventoryColumn[];

/** The text of a header cell as a person wrote it: no BOM, no surrounding space. */
export function headerAsWritten(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim();
}

/** The comparison key of a header cell or synonym. */
export function headerKey(cell: string): string {
  return nfkc(headerAsWritten(cell))
    .replace(/^["'“”‘’「」『』]+|["'“”‘’「」『』]+$/g, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

const BY_KEY: ReadonlyMap<string, InventoryColumn> = new Map(
  COLUMN_ORDER.flatMap((column) => HEADER_SYNONYMS[column].map((name) => [headerKey(name), column] as const)),
);

export function columnOfHeader(cell: string): InventoryColumn | undefined {
  return BY_KEY.get(headerKey(cell));
}

/** How a header row maps cells to columns. */
export interface HeaderLayout {
  /** Header as written for each recognized column (the first cell naming it). */
  readonly columns: Partial<Record<InventoryColumn, string>>;
  /** Cell index of each recognized column. */
  readonly indexes: Partial<Record<InventoryColumn, number>>;
  /** Number of cells in the header row. */
  readonly width: number;
  /** Non-empty headers that name no column, as written. */
  readonly unknown: readonly string[];
  /** Later cells naming a column already taken; only the first one is read. */
  readonly duplicates: ReadonlyArray<{ readonly column: InventoryColumn; readonly header: string }>;
}

export function readHeader(cells: readonly string[]): HeaderLayout {
  const columns: Partial<Record<InventoryColumn, string>> = {};
  const indexes: Partial<Record<InventoryColumn, number>> = {};
  const unknown: string[] = [];
  const duplicates: Array<{ column: InventoryColumn; header: string }> = [];
  cells.forEach((cell, index) => {
    const written = headerAsWritten(cell);
    if (written === '') return;
    const column = columnOfHeader(cell);
    if (column === undefined) unknown.push(written);
    else if (indexes[column] !== undefined) duplicates.push({ column, header: written });
    else {
      columns[column] = written;
      indexes[column] = index;
    }
  });
  return { columns, indexes, width: cells.length, unknown, duplicates };
}

/** A header row names at least the two columns an asset cannot do without. */
export function isHeaderRow(layout: HeaderLayout): boolean {
  return layout.indexes.hostname !== undefined && layout.indexes.ip !== undefined;
}

/** "hostname (hostname, ホスト名, ...)" for the columns given, for error messages. */
export function describeSynonyms(columns: readonly InventoryColumn[]): string {
  return columns.map((column) => `${column} (${HEADER_SYNONYMS[column].join(', ')})`).join('; ');
}
