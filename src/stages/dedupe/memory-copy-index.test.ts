import { copyIndexContract } from './copy-index-contract.js';
import { MemoryCopyIndex } from './memory-copy-index.js';

copyIndexContract('MemoryCopyIndex', () => {
  const index = new MemoryCopyIndex();
  return { index, put: (candidate) => index.put(candidate) };
});
