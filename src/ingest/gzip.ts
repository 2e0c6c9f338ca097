import { gunzipSync } from 'node:zlib';
import { failure, type Failure } from '../core/errors.js';

/**
 * Decompresses gzip data, including concatenated members (per-record `.warc.gz`), refusing
 * output larger than `maxBytes` so a small "zip bomb" cannot exhaust memory.
 */
export function gunzipGuarded(bytes: Uint8Array, locator: string, maxBytes: number): Uint8Array | Failure {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      return failure('INPUT_TOO_LARGE', locator, 'ingest.gzip',
        `${locator}: decompressed data exceeds the limit of ${maxBytes} bytes`);
    }
    return failure('GZIP_CORRUPT', locator, 'ingest.gzip',
      `${locator}: gzip data is truncated or corrupt (${(error as Error).message})`);
  }
}

/** The name a gzip file had before compression: `items.jsonl.gz` → `items.jsonl`. */
export function innerName(name: string): string {
  return name.replace(/\.(gz|gzip)$/i, '');
}
