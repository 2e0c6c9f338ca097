import { checkDates } from './date-gate.js';
import type { EventFeatures, EventRecord } from './event-types.js';
import type { Idf } from './idf.js';
import { weighByIdf } from './idf.js';
import { cosine, rankedWeights, sharedKeys } from './weights.js';

// Entities and terms count equally when both sides have entities; without entities (plain
// text, or an entity stage that found none) terms decide alone. Agreeing event dates and a
// shared place are bonuses, not requirements. Set by hand; see JOIN_THRESHOLD.
const ENTITY_SHARE = 0.5;
const DATE_BONUS = 0.1;
const PLACE_BONUS = 0.05;

export interface EventScore {
  readonly score: number;
  readonly veto: string | null;
  readonly why: readonly string[];
}

/**
 * How well an article fits an existing event: 0..~1.15, or a veto from the date gate.
 * Terms and entities are compared as IDF-weighted cosines against the event's summed weights.
 */
export function scoreEvent(features: EventFeatures, event: EventRecord, idf: Idf = () => 1): EventScore {
  const dates = checkDates(features, event);
  if (dates.veto !== null) return { score: 0, veto: dates.veto, why: [dates.veto] };
  const terms = rankedWeights(features.terms);
  const entities = rankedWeights([...features.entityKeys, ...features.placeKeys]);
  const termScore = cosine(weighByIdf(terms, 't:', idf), weighByIdf(event.termWeights, 't:', idf));
  const hasEntities = Object.keys(entities).length > 0 && Object.keys(event.entityWeights).length > 0;
  const entityScore = hasEntities ? cosine(weighByIdf(entities, 'e:', idf), weighByIdf(event.entityWeights, 'e:', idf)) : 0;
  const places = features.placeKeys.filter((key) => (event.entityWeights[key] ?? 0) > 0);
  let score = hasEntities ? ENTITY_SHARE * entityScore + (1 - ENTITY_SHARE) * termScore : termScore;
  if (dates.agreed !== null) score += DATE_BONUS;
  if (places.length > 0) score += PLACE_BONUS;
  const why: string[] = [];
  const entityList = sharedKeys(entities, event.entityWeights, 5);
  if (entityList.length > 0) why.push(`shared entities: ${entityList.join(', ')}`);
  const termList = sharedKeys(terms, event.termWeights, 8);
  if (termList.length > 0) why.push(`shared terms: ${termList.join(', ')}`);
  if (dates.agreed !== null) why.push(`dates agree: ${dates.agreed}`);
  return { score: Math.round(score * 1000) / 1000, veto: null, why };
}
