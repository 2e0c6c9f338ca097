import { MemoryStoryIndex } from './memory-story-index.js';
import { storyIndexContract } from './story-index-contract.js';

storyIndexContract('MemoryStoryIndex', () => new MemoryStoryIndex());
