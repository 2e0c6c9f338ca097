import { prf, type PrF } from './rouge-n.js';
import { unionDates, type Timeline } from './timeline.js';

/** tilse's date selection score: set overlap of predicted dates with the reference dates. */
export function dateF1(predicted: Timeline, references: readonly Timeline[]): PrF {
  const reference = new Set(unionDates(references));
  const dates = [...predicted.keys()];
  const both = dates.filter((date) => reference.has(date)).length;
  const precision = dates.length ? both / dates.length : 0;
  const recall = reference.size ? both / reference.size : 0;
  return prf(precision, recall);
}
