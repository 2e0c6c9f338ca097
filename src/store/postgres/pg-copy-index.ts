import type { ArticleAnalysis } from '../../core/model.js';
import type { CopyCandidate, CopyIndex } from '../../stages/dedupe/index.js';
import { copyCandidateOf } from '../copy-candidate-of.js';
import { POSTINGS_PER_KEY } from '../sqlite/posting-limits.js';
import type { PgConnection } from './pg-connection.js';
import { RANK_HITS, rankedRecords } from './rank-hits-sql.js';

/**
 * Bands ($1, a JSON array) once each; each band's `POSTINGS_PER_KEY` ($2) latest articles
 * (by arrival; equal arrivals by id descending, the order SQLite's primary key gives);
 * ranked as `rankByHits` ranks them ($3).
 */
const BY_BANDS = `WITH b AS (SELECT DISTINCT value AS band FROM json_array_elements_text($1::json)),
  hits AS (SELECT p.id FROM b CROSS JOIN LATERAL copy_postings_recent(b.band, $2) p),
  ${RANK_HITS}
  ${rankedRecords('articles', 'analysis')}`;

/**
 * The dedupe stage's index over PostgreSQL: exact-hash lookups and MinHash LSH band
 * lookups, the same answers as `SqliteCopyIndex`, each in one round trip.
 */
export class PgCopyIndex implements CopyIndex {
  constructor(private readonly pg: PgConnection) {}

  byExactHash(hash: string): CopyCandidate[] {
    const rows = this.pg.query<{ analysis: string }>('SELECT analysis FROM articles WHERE exact_hash = $1 ORDER BY seq LIMIT 50', [hash]);
    return rows.map((r) => copyCandidateOf(JSON.parse(r.analysis) as ArticleAnalysis));
  }

  byBands(bands: readonly string[], limit: number): CopyCandidate[] {
    if (bands.length === 0 || limit <= 0) return [];
    const rows = this.pg.query<{ analysis: string }>(BY_BANDS, [JSON.stringify(bands), POSTINGS_PER_KEY, limit]);
    return rows.map((r) => copyCandidateOf(JSON.parse(r.analysis) as ArticleAnalysis));
  }
}
