import { eventIndexContract } from '../../stages/events/event-index-contract.js';
import { storyIndexContract } from '../../stages/stories/story-index-contract.js';
import { openDatabase } from './open-database.js';
import { SqliteEventIndex } from './sqlite-event-index.js';
import { SqliteStoryIndex } from './sqlite-story-index.js';

// The SQL indexes must behave exactly like the in-memory ones the stages are tested with.
eventIndexContract('sqlite', () => new SqliteEventIndex(openDatabase(':memory:')));
storyIndexContract('sqlite', () => new SqliteStoryIndex(openDatabase(':memory:')));
