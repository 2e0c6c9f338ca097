import { failure } from '../core/errors.js';
import { charsetOfContentType } from './declared-charset.js';
import { readBytesFrom } from './read-source-bytes.js';
import type { SniffedFormat } from './sniff-format.js';
import { maxBytesOf, type ReadOptions, type SourceRead } from './source-read.js';

/** 30 s: generous for one article page; a stuck server should not stall a whole batch. */
const DEFAULT_TIMEOUT_MS = 30_000;

/** The format a Content-Type names; null leaves the choice to the URL's name and the bytes. */
export function formatFromContentType(contentType: string | null): SniffedFormat | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/rss+xml' || type === 'application/atom+xml' || type === 'application/rdf+xml') return 'feed';
  if (type === 'application/json') return 'json';
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/x-jsonlines') return 'jsonl';
  if (type === 'application/warc') return 'warc';
  // text/plain, text/xml, octet-stream … are often wrong: let name and content decide.
  return null;
}

function fetchFailed(url: string, why: string): SourceRead {
  return { locator: url, blob: null, documents: [], failures: [failure('FETCH_FAILED', url, 'ingest.url', `${url}: ${why}`)] };
}

/** The body, or null once it passes `maxBytes` (servers need not send Content-Length). */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

/** Fetches one URL with the global fetch and reads the response like a file; never throws. */
export async function fetchUrl(url: string, options?: ReadOptions & { timeoutMs?: number }): Promise<SourceRead> {
  const maxBytes = maxBytesOf(options);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(options?.timeoutMs ?? DEFAULT_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    return fetchFailed(url, `request failed (${(error as Error).message}${cause ? `: ${cause}` : ''})`);
  }
  if (!response.ok) return fetchFailed(url, `server answered ${response.status} ${response.statusText}`.trim());
  const declaredLength = Number(response.headers.get('content-length'));
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
    await response.body?.cancel();
    return fetchFailed(url, `response of ${declaredLength} bytes is over the limit of ${maxBytes} bytes`);
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readBody(response, maxBytes);
  } catch (error) {
    return fetchFailed(url, `response body could not be read (${(error as Error).message})`);
  }
  if (bytes === null) return fetchFailed(url, `response is over the limit of ${maxBytes} bytes`);
  const contentType = response.headers.get('content-type');
  const finalUrl = response.url || url;
  return readBytesFrom(bytes, url, options, {
    name: new URL(finalUrl).pathname,
    transport: formatFromContentType(contentType),
    declaredCharset: charsetOfContentType(contentType),
    url: finalUrl,
  });
}
