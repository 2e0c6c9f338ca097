import { canonicalKey, foldKey, type EntityConstraints } from '../stages/entities/index.js';
import type { EntityEdit } from './entity-edits-file.js';

const keyOf = (name: string): string => foldKey(canonicalKey(name));

/**
 * The edits as constraints on resolution. Order matters: a split cancels the earlier
 * aliases and merges of that name, and a later alias or merge of it joins it again.
 */
export function entityConstraints(edits: readonly EntityEdit[]): EntityConstraints {
  let sameAs: (readonly [string, string])[] = [];
  const apart = new Set<string>();
  for (const edit of edits) {
    if (edit.op === 'split') {
      const key = keyOf(edit.alias);
      apart.add(key);
      sameAs = sameAs.filter(([a, b]) => a !== key && b !== key);
      continue;
    }
    const pair = [keyOf(edit.entity), keyOf(edit.op === 'alias' ? edit.alias : edit.other)] as const;
    if (pair[0] !== pair[1]) sameAs.push(pair);
  }
  return { sameAs, apart };
}
