import { fnv1a32 } from '../../core/hash.js';

/**
 * 64-bit SimHash over weighted terms, as 16 hex chars. Two 32-bit halves from two seeded
 * FNV hashes, since JavaScript bit operations are 32-bit.
 */
export function simhash(terms: readonly { term: string; weight: number }[]): string {
  const votes = new Array<number>(64).fill(0);
  for (const { term, weight } of terms) {
    const high = fnv1a32(term, 0x9e3779b9);
    const low = fnv1a32(term);
    for (let bit = 0; bit < 32; bit++) {
      votes[bit] = (votes[bit] ?? 0) + ((high >>> (31 - bit)) & 1 ? weight : -weight);
      votes[bit + 32] = (votes[bit + 32] ?? 0) + ((low >>> (31 - bit)) & 1 ? weight : -weight);
    }
  }
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) value = (value << 1) | ((votes[nibble * 4 + bit] ?? 0) > 0 ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

/** Number of differing bits between two SimHash hex strings (0..64). */
export function simhashDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < 16; i++) {
    let x = parseInt(a[i] ?? '0', 16) ^ parseInt(b[i] ?? '0', 16);
    while (x) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance;
}
