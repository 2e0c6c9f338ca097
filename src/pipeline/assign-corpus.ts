import type { ArticleAnalysis } from '../core/model.js';
import { StorylineError } from '../core/errors.js';
import { copyCandidate, findCopies } from '../stages/dedupe/index.js';
import { lshBands } from '../stages/fingerprint/index.js';
import { assignToEvent } from '../stages/events/index.js';
import { assignToStory, relinkSingleton } from '../stages/stories/index.js';
import type { Store } from '../store/store.js';
import { eventFeatures } from './event-features.js';
import { placingFeatures, planPassages, savePassages } from './assign-passages.js';

export interface CorpusAssignment {
  readonly copyOf: string | null;
  readonly eventId: string;
  readonly storyId: string;
}

/**
 * The incremental corpus step for one new article: copies (exact hash + LSH bands), then
 * its event (candidate retrieval by keys and time window; a round-up by the passage that
 * best matches a known event, its other passages linked to their own events), then the event's story. Runs
 * inside the article's transaction, so the three land together or not at all.
 */
export async function assignCorpus(store: Store, analysis: ArticleAnalysis, runId: string): Promise<CorpusAssignment> {
  const { article, fingerprint } = analysis;
  if (!fingerprint) throw new StorylineError('STAGE_FAILED', `article ${article.id} has no fingerprint`);
  const copyOf = await assignCopy(store, analysis);
  await store.indexCopyBands(article.id, lshBands(fingerprint.minhash));

  const passages = planPassages(analysis, copyOf);
  const placing = placingFeatures(passages, store.eventIndex());
  const eventAssignment = assignToEvent(placing?.features ?? eventFeatures(analysis, copyOf), store.eventIndex());
  await store.linkArticleToEvent({ articleId: article.id, eventId: eventAssignment.eventId, score: eventAssignment.score, why: eventAssignment.why });
  await savePassages(store, passages, eventAssignment, placing?.passage ?? 0, runId);
  await store.logCluster(runId, eventAssignment.created ? 'event.create' : 'event.join', eventAssignment.eventId, { articleId: article.id, score: eventAssignment.score, why: eventAssignment.why });

  const event = await store.getEvent(eventAssignment.eventId);
  if (!event) throw new StorylineError('STORE_FAILED', `event ${eventAssignment.eventId} was not saved`);
  const merge = relinkSingleton(event, store.storyIndex(), store.eventIndex());
  if (merge) {
    await store.logCluster(runId, 'story.merge', merge.storyId, { eventId: event.id, mergedFrom: merge.mergedFrom, score: merge.score, why: merge.why });
    await store.logCluster(runId, 'story.merged-into', merge.mergedFrom, { into: merge.storyId, eventId: event.id });
  }
  const storyAssignment = assignToStory(event, store.storyIndex(), store.eventIndex());
  await store.setEventStory(event.id, storyAssignment.storyId);
  await store.logCluster(runId, storyAssignment.created ? 'story.create' : 'story.link', storyAssignment.storyId, { eventId: event.id, score: storyAssignment.score, why: storyAssignment.why });
  return { copyOf, eventId: event.id, storyId: storyAssignment.storyId };
}

/** Links the article to the canonical member of its duplicate group, if it copies one. */
async function assignCopy(store: Store, analysis: ArticleAnalysis): Promise<string | null> {
  const { article, sentences, fingerprint } = analysis;
  if (!fingerprint) return null;
  const [best] = findCopies(copyCandidate(article, sentences, fingerprint), store.copyIndex());
  if (!best) return null;
  // Groups are flat: a copy of a copy points at the group's canonical article.
  const canonical = (await store.copyOf(best.articleId))?.canonicalId ?? best.articleId;
  await store.saveCopy({ articleId: article.id, canonicalId: canonical, relation: best.relation, similarity: best.similarity });
  return canonical;
}
