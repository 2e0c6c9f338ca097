import type { ArticleFilter } from '../store.js';

/**
 * SQL conditions for an article filter over `articles a`, numbered from `$first`; the
 * PostgreSQL twin of the SQLite `filterClause`.
 */
export function pgFilterClause(filter: ArticleFilter, lead: 'WHERE' | 'AND', first: number): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const next = (value: unknown): string => {
    params.push(value);
    return `$${first + params.length - 1}`;
  };
  if (filter.outlet) conditions.push(`a.outlet = ${next(filter.outlet)}`);
  if (filter.from) conditions.push(`a.published >= ${next(filter.from)}`);
  // A bare day includes that whole day: "2024-03-05" < "2024-03-05T10:00" < "2024-03-05~" (byte order).
  if (filter.to) conditions.push(`a.published COLLATE "C" <= ${next(`${filter.to}~`)}`);
  if (filter.entity) {
    const entity = next(filter.entity);
    conditions.push(`a.id IN (SELECT ae.article_id FROM article_entities ae WHERE ae.entity_key = ${entity}
                     OR ae.entity_key IN (SELECT key FROM entity_keys WHERE entity_id = ${entity}))`);
  }
  if (conditions.length === 0) return { where: '', params };
  return { where: `${lead} ${conditions.join(' AND ')}`, params };
}
