import type { Article, Mention, Sentence } from '../../core/model.js';
import { cleanArticle } from '../../stages/clean/index.js';
import { copyCandidate, findCopies, MemoryCopyIndex } from '../../stages/dedupe/index.js';
import { extractMentions, namedMentions } from '../../stages/entities/index.js';
import { assignToEvent, MemoryEventIndex } from '../../stages/events/index.js';
import type { AssignOptions, EventAssignment, EventFeatures } from '../../stages/events/index.js';
import { articleFromText, contentSentences, contentWordCount, fingerprintArticle } from '../../stages/fingerprint/index.js';
import type { PlainArticle } from '../../stages/fingerprint/index.js';
import { segmentArticle } from '../../stages/segment/index.js';
import { linkPassage } from '../../stages/passages/index.js';
import type { Passage, PassageLink } from '../../stages/passages/index.js';
import { placingFeatures, planPassages } from '../../pipeline/assign-passages.js';
import { capitalisedEntityKeys } from './capitalised-entity-keys.js';

export interface ClusteredDocument {
  readonly id: string;
  readonly duplicateOf: string | null;
  readonly assignment: EventAssignment;
  /** Which passage placed the article ('place' mode; otherwise the article was placed whole). */
  readonly placedBy: number | null;
  /** The passages of a round-up, each with the event it was linked to (null: none qualified). */
  readonly passages: readonly { readonly passage: Passage; readonly link: PassageLink | null }[];
}

export interface ClusterOptions extends AssignOptions {
  /** Where entity keys come from: the entities stage (default) or the capitalised-word stand-in. */
  readonly entities?: 'stage' | 'capitalised';
  /**
   * Round-ups: 'off' (default) leaves every article whole; 'link' links each passage of a
   * split article to its event; 'place' also places the article by one of its passages
   * (`placingPassage`) instead of the mixture of all of them, as the product does. Passages left unlinked are tried again after
   * the last document, as a build does at the end of a run.
   */
  readonly passages?: 'off' | 'link' | 'place';
  /** Overrides `PASSAGE_THRESHOLD`, for evaluation sweeps. */
  readonly passageThreshold?: number;
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
  const clustered = documents.map((plain) => {
    // No recurring-line statistics: they work per outlet, and these documents have none.
    const article = cleanArticle(articleFromText(plain).article);
    const sentences = segmentArticle(article);
    const fingerprint = fingerprintArticle(article, sentences);
    const candidate = copyCandidate(article, sentences, fingerprint);
    const duplicateOf = findCopies(candidate, copies)[0]?.articleId ?? null;
    copies.put(candidate);
    const mentions = options.entities === 'capitalised' ? [] : extractMentions(article, sentences);
    const { entityKeys, placeKeys } = entitiesOf(article, sentences, mentions, options.entities ?? 'stage');
    const whole: EventFeatures = {
      articleId: article.id,
      published: article.published?.value.slice(0, 10) ?? null,
      eventDate: null,
      terms: fingerprint.terms,
      entityKeys,
      placeKeys,
      title: article.title,
      duplicateOf,
      contentWords: contentWordCount(article, sentences),
    };
    const mode = options.passages ?? 'off';
    // The product's own steps (pipeline/assign-passages.ts), without a store.
    const plan = mode === 'off' ? [] : planPassages({ article, sentences, mentions, timexes: [], fingerprint }, duplicateOf);
    const placing = mode === 'place' ? placingFeatures(plan, events) : null;
    const assignment = assignToEvent(placing?.features ?? whole, events, options);
    const passages = plan.map(({ passage, features }) => ({ passage, features, link: linkPassage(features, events, options.passageThreshold) }));
    return { id: article.id, duplicateOf, assignment, placedBy: placing?.passage ?? null, passages };
  });
  // The end of the run: passages whose event had not yet been reported try again.
  return clustered.map(({ passages, ...doc }) => ({
    ...doc,
    passages: passages.map(({ passage, features, link }) => ({ passage, link: link ?? linkPassage(features, events, options.passageThreshold) })),
  }));
}

function entitiesOf(article: Article, sentences: readonly Sentence[], mentions: readonly Mention[], source: 'stage' | 'capitalised') {
  if (source === 'capitalised') {
    return { entityKeys: capitalisedEntityKeys([article.title, ...contentSentences(article, sentences)]), placeKeys: [] };
  }
  const counts = new Map<string, { n: number; place: boolean }>();
  // A pronoun repeats a name already counted (as the product's event features skip it).
  for (const mention of namedMentions(mentions)) {
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
