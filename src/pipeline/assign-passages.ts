import { PUBLICATION_GAP_DAYS, shiftDay } from '../stages/events/index.js';
import type { EventFeatures, EventIndex } from '../stages/events/index.js';
import { linkPassage, placingPassage, splitPassages } from '../stages/passages/index.js';
import type { Passage } from '../stages/passages/index.js';
import type { PassageRecord, Store } from '../store/store.js';
import { passageFeatures, type FeatureSource } from './event-features.js';

/** One passage of a round-up with the features it is placed and linked by. */
export interface PlannedPassage {
  readonly passage: Passage;
  readonly features: EventFeatures;
}

/**
 * Splits a round-up into passages; none for an article that tells one happening. A copy
 * is never split: it goes where its original went.
 */
export function planPassages(analysis: FeatureSource, copyOf: string | null): PlannedPassage[] {
  if (copyOf !== null) return [];
  return splitPassages(analysis.article, analysis.sentences, analysis.mentions).map((passage) => ({ passage, features: passageFeatures(analysis, passage) }));
}

/**
 * The features a round-up itself is placed by (`placingPassage`: its passage that best
 * matches a known event, else its lead); null for an article that tells one happening.
 * They keep the passage's own title (its heading or first sentence): an event a round-up
 * founds is named by its item, not by "In brief".
 */
export function placingFeatures(passages: readonly PlannedPassage[], index: EventIndex): { features: EventFeatures; passage: number } | null {
  if (passages.length === 0) return null;
  const passage = placingPassage(passages.map((p) => p.features), index);
  const chosen = passages[passage];
  return chosen ? { features: chosen.features, passage } : null;
}

/**
 * Saves a round-up's passages, each linked to the known event it tells (`linkPassage`; it
 * may be the article's own), or left for a later run to link. The passage that placed the
 * article falls back to the article's event.
 */
export async function savePassages(store: Store, passages: readonly PlannedPassage[], articleEvent: { eventId: string; score: number }, placedBy: number, runId: string): Promise<void> {
  const lead = passages[0];
  if (!lead) return;
  const records: PassageRecord[] = passages.map(({ passage, features }, index) => {
    const link = linkPassage(features, store.eventIndex()) ?? (index === placedBy ? { eventId: articleEvent.eventId, score: articleEvent.score, why: ['the passage that placed the article'] } : null);
    return { articleId: features.articleId, index, ...passage, features, eventId: link?.eventId ?? null, score: link?.score ?? 0, why: link?.why ?? [] };
  });
  await store.savePassages(lead.features.articleId, records);
  for (const record of records) {
    if (record.eventId !== null && record.eventId !== articleEvent.eventId) await store.logCluster(runId, 'passage.link', record.eventId, { articleId: record.articleId, passage: record.index, score: record.score, why: record.why });
  }
}

/**
 * Links the passages earlier articles left unlinked, now that more events are known: a
 * round-up read before the reports of its happenings reaches them at the end of the run
 * (or of a later one). Only passages that the run's new articles can have brought an event
 * for are tried: undated ones, and those published no more than the events' publication
 * gap before `since`, the run's earliest publication day (null: try all). Returns how many were linked.
 */
export async function relinkPassages(store: Store, runId: string, since: string | null): Promise<number> {
  const from = since === null ? null : shiftDay(since, -PUBLICATION_GAP_DAYS);
  return store.transaction(async () => {
    let linked = 0;
    for (const record of await store.listPassages({ unlinked: true })) {
      if (from !== null && record.features.published !== null && record.features.published < from) continue;
      const link = linkPassage(record.features, store.eventIndex());
      if (link === null) continue;
      await store.setPassageEvent(record.articleId, record.index, link);
      if (link.eventId !== (await store.eventOfArticle(record.articleId))) {
        await store.logCluster(runId, 'passage.link', link.eventId, { articleId: record.articleId, passage: record.index, score: link.score, why: link.why });
      }
      linked++;
    }
    return linked;
  });
}
