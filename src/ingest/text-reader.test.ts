import { describe, expect, it } from 'vitest';
import { readSourceBytes } from './read-source-bytes.js';
import { splitTextHeader } from './text-header.js';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');

describe('plain text reader', () => {
  it('turns a header block into hints and removes it from the body', () => {
    const text = [
      'Title: Flood barrier opens in Port Ellery',
      'URL: https://harbour-gazette.example/flood-barrier',
      'Published: 2024-03-05',
      'Outlet: Harbour Gazette',
      'Author: Mina Castell and Joel Ardent',
      'Desk: Coastal',
      '',
      'Flood barrier opens in Port Ellery',
      '',
      'PORT ELLERY — The new flood barrier closed for the first time on Monday.',
    ].join('\n');
    const read = readSourceBytes(bytes(text), 'news/barrier.txt');
    expect(read.failures).toEqual([]);
    expect(read.documents).toHaveLength(1);
    const document = read.documents[0]!;
    expect(document).toMatchObject({ locator: 'news/barrier.txt', format: 'text', kind: 'text', encoding: 'utf-8 (detected)' });
    expect(document.hints).toEqual({
      title: 'Flood barrier opens in Port Ellery',
      url: 'https://harbour-gazette.example/flood-barrier',
      published: '2024-03-05',
      outlet: 'Harbour Gazette',
      authors: ['Mina Castell', 'Joel Ardent'],
      extra: { desk: 'Coastal' },
    });
    expect(document.body).toBe('Flood barrier opens in Port Ellery\n\nPORT ELLERY — The new flood barrier closed for the first time on Monday.');
    expect(document.sourceHash).toBe(read.blob?.hash);
  });

  it('accepts date, source and byline as aliases and CRLF line ends', () => {
    const split = splitTextHeader('date: 2023-11-02\r\nsource: Valley Courier\r\nbyline: By Ada Ferro\r\n\r\nBody line.\r\n');
    expect(split.hints).toEqual({ published: '2023-11-02', outlet: 'Valley Courier', authors: ['Ada Ferro'] });
    expect(split.body).toBe('Body line.\r\n');
  });

  it('never eats a first paragraph that merely contains a colon', () => {
    for (const text of [
      'Update: the bridge reopened at noon.\n\nMore follows.',
      'constructor: not a header\n\nBody.',
      'WASHINGTON: The senator from Eastmoor said on Tuesday that talks failed.\n\nSecond paragraph.',
      'Title: Storm hits coast\nThe storm reached the coast at dawn, officials said.\n\nMore.',
    ]) {
      expect(splitTextHeader(text)).toEqual({ hints: {}, body: text });
    }
  });

  it('keeps text without a header verbatim', () => {
    const text = 'Storm closes schools in Westbrook\n\nSchools in Westbrook stayed shut on Friday.\n';
    const read = readSourceBytes(bytes(text), 'storm.txt');
    expect(read.documents[0]?.body).toBe(text);
    expect(read.documents[0]?.hints).toEqual({});
  });

  it('reports a header with no body as empty input', () => {
    const read = readSourceBytes(bytes('title: Only a title\n\n\n'), 'empty-body.txt');
    expect(read.documents).toEqual([]);
    expect(read.failures.map((f) => f.code)).toEqual(['INPUT_EMPTY']);
    expect(read.blob).not.toBeNull();
  });
});
