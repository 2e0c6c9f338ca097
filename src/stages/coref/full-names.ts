import type { MentionTraits } from './mention-traits.js';
import type { MentionView } from './mention-words.js';
import { mergeByKeys } from './merge-by-key.js';
import type { UnionFind } from './union-find.js';

/**
 * A person's full name ("Wladimir Klitschko": given names and surname) names one person
 * across every document group: the same boxer fights two different fights, the same
 * actress enters two different clinics. Surnames alone stay inside their group. So does
 * an organisation's name ("Indianapolis Colts", "Colts": one team in two games). On the
 * ECB+ train topics: persons +0.11 entity CoNLL, organisations +0.23; things (a product
 * in two security patches) and longer organisation names only were no better.
 */
export function mergeFullNames(entities: readonly MentionView[], traitsOf: ReadonlyMap<string, MentionTraits>, sets: UnionFind): void {
  const keysOf = (v: MentionView): string[] => {
    const traits = traitsOf.get(v.mention.id);
    const name = traits?.name;
    if (name && name.given.length) return [`${name.given.join(' ')} ${name.surname}`];
    const cls = v.mention.entityClass ?? '';
    const words = (traits?.properWords ?? []).filter((w) => !w.startsWith('acronym:'));
    const capitalised = v.words.filter((w) => /^\p{Lu}/u.test(w)).length;
    return cls === 'organisation' && words.length > 0 && words.length === capitalised ? [`${cls}|${words.join(' ')}`] : [];
  };
  mergeByKeys(entities, (v) => v.mention.id, keysOf, sets);
}
