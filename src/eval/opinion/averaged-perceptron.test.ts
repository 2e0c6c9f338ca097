import { describe, expect, it } from 'vitest';
import { trainAveragedPerceptron, type BinaryExample } from './averaged-perceptron.js';

const score = (w: Record<string, number>, features: readonly string[]) => features.reduce((s, f) => s + (w[f] ?? 0), 0);

describe('trainAveragedPerceptron', () => {
  const examples: BinaryExample[] = [
    { features: ['bias', 'first-person', 'should'], positive: true },
    { features: ['bias', 'first-person'], positive: true },
    { features: ['bias', 'said', 'number'], positive: false },
    { features: ['bias', 'said'], positive: false },
    { features: ['bias', 'should', 'said'], positive: false },
  ];

  it('separates separable examples', () => {
    const w = trainAveragedPerceptron(examples, { epochs: 10 });
    for (const e of examples) expect(score(w, e.features) > 0, e.features.join(',')).toBe(e.positive);
    expect(w['first-person']).toBeGreaterThan(0);
    expect(w['said']).toBeLessThan(0);
  });

  it('is deterministic and keeps a prior for a feature it never has to correct', () => {
    const a = trainAveragedPerceptron(examples, { epochs: 5, initial: { exclamation: 2 } });
    const b = trainAveragedPerceptron(examples, { epochs: 5, initial: { exclamation: 2 } });
    expect(a).toEqual(b);
    expect(a['exclamation']).toBe(2);
  });
});
