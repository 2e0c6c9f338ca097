/**
 * A year-less month and day used as the name of something that has happened: "the Sept. 11
 * attacks", "the Oct. 7 massacre", "the 7 July bombings". The name refers back, so the day
 * is never re-anchored to a date still to come (which the "within a quarter of publication"
 * rule in resolve.ts would otherwise do in August: "the Sept. 11 attacks" is not next month).
 *
 * Only nouns of events that are over when they are named count. Nouns of scheduled things
 * ("the Nov. 3 election", "the Dec. 7 deadline", "the Sept. 11 anniversary") may lie ahead
 * and keep the ordinary resolution.
 */
const PAST_EVENT_AFTER = new RegExp(
  '^\\s+(?:(?:terror(?:ist)?|suicide|car|truck|chemical|deadly|fatal|mass|bomb|air|rocket|missile|gun|knife|military)\\s+)?' +
  '(?:attacks?|bombings?|blasts?|explosions?|massacres?|killings?|slayings?|shootings?|assassinations?|ambush(?:es)?|' +
  'raids?|hijackings?|kidnappings?|crash(?:es)?|coup|putsch|uprising|riots?|insurrection|invasion|incursion|' +
  'earthquake|quake|tsunami|disaster|tragedy|atrocit(?:y|ies)|murders?|fire|collapse|derailment|sinking|shipwreck)\\b',
  'i',
);

/** Whether the text right after a month-day makes it the name of a past event. */
export function namesPastEvent(textAfter: string): boolean {
  return PAST_EVENT_AFTER.test(textAfter);
}
