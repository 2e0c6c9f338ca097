import { describe, expect, it } from 'vitest';
import type { SourcePool } from './source-pool.js';
import { syntheticArticles, type SyntheticArticle } from './synthetic-articles.js';

// A fictional pool: the benchmark reads real clusters from the corpora at run time.
const cluster = (topic: string) => ({
  sentences: Array.from({ length: 20 }, (_, i) => `Mayor Tova Renk spoke about the ${topic} plan number ${i} in Velmar on the record.`),
  names: ['Tova Renk'],
  place: 'Velmar',
});
const pool: SourcePool = {
  clusters: [cluster('harbour'), cluster('tram'), cluster('library')],
  names: ['Ilse Marrow', 'Pavo Quint', 'Dana Olk'],
  places: ['Brenholt', 'Sarrow'],
};

function first(count: number, seed: number): SyntheticArticle[] {
  const out: SyntheticArticle[] = [];
  for (const article of syntheticArticles(pool, { seed, perDay: 50, start: '2024-05-01' })) {
    out.push(article);
    if (out.length === count) break;
  }
  return out;
}

describe('syntheticArticles', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(first(120, 7)).toEqual(first(120, 7));
    expect(first(120, 8).map((a) => a.record.text)).not.toEqual(first(120, 7).map((a) => a.record.text));
  });

  it('streams articles in publication order, dated from the start day on', () => {
    const published = first(300, 3).map((a) => a.record.published);
    expect([...published].sort()).toEqual(published);
    expect(published[0]?.startsWith('2024-05-0')).toBe(true);
  });

  it("swaps the cluster's names for the event's own and labels every report with its event", () => {
    const articles = first(200, 5);
    expect(articles.some((a) => a.record.text.includes('Tova Renk'))).toBe(false);
    expect(articles.every((a) => /^se_\d+$/.test(a.event) && a.record.url.includes(`/${a.event}/`))).toBe(true);
    const copies = articles.filter((a) => a.record.text.includes('\n\nDistributed by '));
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      const original = articles.find((a) => a !== copy && copy.record.text.startsWith(a.record.text));
      if (original) expect(original.event).toBe(copy.event);
    }
  });
});
