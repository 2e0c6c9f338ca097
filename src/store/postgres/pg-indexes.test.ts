import { afterAll, describe } from 'vitest';
import { eventIndexContract } from '../../stages/events/event-index-contract.js';
import { storyIndexContract } from '../../stages/stories/story-index-contract.js';
import { PgEventIndex } from './pg-event-index.js';
import { PgStoryIndex } from './pg-story-index.js';
import { testSchemas, TEST_POSTGRES_URL } from './test-database.js';

// The PostgreSQL indexes must behave exactly like the in-memory ones the stages are tested
// with; skipped without a server (`STORYLINE_TEST_POSTGRES`).
describe.skipIf(!TEST_POSTGRES_URL)('PostgreSQL stage indexes', () => {
  const { connect, dropAll } = testSchemas();
  eventIndexContract('postgres', () => new PgEventIndex(connect()));
  storyIndexContract('postgres', () => new PgStoryIndex(connect()));
  afterAll(dropAll);
});
