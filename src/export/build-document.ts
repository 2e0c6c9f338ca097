import type { ArticleAnalysis } from '../core/model.js';
import { compareNullableStrings } from '../core/text.js';
import type { Store, CopyLink } from '../store/store.js';
import type { EventRecord } from '../stages/events/index.js';
import type { StoryRecord } from '../stages/stories/index.js';
import { namedMentions, type CanonicalEntity } from '../stages/entities/index.js';
import { briefEvent, briefStory } from '../stages/briefing/index.js';
import { buildTimeline } from '../stages/timeline/index.js';
import { compareOutlets } from '../stages/compare/index.js';
import { stageVersions } from '../pipeline/stage-registry.js';
import { LOW_CONFIDENCE } from '../pipeline/build-corpus.js';
import { VERSION } from '../version.js';
import { restrictToEvent, tellsSeveralEvents } from './restrict-to-event.js';
import {
  STORIES_SCHEMA_ID, STORIES_SCHEMA_VERSION, type ArticleView, type EntityView, type EventView, type QuoteView,
  type StoriesDocument, type StoryView,
} from './stories-document.js';

/** What the document builder looks up across stories. */
interface Context {
  readonly articles: Map<string, ArticleAnalysis>;
  readonly copies: Map<string, CopyLink>;
  readonly entityOfKey: Map<string, string>;
  readonly eventOfArticle: Map<string, string>;
  readonly storyOfEvent: Map<string, string>;
  readonly passagesOfArticle: Map<string, ArticleView['passages']>;
}

/** Assembles `stories.json` from the store: stories, their events, timelines, briefings, quotes and outlets. */
export async function buildStoriesDocument(store: Store, options: { storyIds?: readonly string[] } = {}): Promise<StoriesDocument> {
  const allStories = await store.listStories();
  const stories = options.storyIds ? allStories.filter((s) => options.storyIds?.includes(s.id)) : allStories;
  const entities = await store.listEntities();
  const ctx: Context = {
    articles: new Map(),
    copies: new Map((await store.listCopies()).map((c) => [c.articleId, c])),
    entityOfKey: new Map(entities.flatMap((e) => e.keys.map((k) => [k, e.id] as const))),
    eventOfArticle: new Map(),
    storyOfEvent: new Map(),
    passagesOfArticle: new Map(),
  };
  const storyViews: StoryView[] = [];
  for (const story of stories) storyViews.push(await storyView(store, story, ctx));
  // A document of some stories also holds the round-ups whose passages tell its events, so every citation resolves.
  const outside = [...new Set(storyViews.flatMap((s) => s.events.flatMap((e) => e.passages.map((p) => p.articleId))))].filter((id) => !ctx.articles.has(id));
  for (const analysis of await store.getArticles(outside)) await remember(store, ctx, analysis, await store.eventOfArticle(analysis.article.id));
  storyViews.sort((a, b) => b.events.length - a.events.length || compareNullableStrings(a.firstSeen, b.firstSeen) || compareNullableStrings(a.id, b.id));
  const articles = [...ctx.articles.values()].map((a) => articleView(a, ctx)).sort((a, b) => compareNullableStrings(a.published?.value, b.published?.value) || compareNullableStrings(a.id, b.id));
  return {
    $schema: STORIES_SCHEMA_ID,
    schemaVersion: STORIES_SCHEMA_VERSION,
    generator: { name: 'storyline', version: VERSION, stages: stageVersions() },
    stories: storyViews,
    articles,
    entities: [...entities].sort((a, b) => b.mentionCount - a.mentionCount || compareNullableStrings(a.id, b.id)).map(entityView),
    failures: (await store.listFailures()).map(({ code, locator, stage, message }) => ({ code, locator, stage, message })),
  };
}

async function storyView(store: Store, story: StoryRecord, ctx: Context): Promise<StoryView> {
  const events = (await store.listEvents(story.id)).sort(byDate);
  const groups = [];
  const eventViews: EventView[] = [];
  const told: { eventId: string; analysis: ArticleAnalysis }[] = [];
  for (const event of events) {
    ctx.storyOfEvent.set(event.id, story.id);
    // A round-up speaks for this event only through its passages that tell it.
    const members = (await eventArticles(store, event, ctx)).map((a) => restrictToEvent(a, ctx.passagesOfArticle.get(a.article.id), event.id));
    told.push(...members.map((analysis) => ({ eventId: event.id, analysis })));
    const canonical = members.filter((a) => !ctx.copies.has(a.article.id));
    const why = (await store.articleEventLinks(event.id)).flatMap((l) => l.why);
    groups.push({ eventId: event.id, date: event.date, granularity: event.granularity, articles: canonical });
    eventViews.push({
      id: event.id,
      // A round-up's headline ("The week in brief") names no one happening.
      title: eventTitle(canonical.filter((a) => !tellsSeveralEvents(ctx.passagesOfArticle.get(a.article.id))), event.title),
      date: event.date,
      granularity: event.granularity,
      articleIds: members.map((a) => a.article.id),
      outlets: [...new Set(members.map((a) => a.article.outlet))].sort(),
      entities: topEntities(members, ctx, 8).map((e) => e.id),
      summary: briefEvent({ articles: canonical }, 3),
      why: [...new Set(why)].slice(0, 12),
      passages: (await store.listPassages({ eventId: event.id }))
        .filter((p) => !event.articleIds.includes(p.articleId))
        .map((p) => ({ articleId: p.articleId, start: p.start, end: p.end, score: p.score, why: p.why })),
    });
  }
  const members = groups.flatMap((g) => g.articles.map((a) => ({ eventId: g.eventId, analysis: a })));
  return {
    id: story.id,
    title: story.title,
    firstSeen: story.firstSeen,
    lastSeen: story.lastSeen,
    briefing: briefStory(groups),
    timeline: buildTimeline(groups),
    events: eventViews,
    entities: topEntities(members.map((m) => m.analysis), ctx, 20),
    quotes: groupQuotes(told.flatMap((m) => quoteViews(m.analysis, ctx))),
    outlets: compareOutlets(told.map((m) => ({ ...m, copyOf: ctx.copies.get(m.analysis.article.id)?.canonicalId ?? null }))),
  };
}

async function eventArticles(store: Store, event: EventRecord, ctx: Context): Promise<ArticleAnalysis[]> {
  const analyses = await store.getArticles(event.articleIds);
  for (const analysis of analyses) await remember(store, ctx, analysis, event.id);
  return analyses;
}

/** Puts an article the document shows into the context: its analysis, event and round-up passages. */
async function remember(store: Store, ctx: Context, analysis: ArticleAnalysis, eventId: string | null): Promise<void> {
  ctx.articles.set(analysis.article.id, analysis);
  if (eventId) ctx.eventOfArticle.set(analysis.article.id, eventId);
  const passages = await store.listPassages({ articleId: analysis.article.id });
  if (passages.length > 0) ctx.passagesOfArticle.set(analysis.article.id, passages.map((p) => ({ start: p.start, end: p.end, eventId: p.eventId })));
}

function topEntities(analyses: readonly ArticleAnalysis[], ctx: Context, limit: number): { id: string; mentions: number }[] {
  const counts = new Map<string, number>();
  for (const analysis of analyses) {
    for (const mention of namedMentions(analysis.mentions)) {
      const id = ctx.entityOfKey.get(mention.key);
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareNullableStrings(a[0], b[0])).slice(0, limit).map(([id, mentions]) => ({ id, mentions }));
}

/**
 * A story's "who said what" lists attributed quotes only: a speaker (named or anonymous,
 * "a senior official") and at least two words. The quote stage also keeps contents its
 * taggers found without anyone to pin them on (they count in the attribution benchmark);
 * in this list they would read as words nobody said. The article view still shows them.
 */
function attributed(quote: ArticleAnalysis['quotes'][number], text: string): boolean {
  const words = text.slice(quote.content.start, quote.content.end).match(/[\p{L}\p{N}]+/gu) ?? [];
  return (quote.speakerName !== null || quote.anonymous) && words.length >= 2;
}

function quoteViews(analysis: ArticleAnalysis, ctx: Context): QuoteView[] {
  const { article } = analysis;
  return analysis.quotes.filter((quote) => attributed(quote, article.text)).map((quote) => ({
    articleId: article.id,
    outlet: article.outlet,
    speaker: quote.speakerName,
    entityId: quote.speakerKey ? ctx.entityOfKey.get(quote.speakerKey) ?? null : null,
    kind: quote.kind,
    anonymous: quote.anonymous,
    text: article.text.slice(quote.content.start, quote.content.end),
    citation: { articleId: article.id, start: quote.content.start, end: quote.content.end },
    alsoIn: [],
  }));
}

/** One row per quote: the same words from the same speaker in several outlets are listed once, with every outlet. */
function groupQuotes(quotes: readonly QuoteView[]): QuoteView[] {
  const groups = new Map<string, { first: QuoteView; others: QuoteView[] }>();
  for (const quote of quotes) {
    const key = `${quote.entityId ?? quote.speaker ?? ''}\u0000${quote.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
    const group = groups.get(key);
    if (group) group.others.push(quote);
    else groups.set(key, { first: quote, others: [] });
  }
  return [...groups.values()].map(({ first, others }) => ({
    ...first,
    alsoIn: others.map((q) => ({ articleId: q.articleId, outlet: q.outlet, citation: q.citation })),
  }));
}

function articleView(analysis: ArticleAnalysis, ctx: Context): ArticleView {
  const { article } = analysis;
  const copy = ctx.copies.get(article.id);
  const eventId = ctx.eventOfArticle.get(article.id) ?? null;
  return {
    id: article.id,
    outlet: article.outlet,
    title: article.title,
    url: article.url,
    authors: article.authors,
    published: article.published,
    type: analysis.articleType,
    extraction: { ...article.extraction, lowConfidence: article.extraction.confidence < LOW_CONFIDENCE },
    source: { locator: article.locator, hash: article.sourceHash, format: article.format },
    eventId,
    storyId: eventId ? ctx.storyOfEvent.get(eventId) ?? null : null,
    copyOf: copy ? { articleId: copy.canonicalId, relation: copy.relation, similarity: copy.similarity } : null,
    passages: ctx.passagesOfArticle.get(article.id) ?? [],
    text: article.text,
    blocks: article.blocks,
    sentences: analysis.sentences.map((s, i) => ({ start: s.start, end: s.end, label: analysis.sentenceLabels[i] ?? 'reporting' })),
    timexes: analysis.timexes,
    mentions: analysis.mentions.map((m) => ({ ...m, entityId: ctx.entityOfKey.get(m.key) ?? null })),
    quotes: analysis.quotes,
  };
}

function entityView(entity: CanonicalEntity): EntityView {
  return { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases, mentions: entity.mentionCount, articles: entity.articleCount };
}

/**
 * The headline that best names an event: a news report's (not an opinion piece's or a
 * press release's), the earliest such one, since later reports drift to reactions.
 */
function eventTitle(members: readonly ArticleAnalysis[], fallback: string): string {
  const news = members
    .filter((a) => a.articleType === 'news')
    .sort((a, b) => compareNullableStrings(a.article.published?.value, b.article.published?.value));
  return news[0]?.article.title ?? fallback;
}

function byDate(a: EventRecord, b: EventRecord): number {
  return compareNullableStrings(a.date, b.date) || compareNullableStrings(a.id, b.id);
}
