import { describe, expect, it } from 'vitest';
import type { Article, PublicationTime } from '../../core/model.js';
import { resolvePublication } from './index.js';

function article(text: string, published: PublicationTime | null = null): Article {
  return {
    id: 'a_0000000000000001', sourceHash: 'h', locator: 'fixture.txt', format: 'text', outlet: 'Velden Courier',
    url: null, canonicalUrl: null, title: 'Port reopens', authors: [], published, modified: null, language: 'en',
    section: null, text, blocks: [{ start: 0, end: text.length, kind: 'paragraph' }],
    extraction: { method: 'text.v1', confidence: 1 }, extra: {},
  };
}

describe('resolvePublication', () => {
  it('keeps a publication time the input already had', () => {
    const given: PublicationTime = { value: '2024-03-06', precision: 'day', provenance: 'meta', confidence: 1 };
    expect(resolvePublication(article('Published: 1 January 2020\nText.', given))).toBe(given);
  });

  it.each([
    ['Published: March 5, 2024\nThe port of Velden reopened on Monday.', '2024-03-05', 'text'],
    ['VELDEN, March 5, 2024 — The port reopened on Monday after a strike.', '2024-03-05', 'dateline'],
    ['ORLO (Tarsk Wire), 5 March 2024 - Talks resumed.', '2024-03-05', 'dateline'],
    ['Updated 10:32 a.m., Tue March 5, 2024\nThe port reopened.', '2024-03-05', 'text'],
    ['2024-03-05\nThe port reopened.', '2024-03-05', 'text'],
  ])('reads %j', (text, value, provenance) => {
    expect(resolvePublication(article(text))).toMatchObject({ value, precision: 'day', provenance });
  });

  it.each([
    'VELDEN, March 5 (Tarsk Wire) - The port reopened on Monday.',
    'The port of Velden reopened on Monday after a long strike.',
    'The strike that began in 2019 ended last week.',
  ])('never invents a date: %j', (text) => {
    expect(resolvePublication(article(text))).toBeNull();
  });
});
