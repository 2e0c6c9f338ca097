import type { SeededRandom } from '../../core/seeded-random.js';

/** An article as the benchmark handles it: a headline and paragraphs. */
export interface Draft {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

/** The known transformations a copy goes through on its way to another page. */
export type TransformName = 'headline' | 'boilerplate' | 'truncate' | 'reorder' | 'edit' | 'syndication';
export const TRANSFORMS: readonly TransformName[] = ['headline', 'boilerplate', 'truncate', 'reorder', 'edit', 'syndication'];

// Page furniture of the kinds news sites wrap around a story (written for this benchmark).
const BOILERPLATE = [
  'Advertisement',
  'Sign up for our morning newsletter and get the day\'s top stories in your inbox.',
  'Follow us on Twitter and Facebook for the latest updates.',
  'Share this article',
  'Read more: the latest news from our correspondents',
  'Copyright 2010 Newswire Media. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'Click here to get breaking news alerts on your phone.',
  'Story continues below advertisement',
];
const AGENCIES = ['Reuters', 'AP', 'AFP', 'Bloomberg', 'Press Association', 'Dow Jones'];
const OUTLETS = ['the Coastal Tribune', 'the Daily Ledger', 'Metro Herald', 'the Evening Courier', 'Northfield Gazette'];
const INSERTS = ['also', 'reportedly', 'now', 'still', 'later', 'meanwhile'];
const SWAPS: Readonly<Record<string, string>> = {
  said: 'stated', says: 'states', told: 'informed', big: 'large', large: 'big', after: 'following',
  about: 'around', more: 'over', but: 'however', officials: 'authorities', people: 'residents',
};

export function applyTransform(name: TransformName, draft: Draft, random: SeededRandom): Draft {
  switch (name) {
    case 'headline': return { ...draft, title: rewriteHeadline(draft, random) };
    case 'boilerplate': return { ...draft, paragraphs: addBoilerplate(draft.paragraphs, random) };
    case 'truncate': return { ...draft, paragraphs: truncate(draft.paragraphs, 0.4 + 0.4 * random.next()) };
    case 'reorder': return { ...draft, paragraphs: reorder(draft.paragraphs, random) };
    case 'edit': return { ...draft, paragraphs: smallEdits(draft.paragraphs, random) };
    case 'syndication': return { ...draft, paragraphs: syndicate(draft.paragraphs, random) };
  }
}

/** A new headline from the lead's words, or the old one with a wire prefix or outlet suffix. */
function rewriteHeadline(draft: Draft, random: SeededRandom): string {
  const lead = (draft.paragraphs[0] ?? '').split(/\s+/).slice(0, random.int(6, 11)).join(' ');
  const style = random.int(0, 2);
  if (style === 0 || draft.title === '') return lead.replace(/[,;:]$/, '');
  if (style === 1) return `UPDATE ${random.int(1, 4)}-${draft.title}`;
  return `${draft.title} | ${random.pick(OUTLETS)}`;
}

function addBoilerplate(paragraphs: readonly string[], random: SeededRandom): string[] {
  const out = [...paragraphs];
  for (let n = random.int(1, 3); n > 0; n--) out.splice(random.int(0, out.length), 0, random.pick(BOILERPLATE));
  return out;
}

/**
 * The first `share` of the text (at least), cut at the first sentence end past it, as an
 * outlet does when it runs the top of a story. At least one sentence stays.
 */
export function truncate(paragraphs: readonly string[], share: number): string[] {
  const budget = paragraphs.reduce((sum, p) => sum + p.length, 0) * share;
  const out: string[] = [];
  let used = 0;
  for (const paragraph of paragraphs) {
    if (used >= budget) break;
    out.push(used + paragraph.length <= budget ? paragraph : cutAfter(paragraph, budget - used));
    used += paragraph.length;
  }
  return out;
}

/** The paragraph up to its first sentence end at or after `chars` (whole when there is none). */
function cutAfter(paragraph: string, chars: number): string {
  const end = [...paragraph.matchAll(/[.!?]["”]?(\s|$)/g)].map((m) => (m.index ?? 0) + m[0].length).find((e) => e >= chars);
  return paragraph.slice(0, end ?? paragraph.length).trim();
}

/** One to three paragraphs moved elsewhere (a "box" moved up, a background paragraph moved down). */
function reorder(paragraphs: readonly string[], random: SeededRandom): string[] {
  const out = [...paragraphs];
  if (out.length < 3) return out;
  for (let n = random.int(1, 3); n > 0; n--) {
    const [moved] = out.splice(random.int(0, out.length - 1), 1);
    if (moved !== undefined) out.splice(random.int(0, out.length), 0, moved);
  }
  return out;
}

/** Two to five word-level corrections: a word swapped, inserted or deleted. */
function smallEdits(paragraphs: readonly string[], random: SeededRandom): string[] {
  const out = [...paragraphs];
  for (let n = random.int(2, 5); n > 0; n--) {
    const index = random.int(0, out.length - 1);
    const words = (out[index] ?? '').split(' ');
    const at = random.int(0, words.length - 1);
    const word = words[at] ?? '';
    const swap = SWAPS[word.toLowerCase()];
    if (swap !== undefined) words[at] = swap;
    else if (random.chance(0.5) && words.length > 4) words.splice(at, 1);
    else words.splice(at, 0, random.pick(INSERTS));
    out[index] = words.join(' ');
  }
  return out;
}

/** A wire credit on the lead, a "first appeared in" footer, or both. */
function syndicate(paragraphs: readonly string[], random: SeededRandom): string[] {
  const out = [...paragraphs];
  const style = random.int(0, 2);
  if (style !== 1) out[0] = `(Wire: ${random.pick(AGENCIES)}) ${out[0] ?? ''}`;
  if (style !== 0) out.push(`This article first appeared in ${random.pick(OUTLETS)} and is republished here under a content-sharing agreement.`);
  return out;
}
