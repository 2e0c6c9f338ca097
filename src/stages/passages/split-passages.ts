import type { Article, Mention, Sentence } from '../../core/model.js';
import { forEachTerm } from '../fingerprint/index.js';
import { namedMentions } from '../entities/index.js';

/** A run of an article's blocks that tells one happening. */
export interface Passage {
  /** Index of its first and last block in `Article.blocks`. */
  readonly firstBlock: number;
  readonly lastBlock: number;
  /** Character range in `Article.text`: first block's start to last block's end. */
  readonly start: number;
  readonly end: number;
}

/**
 * Fewest content words on each side of a split. A news item of a round-up ("in brief",
 * a daily briefing) is at least a paragraph of two or three sentences; anything shorter
 * is a caption or an aside, not a happening.
 */
export const MIN_PASSAGE_WORDS = 40;
/**
 * Highest term cosine (raw counts, stop words dropped) between two passages that tell
 * different happenings. Set by hand from the synthetic Multi-News round-ups (`storyline
 * eval passages`): adjacent items of different events scored 0.00–0.06 in all but three of
 * about seventy cases, while a report's own later paragraphs (the demo's) scored 0.06–0.11,
 * which the other tests (names, sizes, headline) then have to tell apart.
 */
export const MAX_TERM_SIMILARITY = 0.1;
/** Names a passage must have: the "who and where" of a news item, and what makes two items comparable. */
const MIN_PASSAGE_ENTITIES = 2;
/**
 * Largest share of the smaller side's names the two sides may have in common. Unrelated
 * items still meet on a country or a head of state ("United States", "Barack Obama");
 * parts of one report share most of their names.
 */
const MAX_SHARED_ENTITIES = 0.2;

/** Words, term counts and names of a run of blocks; `norm2` is the squared length of the term counts. */
interface Bag {
  readonly firstBlock: number;
  readonly lastBlock: number;
  readonly words: number;
  readonly terms: ReadonlyMap<string, number>;
  readonly norm2: number;
  /** Name key → how many of the bag's units name it. */
  readonly entities: ReadonlyMap<string, number>;
}

/**
 * The passage being read, grown and shrunk one unit at a time, so that comparing it with
 * the text ahead costs the size of the text ahead, not of the passage (a live page can
 * have thousands of blocks).
 */
class Accumulator implements Bag {
  firstBlock = 0;
  lastBlock = 0;
  words = 0;
  norm2 = 0;
  readonly terms = new Map<string, number>();
  readonly entities = new Map<string, number>();
  /** Units held. */
  size = 0;

  add(unit: Bag, sign: 1 | -1 = 1): void {
    if (sign === 1 && this.size === 0) this.firstBlock = unit.firstBlock;
    if (sign === 1) this.lastBlock = unit.lastBlock;
    this.size += sign;
    this.words += sign * unit.words;
    for (const [term, n] of unit.terms) {
      const old = this.terms.get(term) ?? 0;
      const now = old + sign * n;
      this.norm2 += now * now - old * old;
      if (now === 0) this.terms.delete(term);
      else this.terms.set(term, now);
    }
    for (const [key, n] of unit.entities) {
      const now = (this.entities.get(key) ?? 0) + sign * n;
      if (now === 0) this.entities.delete(key);
      else this.entities.set(key, now);
    }
  }

  /** A copy that no longer changes. */
  freeze(): Bag {
    return { firstBlock: this.firstBlock, lastBlock: this.lastBlock, words: this.words, terms: new Map(this.terms), norm2: this.norm2, entities: new Map(this.entities) };
  }
}

/**
 * Splits an article that tells several unrelated happenings (a round-up) into passages,
 * one per happening; [] for the common article that tells one. A split needs both sides
 * to be substantial, to have few names in common, and to share almost no words, and every
 * pair of passages must be that distinct: a report that returns to its first subject is
 * one happening with background, not a round-up. Headings start a unit with the block
 * they head. Linear in the article's length.
 */
export function splitPassages(article: Article, sentences: readonly Sentence[], mentions: readonly Mention[]): Passage[] {
  const units = contentUnits(article, sentences, mentions);
  const total = units.reduce((sum, unit) => sum + unit.words, 0);
  if (units.length < 2 || total < 2 * MIN_PASSAGE_WORDS) return [];
  const passages: Bag[] = [];
  let current = new Accumulator();
  for (let i = 0; i < units.length; ) {
    const at = current.size > 0 ? bestSplit(current, units, i) : null;
    if (at !== null) {
      for (let k = i; k < at; k++) current.add(units[k]!);
      passages.push(current.freeze());
      current = new Accumulator();
      i = at;
    }
    current.add(units[i]!);
    i++;
  }
  passages.push(current.freeze());
  if (passages.length < 2) return [];
  for (let a = 0; a < passages.length; a++) {
    for (let b = a + 1; b < passages.length; b++) if (!distinct(passages[a]!, passages[b]!)) return [];
  }
  if (headlineTellsLeadOnly(article.title, passages) || !balanced(passages)) return [];
  return passages.map((p) => ({
    firstBlock: p.firstBlock,
    lastBlock: p.lastBlock,
    start: article.blocks[p.firstBlock]!.start,
    end: article.blocks[p.lastBlock]!.end,
  }));
}

/**
 * Where the next passage starts, if the text from `units[i]` on tells another happening
 * than `current`: among the split points from `i` to the end of the window ahead, the one
 * whose two sides have least in common (an item's last short paragraph stays with it
 * instead of starting the window). Null when the sides are not distinct at `i`. Leaves
 * `current` as it found it.
 */
function bestSplit(current: Accumulator, units: readonly Bag[], i: number): number | null {
  if (current.words < MIN_PASSAGE_WORDS || current.entities.size < MIN_PASSAGE_ENTITIES) return null;
  const ahead = windowAt(units, i);
  if (ahead === null || !distinct(current, ahead.bag)) return null;
  let best = { at: i, overlap: overlap(current, ahead.bag) };
  const lastBlock = current.lastBlock;
  let j = i + 1;
  for (; j < ahead.end; j++) {
    current.add(units[j - 1]!);
    const right = windowAt(units, j);
    if (right === null || !distinct(current, right.bag)) continue;
    const o = overlap(current, right.bag);
    if (o < best.overlap) best = { at: j, overlap: o };
  }
  for (let k = i; k < j - 1; k++) current.add(units[k]!, -1);
  current.lastBlock = lastBlock;
  return best.at;
}

/** The units from `i` on until they hold MIN_PASSAGE_WORDS words, merged; null when the article ends first. */
function windowAt(units: readonly Bag[], i: number): { bag: Bag; end: number } | null {
  const ahead = new Accumulator();
  for (let j = i; j < units.length; j++) {
    ahead.add(units[j]!);
    if (ahead.words >= MIN_PASSAGE_WORDS) return { bag: ahead, end: j + 1 };
  }
  return null;
}

/** Cosine of two bags' term counts, walking the smaller one. */
function termCosine(a: Bag, b: Bag): number {
  const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, n] of small.terms) dot += n * (large.terms.get(term) ?? 0);
  return dot === 0 ? 0 : dot / Math.sqrt(a.norm2 * b.norm2);
}

function sharedEntities(a: Bag, b: Bag): number {
  const [small, large] = a.entities.size <= b.entities.size ? [a, b] : [b, a];
  let shared = 0;
  for (const key of small.entities.keys()) if (large.entities.has(key)) shared++;
  return shared;
}

/** What two sides have in common: their term cosine plus the share of the smaller side's names they share. */
function overlap(a: Bag, b: Bag): number {
  return termCosine(a, b) + sharedEntities(a, b) / Math.max(1, Math.min(a.entities.size, b.entities.size));
}

function distinct(a: Bag, b: Bag): boolean {
  if (a.entities.size < MIN_PASSAGE_ENTITIES || b.entities.size < MIN_PASSAGE_ENTITIES) return false;
  if (a.words < MIN_PASSAGE_WORDS || b.words < MIN_PASSAGE_WORDS) return false;
  if (sharedEntities(a, b) > MAX_SHARED_ENTITIES * Math.min(a.entities.size, b.entities.size)) return false;
  return termCosine(a, b) <= MAX_TERM_SIMILARITY;
}

/**
 * Longest passage over shortest, at most. A round-up's items are of a size (a brief each);
 * a long report with a distinct short tail (a reporting credit, one last voice) is one
 * report. Four lets a 40-word brief stand beside a 160-word one.
 */
const MAX_SIZE_RATIO = 4;

function balanced(passages: readonly Bag[]): boolean {
  const sizes = passages.map((p) => p.words);
  return Math.max(...sizes) <= MAX_SIZE_RATIO * Math.min(...sizes);
}

/**
 * Whether the headline is about the first passage alone: then the article is a report of
 * that happening whose later paragraphs turn to reactions and consequences, not a
 * round-up (a headline that shares a word or two with a later passage does not count as
 * about the first alone, so such a report can still be split; its later passages then
 * point at its own event or at none). A round-up's headline is generic ("in
 * brief") or names several of its items.
 */
function headlineTellsLeadOnly(title: string, passages: readonly Bag[]): boolean {
  const terms = termCounts(title);
  if (terms.size < 2) return false;
  const headline = bagOf(0, 0, 0, terms, new Map());
  const [lead, ...rest] = passages.map((p) => termCosine(headline, p));
  return (lead ?? 0) >= HEADLINE_LEAD && rest.every((c) => c < HEADLINE_OTHERS);
}

/** Headline–passage term cosines: a headline about a passage shares a few of its words (0.2–0.5 on the demo's reports), one about another happening next to none. */
const HEADLINE_LEAD = 0.15;
const HEADLINE_OTHERS = 0.05;

function termCounts(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  forEachTerm(text, (term) => terms.set(term, (terms.get(term) ?? 0) + 1));
  return terms;
}

/**
 * Content blocks (no title, no boilerplate) as units; a heading joins the block after it.
 * Mentions are handed out to blocks in one walk (both are in text order).
 */
function contentUnits(article: Article, sentences: readonly Sentence[], mentions: readonly Mention[]): Bag[] {
  const sentenceBlocks = new Set(sentences.map((s) => s.block));
  const names = namedMentions(mentions).sort((x, y) => x.start - y.start);
  let next = 0;
  const units: Bag[] = [];
  let heading: number | null = null;
  article.blocks.forEach((block, index) => {
    if (block.kind === 'title' || block.kind === 'boilerplate' || !sentenceBlocks.has(index)) return;
    if (block.kind === 'heading') {
      heading ??= index;
      return;
    }
    const first = heading ?? index;
    heading = null;
    const start = article.blocks[first]!.start;
    const entities = new Map<string, number>();
    while (next < names.length && names[next]!.start < start) next++;
    for (; next < names.length && names[next]!.start < block.end; next++) {
      if (names[next]!.end <= block.end) entities.set(names[next]!.key, 1);
    }
    const text = article.text.slice(start, block.end);
    const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    units.push(bagOf(first, index, words, termCounts(text), entities));
  });
  return units;
}

function bagOf(firstBlock: number, lastBlock: number, words: number, terms: ReadonlyMap<string, number>, entities: ReadonlyMap<string, number>): Bag {
  let norm2 = 0;
  for (const n of terms.values()) norm2 += n * n;
  return { firstBlock, lastBlock, words, terms, norm2, entities };
}
