export const STORIES_STAGE = 'stories.incremental.v2';

export {
  assignToStory, ESTABLISHED_EVENTS, ESTABLISHED_THRESHOLD, relinkSingleton, STORY_CANDIDATE_LIMIT, STORY_THRESHOLD,
} from './assign-to-story.js';
export { MemoryStoryIndex } from './memory-story-index.js';
export { gapDays, scoreStory } from './score-story.js';
export type { KeyStatistics } from './assign-to-story.js';
export type { StoryAssignment, StoryIndex, StoryRecord } from './story-types.js';
export { extendDates, foundStory, joinStory, storyKeys, storyQueryKeys } from './update-story.js';
