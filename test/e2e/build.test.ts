import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.js';
import type { Store } from '../../src/store/store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { citationHolds } from '../../src/core/citations.js';
import { writeMiniCorpus } from '../helpers/mini-corpus.js';

describe('storyline build on a small corpus', () => {
  let corpus: string;
  let work: string;
  let engine: Engine;

  beforeAll(async () => {
    corpus = writeMiniCorpus().dir;
    work = mkdtempSync(join(tmpdir(), 'storyline-e2e-'));
    engine = await createEngine({ db: join(work, 'db.sqlite') });
  });
  afterAll(async () => {
    await engine.close();
    rmSync(corpus, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('adds the readable articles and records every bad input with a code', async () => {
    const result = await engine.build([corpus]);
    expect(result.added).toBe(6);
    const byFile = result.failures.map((f) => `${f.code} ${f.locator.split('/').slice(-2).join('/')}`).sort();
    expect(byFile).toEqual([
      'GZIP_CORRUPT bad/corrupt.jsonl.gz',
      'INPUT_BINARY bad/binary.txt',
      'INPUT_EMPTY bad/empty.html',
      `JSON_MALFORMED ${corpus.split('/').pop()}/briefs.jsonl#line=2`,
    ]);
    for (const f of result.failures) expect(f.message.length).toBeGreaterThan(10);
  });

  it('is a no-op when the same inputs are ingested again', async () => {
    const before = await engine.store.countArticles();
    const again = await engine.build([corpus]);
    expect(again.added).toBe(0);
    expect(again.unchanged).toBe(6);
    expect(await engine.store.countArticles()).toBe(before);
  });

  it('groups the syndicated copy under its original', async () => {
    const copies = await engine.store.listCopies();
    expect(copies).toHaveLength(1);
    const copy = await engine.store.getArticle(copies[0]?.articleId ?? '');
    const original = await engine.store.getArticle(copies[0]?.canonicalId ?? '');
    expect(copy?.article.outlet).toBe('Northern Wire');
    expect(original?.article.outlet).toBe('Brennick Herald');
  });

  it('keeps the flood and the inquiry four months later as separate events of one story', async () => {
    const stories = await engine.stories();
    expect(stories).toHaveLength(1);
    const { story } = await engine.story(stories[0]?.id ?? '');
    const dates = story.events.map((e) => e.date?.slice(0, 7));
    expect(dates).toContain('2025-02');
    expect(dates).toContain('2025-06');
    const flood = story.events.find((e) => e.date?.startsWith('2025-02-03'));
    expect(flood?.articleIds.length).toBeGreaterThanOrEqual(3);
  });

  it('resolves "on Monday" against the publication date', async () => {
    const hits = await engine.search('burst banks', { outlet: 'Brennick Herald' });
    const article = await engine.article(hits[0]?.id ?? '');
    const monday = article?.timexes.find((t) => t.text.toLowerCase().includes('monday'));
    expect(monday?.value).toBe('2025-02-03');
  });

  it('cites text that really says every briefing and timeline sentence', async () => {
    const doc = await engine.export();
    const texts = new Map(doc.articles.map((a) => [a.id, a.text]));
    const sentences = doc.stories.flatMap((s) => [...s.briefing, ...s.timeline.flatMap((t) => t.sentences)]);
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(citationHolds(sentence, (id) => texts.get(id))).toBe(true);
  });
});

describe('a build killed half-way', () => {
  it('resumes without duplicates or gaps', async () => {
    const corpus = writeMiniCorpus().dir;
    const work = mkdtempSync(join(tmpdir(), 'storyline-resume-'));
    const db = join(work, 'db.sqlite');
    // A store that dies on its fourth article, as a killed process would, mid-transaction.
    const real = new SqliteStore(db);
    let saves = 0;
    const dying: Store = new Proxy(real, {
      get(target, prop, receiver) {
        if (prop === 'saveArticle') {
          return async (...args: Parameters<Store['saveArticle']>) => {
            if (++saves === 4) throw new Error('killed');
            return target.saveArticle(...args);
          };
        }
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const first = await createEngine({ store: dying });
    await expect(first.build([corpus])).rejects.toThrow();
    expect(await real.countArticles()).toBe(3);
    await real.close();

    const second = await createEngine({ db });
    const resumed = await second.build([corpus]);
    expect(resumed.added).toBe(3);
    expect(resumed.unchanged).toBe(3);
    expect(await second.store.countArticles()).toBe(6);
    const events = await second.store.listEvents();
    const members = events.flatMap((e) => e.articleIds);
    expect(new Set(members).size).toBe(members.length);
    expect(members).toHaveLength(6);
    await second.close();
    rmSync(corpus, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });
});
