import type { Article, PublicationTime } from '../../core/model.js';
import { datelineLength } from '../segment/index.js';
import { findCandidates } from './find-time-expressions.js';

/** A sibling must be this close to the dateline's day for its year to be borrowed. */
const SIBLING_DAYS = 31;
const DAY_MS = 86_400_000;
/** Confidence of an inferred time: the day is read from the text, only the year is borrowed. */
const INFERRED_CONFIDENCE = 0.6;

/**
 * A publication day for an undated article whose dateline gives a month and day without a
 * year ("VELMORA, May 20 (Meridian Press) —"), taking the year from articles of the same
 * event (`siblingDays`, ISO days): the year that puts the day nearest a sibling, if within a
 * month of one. Marked `inferred`. Without such a dateline — or siblings — nothing: an
 * article that cannot be dated stays undated rather than being given a made-up date.
 */
export function inferPublication(article: Article, siblingDays: readonly string[]): PublicationTime | null {
  if (article.published) return article.published;
  const monthDay = datelineMonthDay(article);
  if (!monthDay || siblingDays.length === 0) return null;
  let best: { day: string; distance: number } | null = null;
  for (const sibling of siblingDays) {
    const year = Number(sibling.slice(0, 4));
    for (const candidateYear of [year - 1, year, year + 1]) {
      const day = `${candidateYear}-${monthDay}`;
      const time = Date.parse(`${day}T00:00:00Z`);
      if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) continue;
      const distance = Math.abs(time - Date.parse(`${sibling.slice(0, 10)}T00:00:00Z`)) / DAY_MS;
      if (!best || distance < best.distance || (distance === best.distance && day < best.day)) best = { day, distance };
    }
  }
  if (!best || best.distance > SIBLING_DAYS) return null;
  return { value: best.day, precision: 'day', provenance: 'inferred', confidence: INFERRED_CONFIDENCE };
}

/** `MM-DD` of a year-less date in the article's dateline, if its first content block has one. */
function datelineMonthDay(article: Article): string | null {
  for (const block of article.blocks.slice(0, 4)) {
    if (block.kind !== 'paragraph') continue;
    const length = datelineLength(article.text.slice(block.start, block.end));
    if (length === 0) continue;
    const span = { start: block.start, end: block.start + length };
    const found = findCandidates(article.text, [span], null).find((c) => /^XXXX-\d{2}-\d{2}$/.test(c.value));
    return found ? found.value.slice(5) : null;
  }
  return null;
}
