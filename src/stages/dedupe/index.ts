export const DEDUPE_STAGE = 'dedupe.minhash.v2';

export { buildDuplicateGroup, chooseCanonical } from './choose-canonical.js';
export { classifyCopy, estimateContainment } from './classify-copy.js';
export { copyCandidate } from './copy-candidate.js';
export type {
  CopyCandidate, CopyIndex, CopyMatch, CopyRelation, DuplicateGroup, DuplicateGroupMember,
} from './copy-types.js';
export { BAND_CANDIDATE_LIMIT, findCopies } from './find-copies.js';
export { MemoryCopyIndex } from './memory-copy-index.js';
