import type { ArticleFilter } from '../store.js';

/**
 * SQL conditions for an article filter over `articles a`. `lead` is the keyword that joins
 * them to the statement: WHERE for a plain list, AND after an FTS MATCH.
 */
export function filterClause(filter: ArticleFilter, lead: 'WHERE' | 'AND' = 'WHERE'): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.outlet) {
    conditions.push('a.outlet = ?');
    params.push(filter.outlet);
  }
  if (filter.from) {
    conditions.push('a.published >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    // A bare day includes that whole day: "2024-03-05" < "2024-03-05T10:00" < "2024-03-05~".
    conditions.push('a.published <= ?');
    params.push(`${filter.to}~`);
  }
  if (filter.entity) {
    conditions.push(`a.id IN (SELECT ae.article_id FROM article_entities ae WHERE ae.entity_key = ?
                     OR ae.entity_key IN (SELECT key FROM entity_keys WHERE entity_id = ?))`);
    params.push(filter.entity, filter.entity);
  }
  if (conditions.length === 0) return { where: '', params };
  return { where: `${lead} ${conditions.join(' AND ')}`, params };
}
