import { describe, expect, it } from 'vitest';
import { withCueContext } from './cue-context-features.js';
import { featureHash, namedFeatures } from './feature-hash.js';
import { taggerTokens } from './tagger-tokens.js';

// Fictional text: "backed" is the cue the first pass found.
const text = 'Mira Tal backed the bridge plan. Nobody else spoke.';
const tokens = taggerTokens(text, { start: 0, end: text.length });
const base = tokens.map((t) => namedFeatures(t.lower, [`w=${t.lower}`]));
const cueLabels = tokens.map((t) => (t.text === 'backed' ? 'B' : 'O'));
const at = (word: string): number => tokens.findIndex((t) => t.text === word);

describe('withCueContext', () => {
  it('keeps the first-pass features and adds the cue label at and around each token', () => {
    const features = withCueContext(tokens, base, cueLabels);
    const bridge = features[at('bridge')]!;
    expect(bridge.word).toBe('bridge');
    expect(bridge.hashes[0]).toBe(base[at('bridge')]!.hashes[0]);
    expect(features[at('backed')]!.hashes).toContain(featureHash('tc', 'B'));
    expect(features[at('Tal')]!.hashes).toContain(featureHash('tc+1', 'B'));
  });

  it('measures the distance to the nearest cue of the same sentence only', () => {
    const features = withCueContext(tokens, base, cueLabels);
    // "bridge" is two tokens after the cue; "Tal" one before it.
    expect(features[at('bridge')]!.hashes).toContain(featureHash('tcb', '2'));
    expect(features[at('Tal')]!.hashes).toContain(featureHash('tca', '1'));
    // The next sentence does not see the cue of the first.
    expect(features[at('spoke')]!.hashes).toContain(featureHash('tcb', 'none'));
    expect(features[at('Mira')]!.hashes).toContain(featureHash('tcb', 'none'));
  });
});
