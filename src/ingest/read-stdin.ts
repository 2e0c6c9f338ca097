import { failure } from '../core/errors.js';
import { readBytesFrom } from './read-source-bytes.js';
import { maxBytesOf, type ReadOptions, type SourceRead } from './source-read.js';

const STDIN = '-';

/**
 * Reads standard input. JSONL unless `options.format` says otherwise or the bytes are
 * clearly something else (gzip, HTML, a feed, WARC, a JSON array), so `cat page.html | …` works too.
 */
export async function readStdin(stream: NodeJS.ReadableStream, options?: ReadOptions): Promise<SourceRead> {
  const maxBytes = maxBytesOf(options);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      size += buffer.length;
      // Keep draining so the writer is not blocked, but stop holding bytes past the limit.
      if (size <= maxBytes) chunks.push(buffer);
    }
  } catch (error) {
    const message = `${STDIN}: standard input could not be read (${(error as Error).message})`;
    return { locator: STDIN, blob: null, documents: [], failures: [failure('INPUT_UNREADABLE', STDIN, 'ingest', message)] };
  }
  if (size > maxBytes) {
    const message = `${STDIN}: ${size} bytes is over the limit of ${maxBytes} bytes`;
    return { locator: STDIN, blob: null, documents: [], failures: [failure('INPUT_TOO_LARGE', STDIN, 'ingest', message)] };
  }
  return readBytesFrom(Buffer.concat(chunks), STDIN, options, { name: '', fallback: 'jsonl' });
}
