/**
 * ICAO 24-bit address blocks by State of registry: a binary search over the sorted, non-overlapping
 * blocks of ICAO Annex 10 Vol. III, Table 9-1 (data/sources/icao-address-blocks.tsv, generated into
 * address-blocks.generated.ts by `npm run identity-tables`).
 */
import type { AddressBlock, AddressBlocks } from '../types';
import { ADDRESS_BLOCKS } from './address-blocks.generated';

export const ADDRESS_BLOCKS_SOURCE = 'ICAO Annex 10 Vol. III, Table 9-1 (aircraft address allocation)';

/**
 * An AddressBlocks over `blocks`, which must be sorted by start and must not overlap (checked: a table
 * that breaks this throws, naming the two blocks).
 */
export function createAddressBlocks(
  blocks: readonly AddressBlock[],
  source = ADDRESS_BLOCKS_SOURCE,
): AddressBlocks {
  for (let i = 1; i < blocks.length; i++) {
    const [a, b] = [blocks[i - 1]!, blocks[i]!];
    if (b.start <= a.end)
      throw new Error(
        `address block ${i} (${b.stateName}) overlaps or precedes block ${i - 1} (${a.stateName})`,
      );
  }
  return {
    source,
    blockOf(icao24: string) {
      if (!/^[0-9a-fA-F]{6}$/.test(icao24)) return undefined;
      const n = parseInt(icao24, 16);
      // The last block whose start is <= n, then n must lie inside it.
      let lo = 0;
      let hi = blocks.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        if (blocks[mid]!.start <= n) lo = mid + 1;
        else hi = mid - 1;
      }
      const block = blocks[hi];
      return block && n <= block.end ? block : undefined;
    },
  };
}

/** The bundled allocation (every State of Table 9-1 we could verify). */
export const addressBlocks: AddressBlocks = createAddressBlocks(ADDRESS_BLOCKS);
