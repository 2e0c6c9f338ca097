import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { findHeadEnd, parseHeaderLines } from './warc-records.js';

/** An HTTP response as a WARC stores it: status line, headers, then the payload bytes. */
export interface HttpResponse {
  readonly status: number;
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Uint8Array;
}

export function parseHttpResponse(block: Uint8Array, maxBytes: number): HttpResponse | null {
  const buffer = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  const head = findHeadEnd(buffer, 0);
  if (!head) return null;
  const lines = buffer.subarray(0, head.headEnd).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!status?.[1]) return null;
  const headers = parseHeaderLines(lines.slice(1));
  let body: Uint8Array = buffer.subarray(head.bodyStart);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
  body = decodeContentEncoding(body, headers.get('content-encoding') ?? '', maxBytes);
  return { status: Number(status[1]), headers, body };
}

/**
 * Removes chunked transfer framing. Returns null when the bytes are not chunked after all:
 * many crawlers store the payload de-chunked but keep the original header.
 */
export function dechunk(body: Uint8Array): Uint8Array | null {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const parts: Buffer[] = [];
  let position = 0;
  while (position < buffer.length) {
    const lineEnd = buffer.indexOf('\n', position, 'latin1');
    if (lineEnd < 0) return null;
    const sizeText = buffer.subarray(position, lineEnd).toString('latin1').replace(/;.*$/, '').trim();
    if (!/^[0-9a-f]+$/i.test(sizeText)) return null;
    const size = parseInt(sizeText, 16);
    if (size === 0) return Buffer.concat(parts);
    const start = lineEnd + 1;
    if (start + size > buffer.length) return null;
    parts.push(buffer.subarray(start, start + size));
    position = start + size;
    if (buffer[position] === 0x0d) position++;
    if (buffer[position] === 0x0a) position++;
  }
  // Ran out without the final 0-size chunk: a cut-off capture; keep what arrived.
  return Buffer.concat(parts);
}

/** Undoes Content-Encoding; on failure the bytes are returned as stored (often already decoded). */
function decodeContentEncoding(body: Uint8Array, encoding: string, maxBytes: number): Uint8Array {
  const name = encoding.trim().toLowerCase();
  const options = { maxOutputLength: maxBytes };
  try {
    if ((name === 'gzip' || name === 'x-gzip') && body[0] === 0x1f && body[1] === 0x8b) return gunzipSync(body, options);
    if (name === 'deflate') {
      try {
        return inflateSync(body, options);
      } catch {
        return inflateRawSync(body, options);
      }
    }
    if (name === 'br') return brotliDecompressSync(body, options);
  } catch {
    return body;
  }
  return body;
}
