import type { Article, Sentence } from '../../core/model.js';
import { cleanArticle } from '../../stages/clean/index.js';
import { copyCandidate, findCopies, MemoryCopyIndex } from '../../stages/dedupe/index.js';
import { extractMentions } from '../../stages/entities/index.js';
import { assignToEvent, MemoryEventIndex } from '../../stages/events/index.js';
import type { AssignOptions, EventAssignment } from '../../stages/events/index.js';
import { articleFromText, contentSentences, contentWordCount, fingerprintArticle } from '../../stages/fingerprint/index.js';
import type { PlainArticle } from '../../stages/fingerprint/index.js';
import { segmentArticle } from '../../stages/segment/index.js';
import { capitalisedEntityKeys } from './capitalised-entity-keys.js';

export interface ClusteredDocument {
  readonly id: string;
  readonly duplicateOf: string | null;
  readonly assignment: EventAssignment;
}

export interface ClusterOptions extends AssignOptions {
  /** Where entity keys come from: the entities stage (default) or the capitalised-word stand-in. */
  readonly entities?: 'stage' | 'capitalised';
}

/**
 * Feeds documents one at a time, in the order given, through clean → segment → fingerprint →
 * dedupe → entities → events with in-memory indexes, as the incremental corpus pipeline would. Documents carry
 * no dates unless `published` is set.
 */
export function clusterDocuments(
  documents: readonly (PlainArticle & { id: string })[],
  options: ClusterOptions = {},
): ClusteredDocument[] {
  const copies = new MemoryCopyIndex();
  const events = new MemoryEventIndex();
  return documents.map((plain) => {
    // No recurring-line statistics: they work per outlet, and these documents have none.
    const article = cleanArticle(articleFromText(plain).article);
    const sentences = segmentArticle(article);
    const fingerprint = fingerprintArticle(article, sentences);
    const candidate = copyCandidate(article, sentences, fingerprint);
    const duplicateOf = findCopies(candidate, copies)[0]?.articleId ?? null;
    copies.put(candidate);
    const { entityKeys, placeKeys } = entitiesOf(article, sentences, options.entities ?? 'stage');
    const assignment = assignToEvent(
      {
        articleId: article.id,
        published: article.published?.value.slice(0, 10) ?? null,
        eventDate: null,
        terms: fingerprint.terms,
        entityKeys,
        placeKeys,
        title: article.title,
        duplicateOf,
        contentWords: contentWordCount(article, sentences),
      },
      events,
      options,
    );
    return { id: article.id, duplicateOf, assignment };
  });
}

function entitiesOf(article: Article, sentences: readonly Sentence[], source: 'stage' | 'capitalised') {
  if (source === 'capitalised') {
    return { entityKeys: capitalisedEntityKeys([article.title, ...contentSentences(article, sentences)]), placeKeys: [] };
  }
  const counts = new Map<string, { n: number; place: boolean }>();
  for (const mention of extractMentions(article, sentences)) {
    const entry = counts.get(mention.key) ?? { n: 0, place: mention.type === 'place' };
    entry.n++;
    counts.set(mention.key, entry);
  }
  const ranked = [...counts].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1)).slice(0, 20);
  return {
    entityKeys: ranked.filter(([, e]) => !e.place).map(([key]) => key),
    placeKeys: ranked.filter(([, e]) => e.place).map(([key]) => key),
  };
}
