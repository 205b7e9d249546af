import { parseIp, type IpAddress } from '../../src/space/ip.js';
import { nfkc } from './nfkc.js';

/**
 * The ip cell of one row. A host with several interfaces lists them in one cell, separated by
 * whatever the person typed: ';', ',', '、', '／', spaces or line breaks inside the cell. The cell
 * is split before NFKC, because NFKC turns '／' into '/', which would then be indistinguishable
 * from a prefix length ("10.0.0.1/24" is not a host address and must be reported, not split).
 * Each piece is then NFKC-normalized, so full-width digits and dots read as ASCII.
 */
const SEPARATORS = /[;,、／，；\s]+/u;

export interface AddressCell {
  readonly addresses: readonly IpAddress[];
  /** Pieces that are not a strict IPv4 or IPv6 address, as written (after NFKC). */
  readonly invalid: readonly string[];
}

export function readAddressCell(cell: string): AddressCell {
  const addresses: IpAddress[] = [];
  const invalid: string[] = [];
  for (const piece of cell.split(SEPARATORS)) {
    const text = nfkc(piece).trim();
    if (text === '') continue;
    const address = parseIp(text);
    if (address === undefined) invalid.push(text);
    else addresses.push(address);
  }
  return { addresses, invalid };
}
