import type Database from 'better-sqlite3';
import type { ArticleAnalysis } from '../../core/model.js';
import type { CopyCandidate, CopyIndex } from '../../stages/dedupe/index.js';
import { copyCandidateOf } from '../copy-candidate-of.js';
import { POSTINGS_PER_KEY } from './posting-limits.js';
import { rankByHits } from './rank-by-hits.js';
import { StatementCache } from './statement-cache.js';
import { StoreEpoch } from './store-epoch.js';

/** A stored article row: its id and the arrival number of its latest save. */
interface Version {
  readonly id: string;
  readonly seq: number;
}

/** Band candidates remembered at most: several days of articles at 300 a day. */
const CANDIDATES_HELD = 4000;

/**
 * The dedupe stage's index over SQLite: exact-hash lookups and MinHash LSH band lookups.
 * A band value shared by unrelated articles (common phrases hash alike) gathers postings
 * as the store grows; each band yields its `POSTINGS_PER_KEY` latest articles, since a
 * copy is published close to its original and shares many bands with it.
 */
export class SqliteCopyIndex implements CopyIndex {
  private readonly sql: StatementCache;
  /**
   * Candidates already read, by article id with the `seq` of the row they came from:
   * the same recent articles are candidates for article after article, and parsing each
   * one's stored analysis (and normalising its text) again was a third of the copy step.
   * Every committed save of an article gives it a new `seq`, so a row read again under the
   * same `seq` is the row remembered; a rollback (which gives a `seq` out again) empties it.
   */
  private readonly candidates = new Map<string, { readonly seq: number; readonly candidate: CopyCandidate }>();
  private readonly epoch: StoreEpoch;
  private candidatesEpoch = -1;

  private readonly held: number;

  /**
   * `epoch`: the store's, which a rollback bumps (a rolled-back save's `seq` is given out
   * again); `held`: candidates remembered at most (the oldest make room).
   */
  constructor(db: Database.Database, options: { readonly epoch?: StoreEpoch; readonly held?: number } = {}) {
    this.sql = new StatementCache(db);
    this.epoch = options.epoch ?? new StoreEpoch(db);
    this.held = options.held ?? CANDIDATES_HELD;
  }

  byExactHash(hash: string): CopyCandidate[] {
    return this.candidatesOf(this.sql.get('SELECT id, seq FROM articles WHERE exact_hash = ? ORDER BY seq LIMIT 50').all(hash) as Version[]);
  }

  byBands(bands: readonly string[], limit: number): CopyCandidate[] {
    const hits = new Map<string, number>();
    const postings = this.sql.get('SELECT article_id FROM copy_postings WHERE band = ? ORDER BY seq DESC LIMIT ?');
    for (const band of new Set(bands)) {
      for (const row of postings.all(band, POSTINGS_PER_KEY) as { article_id: string }[]) hits.set(row.article_id, (hits.get(row.article_id) ?? 0) + 1);
    }
    const ids = rankByHits(hits, limit);
    if (ids.length === 0) return [];
    const versions = this.sql.get('SELECT id, seq FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Version[];
    const seqs = new Map(versions.map((r) => [r.id, r.seq]));
    return this.candidatesOf(ids.flatMap((id) => { const seq = seqs.get(id); return seq === undefined ? [] : [{ id, seq }]; }));
  }

  /** Candidates of these stored rows, in their order: remembered ones reused, the others parsed. */
  private candidatesOf(rows: readonly Version[]): CopyCandidate[] {
    // Another connection's saves count from their own `seq`: after one commits, start over.
    const epoch = this.epoch.current();
    if (epoch !== this.candidatesEpoch) {
      this.candidates.clear();
      this.candidatesEpoch = epoch;
    }
    // Collected apart from the cache: remembering the rows read may drop held ones from it.
    const found = new Map<string, CopyCandidate>();
    const missing: string[] = [];
    for (const row of rows) {
      const held = this.candidates.get(row.id);
      if (held !== undefined && held.seq === row.seq) found.set(row.id, held.candidate);
      else missing.push(row.id);
    }
    if (missing.length > 0) {
      const read = this.sql.get('SELECT id, seq, analysis FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(missing)) as (Version & { analysis: string })[];
      for (const row of read) {
        const candidate = copyCandidateOf(JSON.parse(row.analysis) as ArticleAnalysis);
        this.remember(row.id, row.seq, candidate);
        found.set(row.id, candidate);
      }
    }
    return rows.flatMap((row) => found.get(row.id) ?? []);
  }

  private remember(id: string, seq: number, candidate: CopyCandidate): void {
    if (this.candidates.has(id)) this.candidates.delete(id);
    else if (this.candidates.size >= this.held) this.candidates.delete(this.candidates.keys().next().value as string);
    this.candidates.set(id, { seq, candidate });
  }
}
