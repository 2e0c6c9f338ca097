import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.js';
import { createApp } from '../../src/http/app.js';
import { writeMiniCorpus } from '../helpers/mini-corpus.js';

describe('the HTTP API', () => {
  let corpus: string;
  let work: string;
  let engine: Engine;
  let app: (request: Request) => Promise<Response>;
  const get = async (path: string) => {
    const response = await app(new Request(`http://storyline.test${path}`));
    return { status: response.status, body: (await response.json()) as unknown };
  };

  beforeAll(async () => {
    corpus = writeMiniCorpus().dir;
    work = mkdtempSync(join(tmpdir(), 'storyline-http-'));
    engine = await createEngine({ db: join(work, 'http.db') });
    await engine.build([corpus]);
    app = createApp(engine);
  });
  afterAll(async () => {
    await engine.close();
    rmSync(corpus, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('lists stories and serves one with its cited timeline', async () => {
    const stories = (await get('/api/stories')).body as { id: string }[];
    expect(stories.length).toBe(1);
    const story = (await get(`/api/stories/${stories[0]?.id}`)).body as { events: { id: string; articleIds: string[] }[] };
    const event = (await get(`/api/events/${story.events[0]?.id}`)).body as { members: { articleId: string; why: string[] }[]; story: { id: string } };
    expect(event.members.map((m) => m.articleId).sort()).toEqual([...(story.events[0]?.articleIds ?? [])].sort());
    expect(event.story.id).toBe(stories[0]?.id);
    const timeline = await get(`/api/stories/${stories[0]?.id}/timeline`);
    expect(timeline.status).toBe(200);
    const entries = (timeline.body as { timeline: { date: string; sentences: { citations: unknown[] }[] }[] }).timeline;
    expect(entries[0]?.date).toMatch(/^2025-02/);
    expect(entries[0]?.sentences[0]?.citations.length).toBe(1);
  });

  it('searches with filters and validates them', async () => {
    const hits = await get('/api/search?q=levee&outlet=Valley%20Post');
    expect(hits.status).toBe(200);
    expect((hits.body as { outlet: string }[]).every((h) => h.outlet === 'Valley Post')).toBe(true);
    const bad = await get('/api/search?q=levee&from=last-week');
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { code: string } }).error.code).toBe('CONFIG_INVALID');
    expect((await get('/api/search')).status).toBe(400);
  });

  it('filters articles by entity name', async () => {
    const articles = (await get('/api/articles?entity=Ilsa%20Dorn')).body as unknown[];
    expect(articles.length).toBeGreaterThanOrEqual(4);
  });

  it('records an entity edit posted as JSON and rejects a malformed one', async () => {
    const post = (body: string) => app(new Request('http://storyline.test/api/entities/edits', { method: 'POST', body, headers: { 'content-type': 'application/json' } }));
    expect((await post('{"op":"rename"}')).status).toBe(400);
    const response = await post(JSON.stringify({ op: 'merge', entity: 'River Tarn', other: 'Kessel' }));
    expect(response.status).toBe(200);
    expect(((await get('/api/entities/edits')).body as { edits: unknown[] }).edits).toHaveLength(1);
    const entities = (await get('/api/entities')).body as { name: string; aliases: string[] }[];
    expect(entities.find((e) => e.aliases.includes('Kessel'))?.aliases).toContain('River Tarn');
  });

  it('answers 404 for unknown records and routes, 405 for a wrong method', async () => {
    expect((await get('/api/stories/st_missing')).status).toBe(404);
    expect((await get('/api/events/ev_missing')).status).toBe(404);
    expect((await get('/api/articles/a_missing')).status).toBe(404);
    expect((await get('/api/nothing-here')).status).toBe(404);
    expect((await app(new Request('http://storyline.test/api/stories', { method: 'DELETE' }))).status).toBe(405);
  });

  it('ingests uploaded JSONL and reports bad records without losing the good ones', async () => {
    const body = [
      JSON.stringify({ outlet: 'Valley Post', published: '2025-06-20', title: 'Levee repairs begin', text: 'Levee repairs begin\n\nWork to rebuild the levee near the Kessel bridge began on Friday, the Tarn Valley Water Authority said.' }),
      '{"broken": ',
    ].join('\n');
    const response = await app(new Request('http://storyline.test/api/articles?name=upload.jsonl', { method: 'POST', body }));
    expect(response.status).toBe(200);
    const result = (await response.json()) as { added: number; failures: { code: string }[] };
    expect(result.added).toBe(1);
    expect(result.failures.map((f) => f.code)).toEqual(['JSON_MALFORMED']);
    expect(((await get('/api/health')).body as { articles: number }).articles).toBe(7);
  });

  it('serves the live report as the web UI', async () => {
    const response = await app(new Request('http://storyline.test/'));
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<h2 id="articles">Articles</h2>');
  });
});
