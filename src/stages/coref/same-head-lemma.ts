import type { CorefClusters, CorefDocument, CorefMention } from './coref-types.js';
import { viewMention } from './mention-words.js';

/**
 * The standard baseline of the ECB+ literature: mentions of one kind whose heads share a
 * lemma corefer, within a group of documents (`groupOf`: doc id → group id).
 */
export function sameHeadLemma(docs: readonly CorefDocument[], mentions: readonly CorefMention[], groupOf: ReadonlyMap<string, string>): CorefClusters {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const clusters = new Map<string, string>();
  for (const m of mentions) {
    const view = viewMention(m, byId.get(m.doc));
    clusters.set(m.id, `${m.kind}|${groupOf.get(m.doc) ?? m.doc}|${view.headLemma}`);
  }
  return clusters;
}
