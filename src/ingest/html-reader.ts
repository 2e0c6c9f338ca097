import { failure } from '../core/errors.js';
import type { Decoded } from './decode.js';
import type { ReaderContext, ReaderOutput } from './source-read.js';

/** One HTML page: the decoded markup as the body; the extract stage reads its metadata. */
export function readHtml(decoded: Decoded, context: ReaderContext): ReaderOutput {
  if (decoded.text.trim() === '') {
    return { documents: [], failures: [failure('INPUT_EMPTY', context.locator, 'ingest.html', `${context.locator}: the page holds no markup or text`)] };
  }
  return {
    documents: [{
      sourceHash: context.sourceHash,
      locator: context.locator,
      format: 'html',
      kind: 'html',
      body: decoded.text,
      encoding: decoded.encoding,
      hints: context.url ? { url: context.url } : {},
    }],
    failures: [],
  };
}
