import type { ClusteredDocument } from '../clusters/index.js';
import type { RoundUp } from './build-round-ups.js';

export interface RoundUpScores {
  /** Split points (a passage starting at an item's first paragraph) found among the gold ones. */
  readonly boundaryPrecision: number;
  readonly boundaryRecall: number;
  /** Items whose passage (or, unsplit, whose round-up) reached an event of the item's gold event. */
  readonly itemRecall: number;
  /** Of the events round-ups were put in or linked to, those of the right gold event. */
  readonly linkPrecision: number;
  readonly links: number;
}

/**
 * Scores round-ups against their items. An event counts as an item's when most of the whole
 * documents in it belong to the item's gold event. A passage counts by its link; the
 * passage that placed the round-up (the lead when it was placed whole), unlinked, by the
 * round-up's own event (as the product records it), and an unsplit round-up by its event
 * for every item.
 */
export function scoreRoundUps(
  clustered: readonly ClusteredDocument[],
  roundUps: ReadonlyMap<string, RoundUp>,
  gold: ReadonlyMap<string, string>,
  eventOf: ReadonlyMap<string, string>,
): RoundUpScores {
  const majority = majorityGold(gold, eventOf);
  let goldBoundaries = 0, foundBoundaries = 0, rightBoundaries = 0, rightItems = 0, items = 0, links = 0, rightLinks = 0;
  for (const doc of clustered) {
    const roundUp = roundUps.get(doc.id);
    if (!roundUp) continue;
    const starts = new Set(roundUp.items.slice(1).map((item) => item.firstParagraph));
    const found = doc.passages.slice(1).map((p) => p.passage.firstBlock);
    goldBoundaries += starts.size;
    foundBoundaries += found.length;
    rightBoundaries += found.filter((b) => starts.has(b)).length;
    // What the round-up was put in or linked to, by paragraph.
    const reached = (paragraph: number): string | null => {
      const passage = doc.passages.find((p) => p.passage.firstBlock <= paragraph && paragraph <= p.passage.lastBlock);
      if (!passage) return doc.assignment.eventId;
      return passage.link?.eventId ?? (passage === doc.passages[doc.placedBy ?? 0] ? doc.assignment.eventId : null);
    };
    const events = new Set<string>([doc.assignment.eventId, ...doc.passages.flatMap((p) => (p.link ? [p.link.eventId] : []))]);
    links += events.size;
    const itemClusters = new Set(roundUp.items.map((item) => item.cluster));
    rightLinks += [...events].filter((e) => itemClusters.has(majority.get(e) ?? '')).length;
    for (const item of roundUp.items) {
      items++;
      const event = reached(item.firstParagraph);
      if (event !== null && majority.get(event) === item.cluster) rightItems++;
    }
  }
  return {
    boundaryPrecision: foundBoundaries === 0 ? 0 : rightBoundaries / foundBoundaries,
    boundaryRecall: goldBoundaries === 0 ? 0 : rightBoundaries / goldBoundaries,
    itemRecall: items === 0 ? 0 : rightItems / items,
    linkPrecision: links === 0 ? 0 : rightLinks / links,
    links,
  };
}

/** Each event's most common gold event among its whole documents (ties: the smaller id). */
function majorityGold(gold: ReadonlyMap<string, string>, eventOf: ReadonlyMap<string, string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [doc, cluster] of gold) {
    const event = eventOf.get(doc);
    if (event === undefined) continue;
    const byCluster = counts.get(event) ?? new Map<string, number>();
    byCluster.set(cluster, (byCluster.get(cluster) ?? 0) + 1);
    counts.set(event, byCluster);
  }
  const out = new Map<string, string>();
  for (const [event, byCluster] of counts) {
    const [best] = [...byCluster].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (best) out.set(event, best[0]);
  }
  return out;
}
