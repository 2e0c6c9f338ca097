import type { ArticleAnalysis } from '../../core/model.js';
import type { ArticleSummary } from '../store.js';

/** The columns of `articles` that make an `ArticleSummary`. */
export const SUMMARY_COLUMNS = 'a.id, a.outlet, a.title, a.url, a.published, a.article_type, a.confidence, a.locator';

export interface SummaryRow {
  id: string;
  outlet: string;
  title: string;
  url: string | null;
  published: string | null;
  article_type: string;
  confidence: number;
  locator: string;
}

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    outlet: row.outlet,
    title: row.title,
    url: row.url,
    published: row.published,
    articleType: row.article_type as ArticleSummary['articleType'],
    confidence: row.confidence,
    locator: row.locator,
  };
}

/** Text for full-text search: the non-boilerplate blocks. */
export function searchableBody(analysis: ArticleAnalysis): string {
  const { text, blocks } = analysis.article;
  return blocks.filter((b) => b.kind !== 'boilerplate').map((b) => text.slice(b.start, b.end)).join('\n');
}

/** Quotes each word so user input cannot inject FTS5 syntax; words are ANDed. */
export function ftsQuery(query: string): string {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}
