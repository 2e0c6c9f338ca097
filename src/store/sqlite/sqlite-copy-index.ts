import type Database from 'better-sqlite3';
import type { ArticleAnalysis } from '../../core/model.js';
import type { CopyCandidate, CopyIndex } from '../../stages/dedupe/index.js';
import { copyCandidateOf } from '../copy-candidate-of.js';
import { POSTINGS_PER_KEY } from './posting-limits.js';
import { rankByHits } from './rank-by-hits.js';
import { StatementCache } from './statement-cache.js';

/**
 * The dedupe stage's index over SQLite: exact-hash lookups and MinHash LSH band lookups.
 * A band value shared by unrelated articles (common phrases hash alike) gathers postings
 * as the store grows; each band yields its `POSTINGS_PER_KEY` latest articles, since a
 * copy is published close to its original and shares many bands with it.
 */
export class SqliteCopyIndex implements CopyIndex {
  private readonly sql: StatementCache;

  constructor(db: Database.Database) {
    this.sql = new StatementCache(db);
  }

  byExactHash(hash: string): CopyCandidate[] {
    const rows = this.sql.get('SELECT analysis FROM articles WHERE exact_hash = ? ORDER BY seq LIMIT 50').all(hash) as { analysis: string }[];
    return rows.map((r) => copyCandidateOf(JSON.parse(r.analysis) as ArticleAnalysis));
  }

  byBands(bands: readonly string[], limit: number): CopyCandidate[] {
    const hits = new Map<string, number>();
    const postings = this.sql.get('SELECT article_id FROM copy_postings WHERE band = ? ORDER BY seq DESC LIMIT ?');
    for (const band of new Set(bands)) {
      for (const row of postings.all(band, POSTINGS_PER_KEY) as { article_id: string }[]) hits.set(row.article_id, (hits.get(row.article_id) ?? 0) + 1);
    }
    const ids = rankByHits(hits, limit);
    if (ids.length === 0) return [];
    const rows = this.sql.get('SELECT id, analysis FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { id: string; analysis: string }[];
    const byId = new Map(rows.map((r) => [r.id, r.analysis]));
    return ids.flatMap((id) => {
      const analysis = byId.get(id);
      return analysis === undefined ? [] : [copyCandidateOf(JSON.parse(analysis) as ArticleAnalysis)];
    });
  }
}
