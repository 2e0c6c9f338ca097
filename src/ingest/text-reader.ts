import { failure } from '../core/errors.js';
import type { Decoded } from './decode.js';
import type { ReaderContext, ReaderOutput } from './source-read.js';
import { splitTextHeader } from './text-header.js';

/** Plain text: one document, with an optional `key: value` header turned into hints. */
export function readText(decoded: Decoded, context: ReaderContext): ReaderOutput {
  const { hints, body } = splitTextHeader(decoded.text);
  if (body.trim() === '') {
    return { documents: [], failures: [failure('INPUT_EMPTY', context.locator, 'ingest.text', `${context.locator}: the text holds no article body`)] };
  }
  return {
    documents: [{
      sourceHash: context.sourceHash,
      locator: context.locator,
      format: 'text',
      kind: 'text',
      body,
      encoding: decoded.encoding,
      hints: context.url && hints.url === undefined ? { ...hints, url: context.url } : hints,
    }],
    failures: [],
  };
}
