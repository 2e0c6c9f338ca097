import type { EventRecord } from '../events/index.js';
import { scoreStory } from './score-story.js';
import type { StoryAssignment, StoryIndex, StoryRecord } from './story-types.js';
import { extendDates, foundStory, joinStory, storyKeys, storyQueryKeys } from './update-story.js';

/**
 * Lowest score at which an event joins a story; looser than events, since a story's later
 * events share its actors more than its words. Chosen on the fixtures (follow-ups months
 * apart score about 0.6, unrelated topics below 0.02) and the demo corpus, where, at the
 * time each event was created, true links scored 0.30–0.56 and the best wrong story 0.23.
 */
export const STORY_THRESHOLD = 0.25;
export const STORY_CANDIDATE_LIMIT = 25;

/**
 * Links an event into the best matching story above the threshold, or founds a story.
 * An event already in a story stays there (story ids and memberships never move); its
 * story's dates are extended. Every join records why.
 */
export function assignToStory(event: EventRecord, index: StoryIndex): StoryAssignment {
  const existing = index.candidates([`ev:${event.id}`], 1)[0];
  if (existing) {
    const updated = extendDates(existing, event);
    index.put(updated, storyKeys(updated));
    return { storyId: existing.id, created: false, score: 1, why: ['already in story'] };
  }
  let best: { story: StoryRecord; score: number; why: readonly string[] } | null = null;
  for (const story of index.candidates(storyQueryKeys(event), STORY_CANDIDATE_LIMIT)) {
    const scored = scoreStory(event, story);
    if (best === null || scored.score > best.score || (scored.score === best.score && story.id < best.story.id)) {
      best = { story, score: scored.score, why: scored.why };
    }
  }
  if (best !== null && best.score >= STORY_THRESHOLD) {
    const updated = joinStory(best.story, event);
    index.put(updated, storyKeys(updated));
    return { storyId: updated.id, created: false, score: best.score, why: best.why };
  }
  const founded = foundStory(event);
  index.put(founded, storyKeys(founded));
  const why = best === null ? ['new story: no candidate'] : [`new story: best candidate ${best.story.id} scored ${best.score}`];
  return { storyId: founded.id, created: true, score: best?.score ?? 0, why };
}

