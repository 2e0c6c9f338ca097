import { copyCandidate, findCopies, MemoryCopyIndex } from '../../stages/dedupe/index.js';
import { assignToEvent, MemoryEventIndex } from '../../stages/events/index.js';
import type { AssignOptions, EventAssignment } from '../../stages/events/index.js';
import { articleFromText, contentSentences, fingerprintArticle } from '../../stages/fingerprint/index.js';
import type { PlainArticle } from '../../stages/fingerprint/index.js';
import { capitalisedEntityKeys } from './capitalised-entity-keys.js';

export interface ClusteredDocument {
  readonly id: string;
  readonly duplicateOf: string | null;
  readonly assignment: EventAssignment;
}

/**
 * Feeds documents one at a time, in the order given, through fingerprint → dedupe → events
 * with in-memory indexes, as the incremental corpus pipeline would. Entity keys come from
 * the capitalised-word stand-in; documents carry no dates unless `published` is set.
 */
export function clusterDocuments(
  documents: readonly (PlainArticle & { id: string })[],
  options: AssignOptions = {},
): ClusteredDocument[] {
  const copies = new MemoryCopyIndex();
  const events = new MemoryEventIndex();
  return documents.map((plain) => {
    const { article, sentences } = articleFromText(plain);
    const fingerprint = fingerprintArticle(article, sentences);
    const candidate = copyCandidate(article, sentences, fingerprint);
    const duplicateOf = findCopies(candidate, copies)[0]?.articleId ?? null;
    copies.put(candidate);
    const content = contentSentences(article, sentences);
    const assignment = assignToEvent(
      {
        articleId: article.id,
        published: article.published?.value.slice(0, 10) ?? null,
        eventDate: null,
        terms: fingerprint.terms,
        entityKeys: capitalisedEntityKeys([article.title, ...content]),
        placeKeys: [],
        title: article.title,
        duplicateOf,
      },
      events,
      options,
    );
    return { id: article.id, duplicateOf, assignment };
  });
}
