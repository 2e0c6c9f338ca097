import { unpackTaggerGroup, unpackTaggerModel } from '../packed-model.js';
import type { TaggerGroup, TaggerModel } from '../perceptron-tagger.js';
import { CONTENT_WEIGHTS } from './content-weights.js';
import { CUE_WEIGHTS } from './cue-weights.js';
import { SOURCE_WEIGHTS } from './source-weights.js';

type Model = TaggerModel & { readonly size: number };

export interface AttributionModels {
  readonly cue: Model;
  /** The source and content taggers (in that order), which read the same features: one lookup serves both. */
  readonly sourceAndContent: TaggerGroup;
}

let loaded: AttributionModels | null = null;

/** The shipped tagger weights, parsed on first use (see README.md beside them). */
export function attributionModels(): AttributionModels {
  loaded ??= { cue: unpackTaggerModel(CUE_WEIGHTS), sourceAndContent: unpackTaggerGroup([SOURCE_WEIGHTS, CONTENT_WEIGHTS]) };
  return loaded;
}
