import { StorylineError } from '../core/errors.js';
import type { Engine } from '../engine.js';
import { buildStoriesDocument } from '../export/build-document.js';
import { renderReport } from '../export/render-report.js';
import { entityEditSchema } from '../pipeline/entity-edits-file.js';
import { VERSION } from '../version.js';
import { errorResponse, json } from './error-response.js';
import { filterFromQuery } from './query-filter.js';
import { Router } from './router.js';

/** Largest upload `POST /api/articles` accepts, in bytes. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * The HTTP API as a function from a web-standard Request to a Response: no port is opened
 * here, so tests call `app(new Request(...))` directly and `server.ts` adapts it to Node.
 */
export function createApp(engine: Engine): (request: Request) => Promise<Response> {
  const router = routes(engine);
  return async (request) => {
    const url = new URL(request.url);
    const found = router.match(request.method, url.pathname);
    if (found === 404) return json({ error: { code: 'NOT_FOUND', message: `no route ${url.pathname}` } }, 404);
    if (found === 405) return json({ error: { code: 'METHOD_NOT_ALLOWED', message: `${request.method} is not allowed on ${url.pathname}` } }, 405);
    try {
      return await found.handler(request, url, found.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

function routes(engine: Engine): Router {
  return new Router()
    .on('GET', '/', async () => html(renderReport(await buildStoriesDocument(engine.store))))
    .on('GET', '/api/health', async () => json({ ok: true, version: VERSION, articles: await engine.store.countArticles() }))
    .on('GET', '/api/stories', async () => json(await engine.stories()))
    .on('GET', '/api/stories/:id', async (_r, _u, { id }) => json((await engine.story(id ?? '')).story))
    .on('GET', '/api/stories/:id/timeline', async (_r, _u, { id }) => {
      const { story } = await engine.story(id ?? '');
      return json({ id: story.id, title: story.title, timeline: story.timeline });
    })
    .on('GET', '/api/events/:id', async (_r, _u, { id }) => {
      const { event, story, members, storyLink } = await engine.event(id ?? '');
      return json({ ...event, story: { id: story.id, title: story.title }, members, storyLink });
    })
    .on('GET', '/api/articles', async (_r, url) => json(await engine.articles(await withEntity(engine, filterFromQuery(url.searchParams)))))
    .on('GET', '/api/articles/:id', async (_r, _u, { id }) => {
      const article = await engine.article(id ?? '');
      if (!article) throw new StorylineError('NOT_FOUND', `no article with id ${id}`);
      return json(article);
    })
    .on('GET', '/api/search', async (_r, url) => {
      const query = url.searchParams.get('q') ?? '';
      if (query.trim() === '') throw new StorylineError('CONFIG_INVALID', 'query parameter q is required');
      const params = new URLSearchParams(url.searchParams);
      params.delete('q');
      return json(await engine.search(query, await withEntity(engine, filterFromQuery(params))));
    })
    .on('GET', '/api/entities', async () => json(await engine.entities()))
    .on('GET', '/api/entities/edits', async () => json(engine.entityEdits()))
    // One alias, merge or split, e.g. {"op":"alias","entity":"Islamic State","alias":"IS"};
    // recorded in the edits file and applied at once.
    .on('POST', '/api/entities/edits', async (request) => {
      const parsed = entityEditSchema.safeParse(await request.json().catch(() => null));
      if (!parsed.success) throw new StorylineError('CONFIG_INVALID', `body must be an entity edit: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return json(await engine.editEntities(parsed.data));
    })
    .on('POST', '/api/articles', async (request) => {
      const bytes = new Uint8Array(await request.arrayBuffer());
      if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new StorylineError('INPUT_TOO_LARGE', `upload is ${bytes.byteLength} bytes; the limit is ${MAX_UPLOAD_BYTES}`);
      const name = new URL(request.url).searchParams.get('name') ?? 'upload.jsonl';
      const result = await engine.build([], { command: 'http', uploads: [{ bytes, locator: `http:${name}` }] });
      return json(result, result.failures.length > 0 && result.added === 0 ? 422 : 200);
    });
}

async function withEntity<T extends { entity?: string }>(engine: Engine, filter: T): Promise<T> {
  return filter.entity ? { ...filter, entity: await engine.resolveEntity(filter.entity) } : filter;
}

function html(body: string): Response {
  return new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
