import type { Article, Mention, Sentence } from '../../core/model.js';
import { termOf } from '../fingerprint/index.js';
import { cosine } from '../events/index.js';
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
 * different happenings. Chosen on synthetic round-ups of Multi-News validation documents
 * against the same documents left whole (`storyline eval passages`): items of different
 * events mostly share under 0.1 of their words, parts of one report mostly over 0.15.
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

interface Unit {
  readonly firstBlock: number;
  readonly lastBlock: number;
  readonly words: number;
  readonly terms: Map<string, number>;
  readonly entities: Set<string>;
}

/**
 * Splits an article that tells several unrelated happenings (a round-up) into passages,
 * one per happening; [] for the common article that tells one. A split needs both sides
 * to be substantial, to have few names in common, and to share almost no words, and every
 * pair of passages must be that distinct: a report that returns to its first subject is
 * one happening with background, not a round-up. Headings start a unit with the block
 * they head.
 */
export function splitPassages(article: Article, sentences: readonly Sentence[], mentions: readonly Mention[]): Passage[] {
  const units = contentUnits(article, sentences, mentions);
  const total = units.reduce((sum, unit) => sum + unit.words, 0);
  if (units.length < 2 || total < 2 * MIN_PASSAGE_WORDS) return [];
  const groups: Unit[][] = [];
  let current: Unit[] = [];
  for (let i = 0; i < units.length; ) {
    const at = current.length > 0 ? bestSplit(current, units, i) : null;
    if (at !== null) {
      current.push(...units.slice(i, at));
      groups.push(current);
      current = [];
      i = at;
    }
    current.push(units[i]!);
    i++;
  }
  groups.push(current);
  if (groups.length < 2) return [];
  const merged = groups.map(mergeUnits);
  for (let a = 0; a < merged.length; a++) {
    for (let b = a + 1; b < merged.length; b++) if (!distinct(merged[a]!, merged[b]!)) return [];
  }
  if (headlineTellsLeadOnly(article.title, merged) || !balanced(merged)) return [];
  return merged.map((unit) => ({
    firstBlock: unit.firstBlock,
    lastBlock: unit.lastBlock,
    start: article.blocks[unit.firstBlock]!.start,
    end: article.blocks[unit.lastBlock]!.end,
  }));
}

/**
 * Where the next passage starts, if the text from `units[i]` on tells another happening
 * than `current`: among the split points from `i` to the end of the window ahead, the one
 * whose two sides have least in common (an item's last short paragraph stays with it
 * instead of starting the window). Null when the sides are not distinct at `i`.
 */
function bestSplit(current: readonly Unit[], units: readonly Unit[], i: number): number | null {
  const ahead = windowAt(units, i);
  if (ahead === null || !distinct(mergeUnits(current), ahead.unit)) return null;
  let best = { at: i, overlap: overlap(mergeUnits(current), ahead.unit) };
  for (let j = i + 1; j < ahead.end; j++) {
    const left = mergeUnits([...current, ...units.slice(i, j)]);
    const right = windowAt(units, j);
    if (right === null || !distinct(left, right.unit)) continue;
    const o = overlap(left, right.unit);
    if (o < best.overlap) best = { at: j, overlap: o };
  }
  return best.at;
}

/** The units from `i` on until they hold MIN_PASSAGE_WORDS words, merged; null when the article ends first. */
function windowAt(units: readonly Unit[], i: number): { unit: Unit; end: number } | null {
  const ahead: Unit[] = [];
  let words = 0;
  for (let j = i; j < units.length; j++) {
    ahead.push(units[j]!);
    words += units[j]!.words;
    if (words >= MIN_PASSAGE_WORDS) return { unit: mergeUnits(ahead), end: j + 1 };
  }
  return null;
}

/** What two sides have in common: their term cosine plus the share of the smaller side's names they share. */
function overlap(a: Unit, b: Unit): number {
  return cosine(Object.fromEntries(a.terms), Object.fromEntries(b.terms)) + sharedEntities(a, b) / Math.max(1, Math.min(a.entities.size, b.entities.size));
}

function sharedEntities(a: Unit, b: Unit): number {
  let shared = 0;
  for (const key of a.entities) if (b.entities.has(key)) shared++;
  return shared;
}

function distinct(a: Unit, b: Unit): boolean {
  if (a.entities.size < MIN_PASSAGE_ENTITIES || b.entities.size < MIN_PASSAGE_ENTITIES) return false;
  if (a.words < MIN_PASSAGE_WORDS || b.words < MIN_PASSAGE_WORDS) return false;
  if (sharedEntities(a, b) > MAX_SHARED_ENTITIES * Math.min(a.entities.size, b.entities.size)) return false;
  return cosine(Object.fromEntries(a.terms), Object.fromEntries(b.terms)) <= MAX_TERM_SIMILARITY;
}

/**
 * Longest passage over shortest, at most. A round-up's items are of a size (a brief each);
 * a long report with a distinct short tail (a reporting credit, one last voice) is one
 * report. Four lets a 40-word brief stand beside a 160-word one.
 */
const MAX_SIZE_RATIO = 4;

function balanced(passages: readonly Unit[]): boolean {
  const sizes = passages.map((p) => p.words);
  return Math.max(...sizes) <= MAX_SIZE_RATIO * Math.min(...sizes);
}

/**
 * Whether the headline is about the first passage alone: then the article is a report of
 * that happening whose later paragraphs turn to reactions and consequences (a mayor's
 * mourning day after a collapse), not a round-up. A round-up's headline is generic ("in
 * brief") or names several of its items.
 */
function headlineTellsLeadOnly(title: string, passages: readonly Unit[]): boolean {
  const terms = termCounts(title);
  if (terms.size < 2) return false;
  const headline = Object.fromEntries(terms);
  const [lead, ...rest] = passages.map((p) => cosine(headline, Object.fromEntries(p.terms)));
  return (lead ?? 0) >= HEADLINE_LEAD && rest.every((c) => c < HEADLINE_OTHERS);
}

/** Headline–passage term cosines: a headline about a passage shares a few of its words (0.2–0.5 on the demo's reports), one about another happening next to none. */
const HEADLINE_LEAD = 0.15;
const HEADLINE_OTHERS = 0.05;

function termCounts(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const term = termOf(match[0]);
    if (term !== null) terms.set(term, (terms.get(term) ?? 0) + 1);
  }
  return terms;
}

/** Content blocks (no title, no boilerplate) as units; a heading joins the block after it. */
function contentUnits(article: Article, sentences: readonly Sentence[], mentions: readonly Mention[]): Unit[] {
  const sentenceBlocks = new Set(sentences.map((s) => s.block));
  const units: Unit[] = [];
  let heading: number | null = null;
  article.blocks.forEach((block, index) => {
    if (block.kind === 'title' || block.kind === 'boilerplate' || !sentenceBlocks.has(index)) return;
    if (block.kind === 'heading') {
      heading ??= index;
      return;
    }
    const first = heading ?? index;
    heading = null;
    units.push(unitOf(article, mentions, first, index));
  });
  return units;
}

function unitOf(article: Article, mentions: readonly Mention[], firstBlock: number, lastBlock: number): Unit {
  const start = article.blocks[firstBlock]!.start;
  const end = article.blocks[lastBlock]!.end;
  const text = article.text.slice(start, end);
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const terms = termCounts(text);
  const entities = new Set(namedMentions(mentions).filter((m) => m.start >= start && m.end <= end).map((m) => m.key));
  return { firstBlock, lastBlock, words, terms, entities };
}

function mergeUnits(units: readonly Unit[]): Unit {
  const terms = new Map<string, number>();
  const entities = new Set<string>();
  let words = 0;
  for (const unit of units) {
    words += unit.words;
    for (const [term, n] of unit.terms) terms.set(term, (terms.get(term) ?? 0) + n);
    for (const key of unit.entities) entities.add(key);
  }
  return { firstBlock: units[0]?.firstBlock ?? 0, lastBlock: units[units.length - 1]?.lastBlock ?? 0, words, terms, entities };
}
