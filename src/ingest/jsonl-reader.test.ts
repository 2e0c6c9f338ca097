import { describe, expect, it } from 'vitest';
import { readSourceBytes } from './read-source-bytes.js';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');

const JSONL = [
  JSON.stringify({ id: 'hg-1', url: 'https://harbour-gazette.example/a', title: 'Pier closes', published: '2024-03-05T09:00:00Z', outlet: 'Harbour Gazette', author: 'Mina Castell, Joel Ardent', text: 'The old pier closed on Tuesday.', section: 'local' }),
  '{"id": "hg-2", "text": "broken',
  '',
  JSON.stringify({ id: 7, html: '<html><body><p>Ferry resumes.</p></body></html>', date: '2024-03-06', source: { id: 'vc', name: 'Valley Courier' }, authors: ['Ada Ferro'] }),
  JSON.stringify({ id: 'hg-4', title: 'No body here' }),
  JSON.stringify(['not', 'an', 'object']),
].join('\n');

describe('JSONL reader', () => {
  const read = readSourceBytes(bytes(JSONL), 'feeds/items.jsonl');

  it('reads good lines in order and maps the known fields to hints', () => {
    expect(read.documents.map((d) => d.locator)).toEqual(['feeds/items.jsonl#line=1', 'feeds/items.jsonl#line=4']);
    const [first, second] = read.documents;
    expect(first).toMatchObject({ format: 'jsonl', kind: 'text', body: 'The old pier closed on Tuesday.' });
    expect(first?.hints).toEqual({
      id: 'hg-1', url: 'https://harbour-gazette.example/a', title: 'Pier closes', published: '2024-03-05T09:00:00Z',
      outlet: 'Harbour Gazette', authors: ['Mina Castell', 'Joel Ardent'], extra: { section: 'local' },
    });
    expect(second).toMatchObject({ kind: 'html', hints: { id: '7', published: '2024-03-06', outlet: 'Valley Courier', authors: ['Ada Ferro'] } });
  });

  it('reports a malformed line with its line number and carries on', () => {
    const malformed = read.failures.filter((f) => f.code === 'JSON_MALFORMED');
    expect(malformed).toHaveLength(1);
    expect(malformed[0]).toMatchObject({ locator: 'feeds/items.jsonl#line=2', stage: 'ingest.jsonl' });
    expect(malformed[0]?.message).toMatch(/line is not valid JSON/);
  });

  it('reports records without text or html, and non-object lines, as RECORD_INVALID', () => {
    const invalid = read.failures.filter((f) => f.code === 'RECORD_INVALID');
    expect(invalid.map((f) => f.locator)).toEqual(['feeds/items.jsonl#line=5', 'feeds/items.jsonl#line=6']);
    expect(invalid[0]?.message).toMatch(/no non-empty "text" or "html"/);
  });
});

describe('JSON reader', () => {
  it('reads an array of records with item locators', () => {
    const json = JSON.stringify([{ text: 'First story.' }, { html: '<p>Second story.</p>', publisher: 'Eastmoor Post' }], null, 2);
    const read = readSourceBytes(bytes(json), 'dump.json');
    expect(read.documents.map((d) => [d.locator, d.kind, d.hints.outlet])).toEqual([
      ['dump.json#item=1', 'text', undefined],
      ['dump.json#item=2', 'html', 'Eastmoor Post'],
    ]);
  });

  it('reads a single pretty-printed object', () => {
    const read = readSourceBytes(bytes('{\n  "title": "Lone story",\n  "text": "Only one."\n}\n'), 'one.json');
    expect(read.documents).toHaveLength(1);
    expect(read.documents[0]).toMatchObject({ locator: 'one.json', hints: { title: 'Lone story' } });
  });

  it('reads a .json file that is really JSONL', () => {
    const read = readSourceBytes(bytes('{"text": "a"}\n{"text": "b"}\n'), 'really-lines.json');
    expect(read.documents.map((d) => d.locator)).toEqual(['really-lines.json#line=1', 'really-lines.json#line=2']);
  });

  it('reports a broken JSON document once, not once per line', () => {
    const read = readSourceBytes(bytes('{\n  "text": "unterminated,\n  "title": "x"\n'), 'broken.json');
    expect(read.failures).toHaveLength(1);
    expect(read.failures[0]).toMatchObject({ code: 'JSON_MALFORMED', locator: 'broken.json' });
  });
});

describe('JSON field conversions', () => {
  it('turns a numeric published time (seconds or milliseconds) into ISO-8601', () => {
    const lines = '{"text": "a", "published": 1709625600}\n{"text": "b", "published_at": 1709625600000}\n';
    const read = readSourceBytes(bytes(lines), 'epoch.jsonl');
    expect(read.documents.map((d) => d.hints.published)).toEqual(['2024-03-05T08:00:00.000Z', '2024-03-05T08:00:00.000Z']);
  });
});

describe('JSON envelopes', () => {
  it('reads the single record array of an API-style envelope', () => {
    const envelope = {
      status: 'ok',
      totalResults: 2,
      articles: [
        { source: { id: null, name: 'Lune Daily' }, author: 'Ada Ferro', title: 'Tram trial', publishedAt: '2024-04-02T10:00:00Z', content: 'The tram trial began on Tuesday.' },
        { source: { id: null, name: 'Lune Daily' }, title: 'No body' },
      ],
    };
    const read = readSourceBytes(bytes(JSON.stringify(envelope)), 'api.json');
    expect(read.documents).toHaveLength(1);
    expect(read.documents[0]).toMatchObject({
      locator: 'api.json#item=1', kind: 'text', body: 'The tram trial began on Tuesday.',
      hints: { outlet: 'Lune Daily', authors: ['Ada Ferro'], title: 'Tram trial', published: '2024-04-02T10:00:00Z' },
    });
    expect(read.failures.map((f) => [f.code, f.locator])).toEqual([['RECORD_INVALID', 'api.json#item=2']]);
  });
});
