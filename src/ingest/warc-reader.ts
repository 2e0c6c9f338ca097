import { failure, type Failure } from '../core/errors.js';
import type { RawDocument } from '../core/model.js';
import { charsetOfContentType } from './declared-charset.js';
import { decodeBytes } from './decode.js';
import { parseHttpResponse } from './http-payload.js';
import { sniffContent } from './sniff-format.js';
import type { ReaderContext, ReaderOutput } from './source-read.js';
import { splitWarcRecords, type WarcRecord } from './warc-records.js';

interface HtmlPayload {
  readonly body: Uint8Array;
  readonly contentType: string | undefined;
  readonly lastModified: string | undefined;
}

function isHtml(contentType: string | undefined, body: Uint8Array): boolean {
  if (contentType) return /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType);
  return sniffContent(body) === 'html';
}

/**
 * The HTML page a record carries, or null for anything else: `response` records with a 2xx
 * HTML payload (redirects and error pages are not articles) and `resource` records of HTML.
 */
function htmlPayload(record: WarcRecord, maxBytes: number): HtmlPayload | null {
  const type = (record.headers.get('warc-type') ?? '').toLowerCase();
  if (type === 'resource') {
    const contentType = record.headers.get('content-type');
    return isHtml(contentType, record.block) ? { body: record.block, contentType, lastModified: undefined } : null;
  }
  if (type !== 'response') return null;
  const response = parseHttpResponse(record.block, maxBytes);
  if (!response || response.status < 200 || response.status > 299) return null;
  const contentType = response.headers.get('content-type');
  if (!isHtml(contentType, response.body) || response.body.length === 0) return null;
  return { body: response.body, contentType, lastModified: response.headers.get('last-modified') };
}

function unbracket(value: string | undefined): string | undefined {
  return value?.trim().replace(/^<(.*)>$/, '$1') || undefined;
}

function recordDocument(record: WarcRecord, payload: HtmlPayload, context: ReaderContext): RawDocument {
  const id = unbracket(record.headers.get('warc-record-id'));
  const decoded = decodeBytes(payload.body, { declaredCharset: charsetOfContentType(payload.contentType), prescan: true });
  const url = unbracket(record.headers.get('warc-target-uri'));
  const warcDate = record.headers.get('warc-date');
  // WARC-Date is when the page was crawled, not published: kept only as a fallback clue.
  const extra = {
    ...(warcDate ? { warcDate } : {}),
    ...(id ? { warcRecordId: id } : {}),
    ...(payload.lastModified ? { lastModified: payload.lastModified } : {}),
  };
  return {
    sourceHash: context.sourceHash,
    locator: id ? `${context.locator}#record=${id}` : `${context.locator}#offset=${record.offset}`,
    format: 'warc',
    kind: 'html',
    body: decoded.text,
    encoding: decoded.encoding,
    hints: { ...(url ? { url } : {}), extra },
  };
}

/** WARC 1.0/1.1: one html document per HTML response record; other records are skipped. */
export function readWarc(bytes: Uint8Array, context: ReaderContext): ReaderOutput {
  const { records, problems } = splitWarcRecords(bytes);
  const failures: Failure[] = problems.map((problem) => {
    const locator = `${context.locator}#offset=${problem.offset}`;
    return failure('WARC_MALFORMED', locator, 'ingest.warc', `${locator}: ${problem.message}`);
  });
  const documents: RawDocument[] = [];
  for (const record of records) {
    const payload = htmlPayload(record, context.maxBytes);
    if (payload) documents.push(recordDocument(record, payload, context));
  }
  return { documents, failures };
}
