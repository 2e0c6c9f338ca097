import { afterAll, describe } from 'vitest';
import { eventIndexContract } from '../../stages/events/event-index-contract.js';
import { storyIndexContract } from '../../stages/stories/story-index-contract.js';
import { openPostgres } from './open-postgres.js';
import { PgEventIndex } from './pg-event-index.js';
import { PgStoryIndex } from './pg-story-index.js';
import { freshTestSchema, TEST_POSTGRES_URL } from './test-database.js';

// The PostgreSQL indexes must behave exactly like the in-memory ones the stages are tested
// with; skipped without a server (`STORYLINE_TEST_POSTGRES`).
describe.skipIf(!TEST_POSTGRES_URL)('PostgreSQL stage indexes', () => {
  const schemas: (() => void)[] = [];
  const connect = () => {
    const { url, drop } = freshTestSchema();
    schemas.push(drop);
    return openPostgres(url);
  };
  eventIndexContract('postgres', () => new PgEventIndex(connect()));
  storyIndexContract('postgres', () => new PgStoryIndex(connect()));
  afterAll(() => {
    for (const drop of schemas) drop();
  });
});
