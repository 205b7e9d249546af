import type { ParseWarning, FileStatus } from '../../src/model/parse-result.js';
import type { IpAddress } from '../../src/space/ip.js';

/** Canonical inventory columns (DESIGN.md §2). */
export type InventoryColumn =
  | 'hostname'
  | 'ip'
  | 'segment'
  | 'role'
  | 'classification'
  | 'location'
  | 'owner'
  | 'mac'
  | 'notes';

/** Text encodings the inventory reader detects. */
export type InventoryEncoding = 'utf-8' | 'utf-8-bom' | 'cp932';

/** One row of the asset inventory (情報資産台帳). All values are text as written, trimmed. */
export interface Asset {
  /** 1-based line of the row in the file. */
  readonly line: number;
  readonly hostname: string;
  /** Every valid address in the ip column; invalid ones are warned about and left out. */
  readonly addresses: readonly IpAddress[];
  /**
   * The segment as written: a segment id ("lgwan") or a Japanese name
   * ("LGWAN接続系"). Resolution against the site happens later.
   */
  readonly segment?: string;
  /** Role normalized to lower case ("sanitizer-file", "screen-transfer", "terminal"). */
  readonly role?: string;
  /**
   * Classification normalized: "3A", "3B", "3C", "2", "1" (機密性) or "level1", "level2"
   * (セキュリティレベル).
   */
  readonly classification?: string;
  readonly location?: string;
  readonly owner?: string;
  readonly mac?: string;
  readonly notes?: string;
}

/** The outcome of reading one inventory file. */
export interface InventoryResult {
  /** Snapshot-relative path. */
  readonly file: string;
  readonly encoding: InventoryEncoding;
  readonly status: FileStatus;
  readonly lines: number;
  /** Header as written for each recognized canonical column. */
  readonly columns: Partial<Record<InventoryColumn, string>>;
  readonly assets: readonly Asset[];
  readonly warnings: readonly ParseWarning[];
}
