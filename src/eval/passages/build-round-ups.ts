import type { GoldCluster } from '../clusters/index.js';
import { seededShuffle } from '../clusters/index.js';

/** One item of a synthetic round-up: which gold event it tells, and which paragraphs hold it. */
export interface RoundUpItem {
  readonly cluster: string;
  /** Paragraph indexes (0-based, in the round-up's text split on blank lines) of its first and last paragraph. */
  readonly firstParagraph: number;
  readonly lastParagraph: number;
}

export interface RoundUp {
  readonly id: string;
  readonly text: string;
  readonly items: readonly RoundUpItem[];
}

export interface RoundUpSet {
  /** The pool of whole documents, minus the ones whose leads went into round-ups. */
  readonly documents: readonly { readonly id: string; readonly gold: string; readonly text: string }[];
  readonly roundUps: readonly RoundUp[];
}

/** Words an item's lead runs to before it stops taking paragraphs (a brief of a few sentences). */
const ITEM_WORDS = 70;
const ITEM_MAX_PARAGRAPHS = 4;
/** A brief shorter than this is a headline with a line, not an item (the splitter's own minimum is 40). */
const ITEM_MIN_WORDS = 50;

/**
 * Builds round-ups ("news in brief") from gold event clusters: each round-up strings
 * together the leads of 2–4 documents of different events, and those documents leave the
 * pool (the rest of each event stays, so the event exists without them). Only events with
 * three or more documents give items, so two still report the event. Deterministic for a seed.
 */
export function buildRoundUps(clusters: readonly GoldCluster[], options: { count: number; seed: number }): RoundUpSet {
  const paragraphsOf = (text: string) => text.replace(/\r/g, '').split(/[ \t]*\n[ \t]*\n[ \t]*/).map((p) => p.trim()).filter((p) => p !== '');
  const eligible = seededShuffle(clusters.filter((c) => c.documents.length >= 3), options.seed);
  const used = new Map<string, number>();
  const roundUps: RoundUp[] = [];
  let next = 0;
  for (let r = 0; r < options.count && next < eligible.length; r++) {
    const size = 2 + (r % 3);
    const paragraphs: string[] = [];
    const items: RoundUpItem[] = [];
    for (let k = 0; k < size && next < eligible.length; k++, next++) {
      const cluster = eligible[next]!;
      const lead = leadParagraphs(paragraphsOf(cluster.documents[0]!));
      if (lead.join(' ').split(/\s+/).length < ITEM_MIN_WORDS) continue;
      used.set(cluster.cluster, 0);
      items.push({ cluster: cluster.cluster, firstParagraph: paragraphs.length, lastParagraph: paragraphs.length + lead.length - 1 });
      paragraphs.push(...lead);
    }
    if (items.length >= 2) roundUps.push({ id: `roundup_${r}`, text: paragraphs.join('\n\n'), items });
  }
  const documents = clusters.flatMap((cluster) =>
    cluster.documents
      .map((text, index) => ({ id: `mn_${cluster.cluster}_${index}`, gold: cluster.cluster, text, index }))
      .filter((doc) => used.get(cluster.cluster) !== doc.index)
      .map(({ id, gold, text }) => ({ id, gold, text })),
  );
  return { documents, roundUps };
}

/** The first paragraphs of a document that are sentences (not a bare headline), up to about ITEM_WORDS words. */
function leadParagraphs(paragraphs: readonly string[]): string[] {
  const lead: string[] = [];
  let words = 0;
  for (const paragraph of paragraphs) {
    if (!/[.!?]["”’]?$/.test(paragraph) || paragraph.split(/\s+/).length < 8) {
      if (lead.join(' ').split(/\s+/).length < ITEM_MIN_WORDS) continue;
      break;
    }
    lead.push(paragraph);
    words += paragraph.split(/\s+/).length;
    if (words >= ITEM_WORDS || lead.length >= ITEM_MAX_PARAGRAPHS) break;
  }
  return lead;
}
