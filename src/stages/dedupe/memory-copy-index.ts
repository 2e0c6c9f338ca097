import { lshBands } from '../fingerprint/index.js';
import type { CopyCandidate, CopyIndex } from './copy-types.js';

/** In-memory `CopyIndex` for tests and store-less runs: hash → ids and band → ids maps. */
export class MemoryCopyIndex implements CopyIndex {
  private readonly articles = new Map<string, CopyCandidate>();
  private readonly exact = new Map<string, string[]>();
  private readonly bands = new Map<string, string[]>();

  put(candidate: CopyCandidate): void {
    if (this.articles.has(candidate.articleId)) return;
    this.articles.set(candidate.articleId, candidate);
    push(this.exact, candidate.fingerprint.exactHash, candidate.articleId);
    for (const band of lshBands(candidate.fingerprint.minhash)) push(this.bands, band, candidate.articleId);
  }

  byExactHash(hash: string): CopyCandidate[] {
    return this.resolve(this.exact.get(hash) ?? []);
  }

  byBands(bands: readonly string[], limit: number): CopyCandidate[] {
    const shared = new Map<string, number>();
    for (const band of bands) for (const id of this.bands.get(band) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const ranked = [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
    return this.resolve(ranked.map(([id]) => id));
  }

  private resolve(ids: readonly string[]): CopyCandidate[] {
    return ids.map((id) => this.articles.get(id)).filter((c): c is CopyCandidate => c !== undefined);
  }
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
