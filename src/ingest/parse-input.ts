import { failure, type Failure } from '../core/errors.js';
import type { InputFormat } from '../core/model.js';
import { decodeBytes } from './decode.js';
import { readFeed } from './feed-reader.js';
import { gunzipGuarded, innerName } from './gzip.js';
import { readHtml } from './html-reader.js';
import { readJsonl } from './jsonl-reader.js';
import { binaryReason, formatFromName, isGzip, sniffContent, type SniffedFormat } from './sniff-format.js';
import type { ReaderContext, ReaderOutput } from './source-read.js';
import { readText } from './text-reader.js';
import { readWarc } from './warc-reader.js';

/** How to choose the format: forced > transport (HTTP type) > name > content > fallback. */
export interface FormatChoice {
  readonly forced?: InputFormat | undefined;
  readonly transport?: SniffedFormat | null | undefined;
  /** Used when neither the name nor the content decides (stdin reads JSONL). */
  readonly fallback?: SniffedFormat | undefined;
}

/** gzip inside gzip is legitimate once (a `.gz` of a `.warc.gz`); deeper nesting is refused. */
const MAX_GZIP_DEPTH = 2;

function fail(code: Failure['code'], context: ReaderContext, stage: string, why: string): ReaderOutput {
  return { documents: [], failures: [failure(code, context.locator, stage, `${context.locator}: ${why}`)] };
}

/** Parses one input's bytes (`name` drives extension-based dispatch) into documents and failures. */
export function parseInput(bytes: Uint8Array, name: string, context: ReaderContext, choice: FormatChoice, depth = 0): ReaderOutput {
  if (bytes.length === 0) return fail('INPUT_EMPTY', context, 'ingest', 'the input holds no bytes');
  if (isGzip(bytes)) {
    if (depth >= MAX_GZIP_DEPTH) return fail('UNSUPPORTED_FORMAT', context, 'ingest.gzip', 'gzip nested more than twice');
    const inner = gunzipGuarded(bytes, context.locator, context.maxBytes);
    if (!(inner instanceof Uint8Array)) return { documents: [], failures: [inner] };
    return parseInput(inner, innerName(name), context, choice, depth + 1);
  }
  const named = formatFromName(name);
  // A `.gz` name on bytes that are not gzip: already decompressed on the way (HTTP servers do).
  const byName = named === 'gzip' ? formatFromName(innerName(name)) : named;
  const format = choice.forced ?? choice.transport ?? byName ?? sniffContent(bytes) ?? choice.fallback ?? 'text';
  return parseFormat(bytes, format, context);
}

function parseFormat(bytes: Uint8Array, format: SniffedFormat, context: ReaderContext): ReaderOutput {
  if (format === 'warc') return readWarc(bytes, context);
  if (format === 'gzip') return fail('GZIP_CORRUPT', context, 'ingest.gzip', 'named as gzip but does not start with the gzip signature');
  if (format === 'xml') return fail('UNSUPPORTED_FORMAT', context, 'ingest', 'XML that is neither an RSS nor an Atom feed');
  const binary = binaryReason(bytes);
  if (binary) return fail('INPUT_BINARY', context, 'ingest', `binary data, not text (${binary})`);
  const markup = format === 'html' || format === 'feed';
  const decoded = decodeBytes(bytes, { declaredCharset: context.declaredCharset, prescan: markup });
  if (decoded.text.trim() === '') return fail('INPUT_EMPTY', context, 'ingest', 'the input holds only whitespace');
  switch (format) {
    case 'html': return readHtml(decoded, context);
    case 'feed': return readFeed(decoded, context);
    case 'jsonl': return readJsonl(decoded, context, 'lines');
    case 'json': return readJsonl(decoded, context, 'auto');
    case 'text': return readText(decoded, context);
  }
}
