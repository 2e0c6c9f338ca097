import { stableId } from '../../core/hash.js';
import { classifyCopy } from './classify-copy.js';
import type { CopyCandidate, DuplicateGroup, DuplicateGroupMember } from './copy-types.js';

/**
 * The article that stands for a group of copies: the earliest published (undated last),
 * then the longest, then the smallest id — deterministic whatever the input order.
 */
export function chooseCanonical(members: readonly CopyCandidate[]): CopyCandidate | null {
  let best: CopyCandidate | null = null;
  for (const member of members) if (best === null || compareCanonical(member, best) < 0) best = member;
  return best;
}

function compareCanonical(a: CopyCandidate, b: CopyCandidate): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  if (a.textLength !== b.textLength) return b.textLength - a.textLength;
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0;
}

/**
 * A duplicate group over articles already known to be copies of one another. Each member's
 * relation is taken against the canonical article, or against its closest member when it
 * reached the group only through another copy. The id follows the canonical article, so a
 * group whose canonical changes (an earlier copy arrived) gets a new id: the store replaces it.
 */
export function buildDuplicateGroup(members: readonly CopyCandidate[]): DuplicateGroup | null {
  const canonical = chooseCanonical(members);
  if (canonical === null) return null;
  const sorted = [...members].sort((a, b) => compareCanonical(a, b));
  const entries: DuplicateGroupMember[] = sorted.map((member) => {
    if (member.articleId === canonical.articleId) return { articleId: member.articleId, relation: 'canonical', similarity: 1 };
    const direct = classifyCopy(member, canonical);
    if (direct) return { articleId: member.articleId, relation: direct.relation, similarity: direct.similarity };
    const closest = sorted
      .map((other) => classifyCopy(member, other))
      .filter((match) => match !== null)
      .sort((a, b) => b.similarity - a.similarity)[0];
    const fallback = member.outlet === canonical.outlet ? 'near' : 'syndicated';
    return { articleId: member.articleId, relation: closest?.relation ?? fallback, similarity: closest?.similarity ?? 0 };
  });
  return { id: stableId('dg', canonical.articleId), canonicalId: canonical.articleId, members: entries };
}
