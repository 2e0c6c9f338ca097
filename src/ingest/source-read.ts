import type { InputFormat, RawDocument, SourceBlob } from '../core/model.js';
import type { Failure } from '../core/errors.js';
import { sha256 } from '../core/hash.js';

/** Everything read from one input: its verbatim bytes, the documents inside, and what failed. */
export interface SourceRead {
  /** The file path (as given/relative), '-' for stdin, or the URL. */
  readonly locator: string;
  /** Raw bytes of the whole input (null only if it could not be read at all). */
  readonly blob: SourceBlob | null;
  readonly documents: readonly RawDocument[];
  readonly failures: readonly Failure[];
}

export interface ReadOptions {
  /** Largest input (and largest decompressed gzip) accepted; default 50 MiB. */
  readonly maxBytes?: number;
  /** Force a format instead of sniffing it, e.g. 'jsonl' for stdin. */
  readonly format?: InputFormat;
}

/**
 * 50 MiB: far above any single news page or a day's feed dump, small enough that a stray
 * video or disk image given by mistake is refused before it is held in memory.
 */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export function maxBytesOf(options: ReadOptions | undefined): number {
  return options?.maxBytes ?? DEFAULT_MAX_BYTES;
}

export function makeBlob(bytes: Uint8Array): SourceBlob {
  return { hash: sha256(bytes), bytes };
}

/** What a format reader returns before the input-level record is assembled. */
export interface ReaderOutput {
  readonly documents: readonly RawDocument[];
  readonly failures: readonly Failure[];
}

/** Read-only facts a format reader needs about the input it parses. */
export interface ReaderContext {
  readonly locator: string;
  readonly sourceHash: string;
  readonly maxBytes: number;
  /** Charset named by the transport (HTTP Content-Type), strongest hint after a BOM. */
  readonly declaredCharset?: string;
  /** URL the input was fetched from, used as `hints.url` for single-page inputs. */
  readonly url?: string;
}
