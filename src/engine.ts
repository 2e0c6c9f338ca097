import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnalysis } from './core/model.js';
import { StorylineError } from './core/errors.js';
import { compareNullableStrings } from './core/text.js';
import type { ArticleEventLink, ArticleFilter, ArticleSummary, SearchHit, Store } from './store/store.js';
import { SqliteStore } from './store/sqlite/sqlite-store.js';
import { PostgresStore } from './store/postgres/postgres-store.js';
import { isPostgresUrl } from './store/postgres/pg-connection.js';
import { buildCorpus, type BuildOptions, type BuildResult } from './pipeline/build-corpus.js';
import { buildStoriesDocument } from './export/build-document.js';
import { renderReport } from './export/render-report.js';
import type { EventView, StoriesDocument, StoryView } from './export/stories-document.js';
import { canonicalKey, foldKey, type CanonicalEntity } from './stages/entities/index.js';
import { defaultEditsPath, readEntityEdits, writeEntityEdits, type EntityEdit, type EntityEditsFile } from './pipeline/entity-edits-file.js';
import { syncEntityEdits } from './pipeline/sync-entity-edits.js';

export const DEFAULT_DB = '.storyline/storyline.db';

export interface EngineOptions {
  /**
   * SQLite file (default `.storyline/storyline.db`), or a PostgreSQL URL
   * (`postgresql://user:password@host/db`); ignored when `store` is given.
   */
  readonly db?: string;
  readonly store?: Store;
  /**
   * The user's entity edits (aliases, merges, splits): a JSON file kept beside the database
   * so it survives rebuilds. Default: the database path with `.entities.json`.
   */
  readonly entityEdits?: string;
}

export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly events: number;
}

/** A recorded reason an event is in a story. */
export interface StoryLink {
  readonly eventId: string;
  /** `story.create`, `story.link` or `story.merge`. */
  readonly kind: string;
  readonly score: number;
  readonly why: readonly string[];
}

/** The library facade: everything the CLI does, callable from code. */
export class Engine {
  constructor(readonly store: Store, readonly entityEditsPath: string | null = null) {}

  /** Ingests files, folders, URLs or `-` (stdin JSONL) and analyses what is new. */
  async build(inputs: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
    await syncEntityEdits(this.store, this.entityEdits());
    return buildCorpus(this.store, inputs, options);
  }

  /** Canonical entities, most mentioned first. */
  async entities(): Promise<CanonicalEntity[]> {
    const entities = await this.store.listEntities();
    return entities.sort((a, b) => b.mentionCount - a.mentionCount || b.articleCount - a.articleCount || a.name.localeCompare(b.name));
  }

  /** The user's entity edits, in the order they apply. */
  entityEdits(): EntityEditsFile {
    return readEntityEdits(this.entityEditsPath);
  }

  /**
   * Records an entity edit in the edits file and re-resolves the stored entities under it.
   * An entity given by id or any alias is written by a name that keys to it, so the file
   * reads as names and still means the same entity after a rebuild.
   */
  async editEntities(edit: EntityEdit): Promise<EntityEditsFile> {
    if (!this.entityEditsPath) throw new StorylineError('CONFIG_INVALID', 'this database has no entity edits file beside it; pass --entity-edits FILE (library: entityEdits)');
    const entities = await this.store.listEntities();
    const named = (nameOrId: string): string => {
      const wanted = nameOrId.trim().toLowerCase();
      const entity = entities.find((e) => e.id === nameOrId || e.name.toLowerCase() === wanted || e.aliases.some((a) => a.toLowerCase() === wanted) || e.keys.includes(wanted));
      if (!entity) return nameOrId.trim();
      return entity.keys.includes(foldKey(canonicalKey(entity.name))) ? entity.name : (entity.keys[0] ?? entity.name);
    };
    const resolved: EntityEdit = edit.op === 'merge' ? { ...edit, entity: named(edit.entity), other: named(edit.other) } : { ...edit, entity: named(edit.entity) };
    const next: EntityEditsFile = { version: 1, edits: [...this.entityEdits().edits, resolved] };
    writeEntityEdits(this.entityEditsPath, next);
    await syncEntityEdits(this.store, next);
    return next;
  }

  async stories(): Promise<StorySummary[]> {
    const stories = await this.store.listStories();
    return stories
      .map((s) => ({ id: s.id, title: s.title, firstSeen: s.firstSeen, lastSeen: s.lastSeen, events: s.eventIds.length }))
      .sort((a, b) => b.events - a.events || compareNullableStrings(a.firstSeen, b.firstSeen) || compareNullableStrings(a.id, b.id));
  }

  /** One story with its briefing, timeline, events, entities, quotes and outlets. */
  async story(id: string): Promise<{ story: StoryView; document: StoriesDocument }> {
    const document = await buildStoriesDocument(this.store, { storyIds: [id] });
    const story = document.stories[0];
    if (!story) throw new StorylineError('NOT_FOUND', `no story with id ${id}; run \`storyline stories\` to list them`);
    return { story, document };
  }

  /**
   * One event, as its story shows it, with what tied each member article to it (the
   * recorded join decision: shared entities, terms, dates, copies) and the story it is in.
   */
  async event(id: string): Promise<{ event: EventView; story: StoryView; members: ArticleEventLink[]; storyLink: StoryLink | null; document: StoriesDocument }> {
    const storyId = await this.store.storyOfEvent(id);
    if (!storyId) throw new StorylineError('NOT_FOUND', `no event with id ${id}; \`storyline show <story> --why\` lists a story's events`);
    const { story, document } = await this.story(storyId);
    const event = story.events.find((e) => e.id === id);
    if (!event) throw new StorylineError('NOT_FOUND', `event ${id} is not shown in story ${storyId}`);
    const storyLink = (await this.storyLinks(storyId)).find((l) => l.eventId === id) ?? null;
    return { event, story, members: await this.store.articleEventLinks(id), storyLink, document };
  }

  /**
   * Why each event belongs to a story: the recorded decision that linked it (founding,
   * a link with its shared entities and terms and the time gap, or a merge), one per event.
   */
  async storyLinks(storyId: string): Promise<StoryLink[]> {
    const links = new Map<string, StoryLink>();
    for (const { kind, detail } of await this.store.clusterLog(storyId)) {
      const { eventId, score, why, mergedFrom } = detail as { eventId?: string; score?: number; why?: string[]; mergedFrom?: string };
      if (!eventId || links.has(eventId) || (why?.length === 1 && why[0] === 'already in story')) continue;
      links.set(eventId, { eventId, kind, score: score ?? 0, why: [...(why ?? []), ...(mergedFrom ? [`merged from ${mergedFrom}`] : [])] });
    }
    return [...links.values()];
  }

  /**
   * An entity id for a name, alias, mention key or id (case-insensitive). An unknown name is
   * returned as a mention key, so filters still match articles that mention it.
   */
  async resolveEntity(nameOrId: string): Promise<string> {
    const wanted = nameOrId.trim().toLowerCase();
    const entities = await this.store.listEntities();
    const match = entities.find((e) => e.id === nameOrId || e.name.toLowerCase() === wanted || e.aliases.some((a) => a.toLowerCase() === wanted) || e.keys.includes(wanted));
    return match?.id ?? wanted;
  }

  article(id: string): Promise<ArticleAnalysis | null> {
    return this.store.getArticle(id);
  }

  articles(filter?: ArticleFilter): Promise<ArticleSummary[]> {
    return this.store.listArticles(filter);
  }

  search(query: string, filter?: ArticleFilter): Promise<SearchHit[]> {
    return this.store.search(query, filter);
  }

  /** Everything as data: the `stories.json` document. */
  export(): Promise<StoriesDocument> {
    return buildStoriesDocument(this.store);
  }

  /** Writes `index.html` and `stories.json` into `outDir`; returns their paths. */
  async writeReport(outDir: string): Promise<{ html: string; json: string; document: StoriesDocument }> {
    const document = await this.export();
    mkdirSync(outDir, { recursive: true });
    const html = join(outDir, 'index.html');
    const json = join(outDir, 'stories.json');
    writeFileSync(json, `${JSON.stringify(document, null, 2)}\n`);
    writeFileSync(html, renderReport(document));
    return { html, json, document };
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** Opens the engine on a store: the embedded SQLite file by default. */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const db = options.db ?? DEFAULT_DB;
  const editsPath = options.entityEdits ?? (options.store ? null : defaultEditsPath(db));
  const store = options.store ?? (isPostgresUrl(db) ? new PostgresStore(db) : new SqliteStore(db));
  return new Engine(store, editsPath);
}
