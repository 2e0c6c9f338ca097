import { unpackTaggerModel } from '../packed-model.js';
import type { TaggerModel } from '../perceptron-tagger.js';
import { CONTENT_WEIGHTS } from './content-weights.js';
import { CUE_WEIGHTS } from './cue-weights.js';
import { SOURCE_WEIGHTS } from './source-weights.js';

type Model = TaggerModel & { readonly size: number };

export interface AttributionModels {
  readonly cue: Model;
  readonly source: Model;
  readonly content: Model;
}

let loaded: AttributionModels | null = null;

/** The shipped tagger weights, parsed on first use (see README.md beside them). */
export function attributionModels(): AttributionModels {
  loaded ??= { cue: unpackTaggerModel(CUE_WEIGHTS), source: unpackTaggerModel(SOURCE_WEIGHTS), content: unpackTaggerModel(CONTENT_WEIGHTS) };
  return loaded;
}
