import type { EntityType } from '../../core/model.js';
import type { WeightedMention } from './resolve-in-article.js';

/** Weight a mention carries when it was made without one (older stored mentions). */
const DEFAULT_WEIGHT = 1;

/** Adds each mention's type evidence into `votes`. */
export function addVotes(votes: Map<EntityType, number>, mentions: readonly WeightedMention[]): void {
  for (const m of mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + (m.typeWeight ?? DEFAULT_WEIGHT));
}

/**
 * The type with the most evidence. "other" only wins when nothing else has any: a name typed
 * anywhere beats its untyped uses. Ties go to the alphabetically first type (determinism).
 */
export function winningType(votes: ReadonlyMap<EntityType, number>): EntityType {
  const ranked = [...votes].filter(([, w]) => w > 0).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return ranked.find(([t]) => t !== 'other')?.[0] ?? ranked[0]?.[0] ?? 'other';
}

/**
 * One type per key within an article: the weighted majority of its mentions' evidence, so
 * later stages (quotes, events) see one type for one name. Each mention keeps its weight,
 * now counted for the article's winner: the corpus vote is then a vote of articles,
 * each as strong as the evidence it held.
 */
export function voteInArticle(mentions: readonly WeightedMention[]): WeightedMention[] {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const keyVotes = votes.get(m.key) ?? new Map<EntityType, number>();
    addVotes(keyVotes, [m]);
    votes.set(m.key, keyVotes);
  }
  return mentions.map((m) => {
    const type = winningType(votes.get(m.key) ?? new Map());
    return type === m.type ? m : { ...m, type };
  });
}
