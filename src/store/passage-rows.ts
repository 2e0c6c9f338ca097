import type { EventFeatures } from '../stages/events/index.js';
import type { PassageQuery, PassageRecord } from './store.js';

/** A row of `article_passages` as both stores return it. */
export interface PassageRow {
  readonly article_id: string;
  readonly passage: number;
  readonly first_block: number;
  readonly last_block: number;
  readonly start_char: number;
  readonly end_char: number;
  readonly features: string;
  readonly event_id: string | null;
  readonly score: number;
  readonly why: string;
}

export const PASSAGE_COLUMNS = 'article_id, passage, first_block, last_block, start_char, end_char, features, event_id, score, why';

export function toPassage(row: PassageRow): PassageRecord {
  return {
    articleId: row.article_id,
    index: Number(row.passage),
    firstBlock: Number(row.first_block),
    lastBlock: Number(row.last_block),
    start: Number(row.start_char),
    end: Number(row.end_char),
    features: JSON.parse(row.features) as EventFeatures,
    eventId: row.event_id,
    score: Number(row.score),
    why: JSON.parse(row.why) as string[],
  };
}

/** The row values of a passage, in `PASSAGE_COLUMNS` order. */
export function passageValues(p: PassageRecord): unknown[] {
  return [p.articleId, p.index, p.firstBlock, p.lastBlock, p.start, p.end, JSON.stringify(p.features), p.eventId, p.score, JSON.stringify(p.why)];
}

/** The WHERE clause of a passage query, with `?`-style placeholders, and its one value. */
export function passageWhere(query: PassageQuery): { where: string; value: string | null } {
  if ('eventId' in query) return { where: 'event_id = ?', value: query.eventId };
  if ('articleId' in query) return { where: 'article_id = ?', value: query.articleId };
  return { where: 'event_id IS NULL', value: null };
}
