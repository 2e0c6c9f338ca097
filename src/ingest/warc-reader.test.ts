import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSourceBytes } from './read-source-bytes.js';
import { dechunk } from './http-payload.js';

function warcRecord(headers: Record<string, string>, block: Buffer): Buffer {
  const lines = ['WARC/1.1', ...Object.entries({ ...headers, 'Content-Length': String(block.length) }).map(([k, v]) => `${k}: ${v}`)];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), block, Buffer.from('\r\n\r\n')]);
}

function http(status: string, headers: Record<string, string>, body: Buffer): Buffer {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), body]);
}

function chunked(body: Buffer, size: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < body.length; i += size) {
    const piece = body.subarray(i, i + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  return Buffer.concat([...parts, Buffer.from('0\r\n\r\n')]);
}

const response = (id: string, uri: string, payload: Buffer): Buffer => warcRecord({
  'WARC-Type': 'response', 'WARC-Record-ID': `<urn:uuid:${id}>`, 'WARC-Date': '2024-03-07T11:00:00Z',
  'WARC-Target-URI': uri, 'Content-Type': 'application/http; msgtype=response',
}, payload);

const PAGE_A = Buffer.from('<html><head><title>Quay works</title></head><body><p>Works on the quay began.</p></body></html>', 'utf8');
const PAGE_B = Buffer.from('<html><body><p>\x93The d\xe9lai is over,\x94 said the mayor of Lune.</p></body></html>', 'latin1');

const RECORDS = [
  warcRecord({ 'WARC-Type': 'warcinfo', 'WARC-Record-ID': '<urn:uuid:info>', 'Content-Type': 'application/warc-fields' }, Buffer.from('software: hand-built\r\n')),
  warcRecord({ 'WARC-Type': 'request', 'WARC-Record-ID': '<urn:uuid:req-a>', 'WARC-Target-URI': 'https://quay.example/a' }, Buffer.from('GET /a HTTP/1.1\r\nHost: quay.example\r\n\r\n')),
  response('rec-a', 'https://quay.example/a', http('200 OK', { 'Content-Type': 'text/html; charset=utf-8', 'Last-Modified': 'Wed, 06 Mar 2024 18:00:00 GMT' }, PAGE_A)),
  response('rec-img', 'https://quay.example/a.jpg', http('200 OK', { 'Content-Type': 'image/jpeg' }, Buffer.from([0xff, 0xd8, 0xff, 0x00]))),
  response('rec-moved', 'https://quay.example/old', http('301 Moved Permanently', { 'Content-Type': 'text/html', Location: '/a' }, Buffer.from('<html>moved</html>'))),
  response('rec-b', '<https://lune.example/b>', http('200 OK', { 'Content-Type': 'text/html; charset=windows-1252', 'Transfer-Encoding': 'chunked' }, chunked(PAGE_B, 16))),
];
const WARC = Buffer.concat(RECORDS);

describe('WARC reader', () => {
  const read = readSourceBytes(WARC, 'crawl/quay.warc');

  it('keeps only 2xx HTML responses, in order, with record locators', () => {
    expect(read.failures).toEqual([]);
    expect(read.documents.map((d) => d.locator)).toEqual(['crawl/quay.warc#record=urn:uuid:rec-a', 'crawl/quay.warc#record=urn:uuid:rec-b']);
    expect(read.documents[0]).toMatchObject({ format: 'warc', kind: 'html', encoding: 'utf-8 (http)', body: PAGE_A.toString('utf8') });
  });

  it('puts the crawl date in extra, never in published', () => {
    const hints = read.documents[0]!.hints;
    expect(hints.url).toBe('https://quay.example/a');
    expect(hints.published).toBeUndefined();
    expect(hints.extra).toEqual({ warcDate: '2024-03-07T11:00:00Z', warcRecordId: 'urn:uuid:rec-a', lastModified: 'Wed, 06 Mar 2024 18:00:00 GMT' });
  });

  it('de-chunks a chunked payload and honours its Content-Type charset', () => {
    const b = read.documents[1]!;
    expect(b.hints.url).toBe('https://lune.example/b');
    expect(b.encoding).toBe('windows-1252 (http)');
    expect(b.body).toBe('<html><body><p>“The délai is over,” said the mayor of Lune.</p></body></html>');
  });

  it('reads a .warc.gz made of one gzip member per record', () => {
    const gz = Buffer.concat(RECORDS.map((r) => gzipSync(r)));
    const fromGz = readSourceBytes(gz, 'crawl/quay.warc.gz');
    expect(fromGz.documents.map((d) => d.body)).toEqual(read.documents.map((d) => d.body));
    expect(fromGz.blob?.hash).not.toBe(read.blob?.hash);
    expect(fromGz.documents[0]?.sourceHash).toBe(fromGz.blob?.hash);
  });

  it('reports a truncated record and keeps the records before it', () => {
    const cut = WARC.subarray(0, WARC.length - 30);
    const partial = readSourceBytes(cut, 'crawl/cut.warc');
    expect(partial.documents.map((d) => d.locator)).toEqual(['crawl/cut.warc#record=urn:uuid:rec-a']);
    expect(partial.failures).toHaveLength(1);
    expect(partial.failures[0]).toMatchObject({ code: 'WARC_MALFORMED', stage: 'ingest.warc' });
    expect(partial.failures[0]?.message).toMatch(/truncated/);
  });

  it('resynchronises after garbage between records', () => {
    const damaged = Buffer.concat([RECORDS[2]!, Buffer.from('garbage line\r\n'), RECORDS[5]!]);
    const result = readSourceBytes(damaged, 'crawl/damaged.warc');
    expect(result.documents).toHaveLength(2);
    expect(result.failures.map((f) => f.code)).toEqual(['WARC_MALFORMED']);
  });

  it('reports a WARC without any HTML response as empty', () => {
    const result = readSourceBytes(Buffer.concat([RECORDS[0]!, RECORDS[1]!]), 'crawl/none.warc');
    expect(result.failures.map((f) => f.code)).toEqual(['INPUT_EMPTY']);
  });
});

describe('dechunk', () => {
  it('returns null for a body that is not chunked after all', () => {
    expect(dechunk(Buffer.from('<html>already de-chunked</html>'))).toBeNull();
  });
});
