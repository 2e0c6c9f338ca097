/**
 * Splits a WARC 1.0/1.1 file into records: a `WARC/1.x` version line, `Name: value`
 * headers, a blank line, `Content-Length` bytes of block, then CRLF CRLF.
 */

export interface WarcRecord {
  /** Byte offset of the record's version line, for locators of records without an id. */
  readonly offset: number;
  /** Header names lower-cased. */
  readonly headers: ReadonlyMap<string, string>;
  readonly block: Uint8Array;
}

export interface WarcProblem {
  readonly offset: number;
  readonly message: string;
}

/** Header lines of an HTTP or WARC head, names lower-cased; folded lines are joined. */
export function parseHeaderLines(lines: readonly string[]): Map<string, string> {
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last !== null) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const previous = headers.get(last);
    headers.set(last, previous === undefined ? value : `${previous}, ${value}`);
  }
  return headers;
}

/** Where the head ends (index of the first body byte) and where the blank line starts. */
export function findHeadEnd(buffer: Buffer, from: number): { headEnd: number; bodyStart: number } | null {
  const crlf = buffer.indexOf('\r\n\r\n', from, 'latin1');
  const lf = buffer.indexOf('\n\n', from, 'latin1');
  if (crlf >= 0 && (lf < 0 || crlf <= lf)) return { headEnd: crlf, bodyStart: crlf + 4 };
  if (lf >= 0) return { headEnd: lf, bodyStart: lf + 2 };
  return null;
}

function skipLineBreaks(buffer: Buffer, position: number): number {
  let p = position;
  while (p < buffer.length && (buffer[p] === 0x0d || buffer[p] === 0x0a)) p++;
  return p;
}

/** The next `WARC/` version line at a line start after `from`, to resynchronise after damage. */
function nextRecordStart(buffer: Buffer, from: number): number {
  const found = buffer.indexOf('\nWARC/', from, 'latin1');
  return found < 0 ? -1 : found + 1;
}

export function splitWarcRecords(bytes: Uint8Array): { records: WarcRecord[]; problems: WarcProblem[] } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: WarcRecord[] = [];
  const problems: WarcProblem[] = [];
  let position = skipLineBreaks(buffer, 0);
  while (position < buffer.length) {
    const offset = position;
    const head = buffer.subarray(offset, offset + 5).toString('latin1') === 'WARC/' ? findHeadEnd(buffer, offset) : null;
    const lines = head ? buffer.subarray(offset, head.headEnd).toString('utf8').split(/\r?\n/) : [];
    const length = Number(parseHeaderLines(lines.slice(1)).get('content-length'));
    let problem: string | null = null;
    if (!head) problem = 'no WARC/1.x version line and header block here';
    else if (!Number.isInteger(length) || length < 0) problem = 'the record has no valid Content-Length header';
    else if (head.bodyStart + length > buffer.length) problem = `the record is truncated: Content-Length ${length} runs past the end of the file`;
    if (problem !== null || !head) {
      problems.push({ offset, message: problem ?? 'unreadable record' });
      const next = nextRecordStart(buffer, offset + 1);
      if (next < 0) break;
      position = next;
      continue;
    }
    records.push({ offset, headers: parseHeaderLines(lines.slice(1)), block: buffer.subarray(head.bodyStart, head.bodyStart + length) });
    position = skipLineBreaks(buffer, head.bodyStart + length);
  }
  return { records, problems };
}
