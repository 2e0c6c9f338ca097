import { createHash } from 'node:crypto';

/** sha256 hex of bytes or a UTF-8 string. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A short stable id with a prefix: `a_3f9c…` (16 hex chars of sha256 over the parts). */
export function stableId(prefix: string, ...parts: readonly string[]): string {
  return `${prefix}_${sha256(parts.join('\u0000')).slice(0, 16)}`;
}

/**
 * 32-bit FNV-1a with a seed. Used where hashing must be fast and deterministic across
 * runs and machines (MinHash, LSH bands), unlike JavaScript's randomised Map ordering.
 */
export function fnv1a32(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
