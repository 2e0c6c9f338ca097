import { postingsContract } from '../postings-contract.js';
import { openDatabase } from './open-database.js';
import { SqliteEventIndex } from './sqlite-event-index.js';
import { SqliteStoryIndex } from './sqlite-story-index.js';

postingsContract('sqlite', () => new SqliteEventIndex(openDatabase(':memory:')), () => new SqliteStoryIndex(openDatabase(':memory:')));
