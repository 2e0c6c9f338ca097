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
