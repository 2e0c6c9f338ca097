import type { Fingerprint } from '../../core/model.js';

/**
 * `exact`: same normalised text. `near`: almost the same text, same outlet.
 * `syndicated`: the same text under another outlet (new headline, footer, truncation).
 * `updated`: the same outlet's story republished with moderate edits.
 */
export type CopyRelation = 'exact' | 'near' | 'syndicated' | 'updated';

/** What copy detection needs to know about a stored or incoming article. */
export interface CopyCandidate {
  readonly articleId: string;
  readonly outlet: string;
  readonly published: string | null;
  readonly title: string;
  readonly fingerprint: Fingerprint;
  /** Length in characters of the normalised content text (boilerplate and title excluded). */
  readonly textLength: number;
  /** Canonical or page URL when known; equal paths at one outlet mark an update. */
  readonly url?: string | null;
}

/**
 * What the store implements. `byBands` returns articles sharing at least one LSH band key,
 * those sharing most bands first, at most `limit`.
 */
export interface CopyIndex {
  byExactHash(hash: string): CopyCandidate[];
  byBands(bands: readonly string[], limit: number): CopyCandidate[];
}

export interface CopyMatch {
  readonly articleId: string;
  /** Estimated Jaccard of 5-shingles, or containment of the shorter text when that is higher. */
  readonly similarity: number;
  readonly relation: CopyRelation;
}

export interface DuplicateGroupMember {
  readonly articleId: string;
  readonly relation: CopyRelation | 'canonical';
  readonly similarity: number;
}

export interface DuplicateGroup {
  /** `dg_` + stable id of the canonical article. */
  readonly id: string;
  readonly canonicalId: string;
  readonly members: readonly DuplicateGroupMember[];
}
