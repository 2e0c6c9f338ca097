import { failure } from '../core/errors.js';
import { parseInput, type FormatChoice } from './parse-input.js';
import { makeBlob, maxBytesOf, type ReadOptions, type ReaderContext, type SourceRead } from './source-read.js';

/** What the transport knew about an input besides its bytes (HTTP headers, stdin defaults). */
export interface InputOrigin extends FormatChoice {
  /** Name used for extension-based dispatch; defaults to the locator. */
  readonly name?: string;
  readonly declaredCharset?: string | undefined;
  readonly url?: string | undefined;
}

/** Reads bytes already in memory; see `readSourceBytes`. */
export function readBytesFrom(bytes: Uint8Array, locator: string, options: ReadOptions | undefined, origin: InputOrigin): SourceRead {
  const maxBytes = maxBytesOf(options);
  if (bytes.length > maxBytes) {
    // The bytes are not kept: an oversized input is refused, not stored.
    return tooLarge(locator, bytes.length, maxBytes);
  }
  const blob = makeBlob(bytes);
  const context: ReaderContext = {
    locator,
    sourceHash: blob.hash,
    maxBytes,
    ...(origin.declaredCharset ? { declaredCharset: origin.declaredCharset } : {}),
    ...(origin.url ? { url: origin.url } : {}),
  };
  try {
    const output = parseInput(bytes, origin.name ?? locator, context, { ...origin, forced: options?.format ?? origin.forced });
    if (output.documents.length === 0 && output.failures.length === 0) {
      const empty = failure('INPUT_EMPTY', locator, 'ingest', `${locator}: no documents found (no items, records or HTML responses)`);
      return { locator, blob, documents: [], failures: [empty] };
    }
    return { locator, blob, documents: output.documents, failures: output.failures };
  } catch (error) {
    // Readers return failures; reaching here is a reader bug, still reported as a value.
    const message = `${locator}: the reader failed unexpectedly (${(error as Error).message})`;
    return { locator, blob, documents: [], failures: [failure('UNSUPPORTED_FORMAT', locator, 'ingest', message)] };
  }
}

export function tooLarge(locator: string, size: number, maxBytes: number): SourceRead {
  const message = `${locator}: ${size} bytes is over the limit of ${maxBytes} bytes`;
  return { locator, blob: null, documents: [], failures: [failure('INPUT_TOO_LARGE', locator, 'ingest', message)] };
}

/** Sniffs the format from the name and the bytes; never throws. */
export function readSourceBytes(bytes: Uint8Array, locator: string, options?: ReadOptions): SourceRead {
  return readBytesFrom(bytes, locator, options, {});
}
