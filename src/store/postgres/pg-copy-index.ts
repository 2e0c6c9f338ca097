import type { ArticleAnalysis } from '../../core/model.js';
import type { CopyCandidate, CopyIndex } from '../../stages/dedupe/index.js';
import { copyCandidateOf } from '../copy-candidate-of.js';
import { pgPlaceholders, type PgConnection } from './pg-connection.js';

/** The dedupe stage's index over PostgreSQL: exact-hash and MinHash LSH band lookups. */
export class PgCopyIndex implements CopyIndex {
  constructor(private readonly pg: PgConnection) {}

  byExactHash(hash: string): CopyCandidate[] {
    const rows = this.pg.query<{ analysis: string }>('SELECT analysis FROM articles WHERE exact_hash = $1 ORDER BY seq LIMIT 50', [hash]);
    return rows.map((r) => copyCandidateOf(JSON.parse(r.analysis) as ArticleAnalysis));
  }

  byBands(bands: readonly string[], limit: number): CopyCandidate[] {
    if (bands.length === 0) return [];
    const rows = this.pg.query<{ analysis: string }>(
      `SELECT a.analysis FROM (SELECT article_id, COUNT(*) AS hits FROM copy_bands WHERE band IN (${pgPlaceholders(bands.length)}) GROUP BY article_id) b
       JOIN articles a ON a.id = b.article_id ORDER BY b.hits DESC, a.id COLLATE "C" LIMIT $${bands.length + 1}`,
      [...bands, limit],
    );
    return rows.map((r) => copyCandidateOf(JSON.parse(r.analysis) as ArticleAnalysis));
  }
}
