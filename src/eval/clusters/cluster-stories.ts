import { analyzeArticle } from '../../pipeline/analyze-article.js';
import { eventFeatures } from '../../pipeline/event-features.js';
import { placingFeatures, planPassages } from '../../pipeline/assign-passages.js';
import { cleanArticle } from '../../stages/clean/index.js';
import { copyCandidate, findCopies, MemoryCopyIndex } from '../../stages/dedupe/index.js';
import { assignToEvent, MemoryEventIndex } from '../../stages/events/index.js';
import { articleFromText } from '../../stages/fingerprint/index.js';
import type { PlainArticle } from '../../stages/fingerprint/index.js';
import { assignToStory, MemoryStoryIndex, relinkSingleton } from '../../stages/stories/index.js';

export interface StoryClusteredDocument {
  readonly id: string;
  readonly copyOf: string | null;
  readonly eventId: string;
  /** The story the article's event belongs to once every document has been fed. */
  readonly storyId: string;
}

/**
 * Feeds documents one at a time, in the order given, through the engine's corpus step with
 * in-memory indexes: clean → per-article analysis (the engine's `analyzeArticle`) → copies →
 * event (the engine's `eventFeatures`, so lead dates count; a round-up by one of its passages) →
 * singleton re-link → story.
 * Mirrors `src/pipeline/assign-corpus.ts` without a store.
 */
export function clusterStories(documents: readonly (PlainArticle & { id: string })[]): StoryClusteredDocument[] {
  const copies = new MemoryCopyIndex();
  const events = new MemoryEventIndex();
  const stories = new MemoryStoryIndex();
  const canonicalOf = new Map<string, string>();
  const storyOfEvent = new Map<string, string>();
  const placed = documents.map((plain) => {
    const analysis = analyzeArticle(cleanArticle(articleFromText(plain).article));
    const { article, sentences, fingerprint } = analysis;
    const candidate = copyCandidate(article, sentences, fingerprint ?? { minhash: [], simhash: '', terms: [], exactHash: '' });
    const best = findCopies(candidate, copies)[0];
    // Groups are flat, as in the store: a copy of a copy points at the canonical article.
    const copyOf = best ? canonicalOf.get(best.articleId) ?? best.articleId : null;
    if (copyOf !== null) canonicalOf.set(article.id, copyOf);
    copies.put(candidate);
    // A round-up is placed by one of its passages, as the product places it.
    const placing = placingFeatures(planPassages(analysis, copyOf), events);
    const eventId = assignToEvent(placing?.features ?? eventFeatures(analysis, copyOf), events).eventId;
    const event = events.get(eventId);
    if (event === null) throw new Error(`event ${eventId} was not saved`);
    relinkSingleton(event, stories, events);
    storyOfEvent.set(event.id, assignToStory(event, stories, events).storyId);
    return { id: article.id, copyOf, eventId };
  });
  return placed.map((doc) => ({ ...doc, storyId: storyOfEvent.get(doc.eventId) ?? doc.eventId }));
}
