import { afterAll, describe } from 'vitest';
import { postingsContract } from '../postings-contract.js';
import { PgEventIndex } from './pg-event-index.js';
import { PgStoryIndex } from './pg-story-index.js';
import { testSchemas, TEST_POSTGRES_URL } from './test-database.js';

// The PostgreSQL indexes cap and order postings as SQLite's do. Skipped without a server
// (`STORYLINE_TEST_POSTGRES`).
describe.skipIf(!TEST_POSTGRES_URL)('PostgreSQL posting tables', () => {
  const { connect, dropAll } = testSchemas();
  afterAll(dropAll);
  postingsContract('postgres', () => new PgEventIndex(connect()), () => new PgStoryIndex(connect()));
});
