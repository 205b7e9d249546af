import { readFileSync } from 'node:fs';
import { parseInventory } from '../../../parsers/inventory-csv/index.js';
import type { Asset, InventoryResult } from '../../../parsers/inventory-csv/index.js';
import { formatIp } from '../../../src/space/ip.js';

/** Raw bytes of a fixture in test/fixtures/inventory. */
export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(new URL(`../../fixtures/inventory/${name}`, import.meta.url));
}

export function readFixture(name: string): InventoryResult {
  return parseInventory(fixtureBytes(name), `inventory/${name}`);
}

/** Parses CSV text given inline, as UTF-8. */
export function readText(text: string): InventoryResult {
  return parseInventory(new TextEncoder().encode(text), 'inline.csv');
}

export function asset(result: InventoryResult, hostname: string): Asset {
  const found = result.assets.find((a) => a.hostname === hostname);
  if (found === undefined) throw new Error(`no asset ${hostname}; have ${result.assets.map((a) => a.hostname).join(', ')}`);
  return found;
}

export function addressesOf(a: Asset): string[] {
  return a.addresses.map(formatIp);
}
