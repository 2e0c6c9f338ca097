import type Database from 'better-sqlite3';
import type { ArticleAnalysis } from '../../core/model.js';
import { copyCandidate, type CopyCandidate, type CopyIndex } from '../../stages/dedupe/index.js';
import { placeholders } from './rows.js';

/** The dedupe stage's index over SQLite: exact-hash lookups and MinHash LSH band lookups. */
export class SqliteCopyIndex implements CopyIndex {
  constructor(private readonly db: Database.Database) {}

  byExactHash(hash: string): CopyCandidate[] {
    const rows = this.db.prepare('SELECT analysis FROM articles WHERE exact_hash = ? ORDER BY seq LIMIT 50').all(hash) as { analysis: string }[];
    return rows.map((r) => toCandidate(JSON.parse(r.analysis) as ArticleAnalysis));
  }

  byBands(bands: readonly string[], limit: number): CopyCandidate[] {
    if (bands.length === 0) return [];
    const rows = this.db
      .prepare(`SELECT a.analysis FROM (SELECT article_id, COUNT(*) AS hits FROM copy_bands WHERE band IN (${placeholders(bands.length)})
                GROUP BY article_id) b JOIN articles a ON a.id = b.article_id ORDER BY b.hits DESC, a.id LIMIT ?`)
      .all(...bands, limit) as { analysis: string }[];
    return rows.map((r) => toCandidate(JSON.parse(r.analysis) as ArticleAnalysis));
  }
}

function toCandidate(analysis: ArticleAnalysis): CopyCandidate {
  const fingerprint = analysis.fingerprint ?? { minhash: [], simhash: '', terms: [], exactHash: '' };
  return copyCandidate(analysis.article, analysis.sentences, fingerprint);
}
