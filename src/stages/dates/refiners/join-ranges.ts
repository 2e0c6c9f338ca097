import type { Candidate } from '../context.js';

const CONNECTORS = [
  { before: /\b(?:[Ff]rom)\s+$/, between: /^\s*(?:to|until|till|through|-|–)\s*$/ },
  { before: /\b(?:[Bb]etween)\s+$/, between: /^\s*and\s*$/ },
];

/**
 * "from Monday to Wednesday", "between 2019 and 2021": two dates of the same granularity
 * joined by a connector become one range `start/end`. Off for TimeML output, which
 * annotates the two ends separately.
 */
export function joinRanges(candidates: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i];
    const second = candidates[i + 1];
    if (!first) continue;
    if (second && first.type === 'DATE' && second.type === 'DATE' && first.granularity === second.granularity
      && /^\d{4}/.test(first.value) && /^\d{4}/.test(second.value) && first.value < second.value) {
      const lead = text.slice(Math.max(0, first.start - 12), first.start);
      const gap = text.slice(first.end, second.start);
      const connector = CONNECTORS.find((c) => c.before.test(lead) && c.between.test(gap));
      if (connector) {
        out.push({
          ...first, end: second.end, value: `${first.value}/${second.value}`,
          confidence: Math.min(first.confidence, second.confidence), source: 'join-ranges',
        });
        i++;
        continue;
      }
    }
    out.push(first);
  }
  return out;
}
