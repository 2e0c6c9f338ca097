/**
 * Storyline as a library:
 *
 *   import { createEngine } from 'storyline';
 *   const engine = await createEngine({ db: 'news.db' });
 *   await engine.build(['articles/']);
 *   for (const story of await engine.stories()) console.log(story.title);
 */
export { createEngine, Engine, DEFAULT_DB, type EngineOptions, type StoryLink, type StorySummary } from './engine.js';
export type * from './core/model.js';
export { StorylineError, ERROR_CODES, type ErrorCode, type Failure } from './core/errors.js';
export type { Store, ArticleFilter, ArticleSummary, SearchHit } from './store/store.js';
export { SqliteStore } from './store/sqlite/sqlite-store.js';
export type { BuildOptions, BuildResult, BuildProgress } from './pipeline/build-corpus.js';
export type * from './export/stories-document.js';
export { STORIES_SCHEMA_VERSION } from './export/stories-document.js';
export { VERSION } from './version.js';
