import { applyTransform, TRANSFORMS } from './copy-transforms.js';
import type { Draft, TransformName } from './copy-transforms.js';
import { withoutNaturalCopies } from './natural-copies.js';
import { seededRandom } from '../../core/seeded-random.js';
import type { SeededRandom } from '../../core/seeded-random.js';

/** A source article: a real report of one event. */
export interface SourceArticle {
  readonly id: string;
  readonly outlet: string;
  readonly published: string | null;
  readonly title: string;
  readonly text: string;
  /** Reports sharing an event id are distinct articles about one happening. */
  readonly event: string;
}

export interface BenchmarkDocument {
  readonly id: string;
  readonly outlet: string;
  readonly published: string | null;
  readonly title: string;
  readonly text: string;
  /** The source article this document is, or is a copy of: the gold copy relation. */
  readonly family: string;
  readonly event: string;
  /** Transformations from the source ([] for a source itself). */
  readonly transforms: readonly TransformName[];
}

/**
 * Texts under this many words are not articles (web-archive notices, tweets, captions
 * shared by many Multi-News clusters); whether two of them are copies is ill-defined.
 */
export const MIN_WORDS = 80;
/** Share of sources that get copies; the rest are there only as distinct reports. */
const COPIED_SHARE = 0.35;
/** A copy is made from an earlier copy (a copy of a copy) this often. */
const CHAIN_SHARE = 0.25;

/**
 * The copies benchmark: the sources (minus short texts and unlabelled copies among them),
 * each copied source followed by 1–3 copies made by 1–3 known transformations, a third of
 * originals shown with page boilerplate that their copies lack. Deterministic for a seed.
 */
export function buildCopiesBenchmark(sources: readonly SourceArticle[], seed: number): BenchmarkDocument[] {
  const random = seededRandom(seed);
  const long = sources.filter((s) => s.text.split(/\s+/).length >= MIN_WORDS);
  const kept = withoutNaturalCopies(long.map((s) => s.text)).map((i) => long[i] as SourceArticle);
  const documents: BenchmarkDocument[] = [];
  for (const source of kept) {
    const draft: Draft = { title: source.title, paragraphs: source.text.split('\n\n') };
    const copied = random.chance(COPIED_SHARE);
    const shown = copied && random.chance(1 / 3) ? applyTransform('boilerplate', draft, random) : draft;
    documents.push(asDocument(source, source.id, source.outlet, shown, []));
    if (!copied) continue;
    const made: { draft: Draft; transforms: TransformName[] }[] = [];
    for (let n = random.int(1, 3); n > 0; n--) {
      const base = made.length > 0 && random.chance(CHAIN_SHARE) ? random.pick(made) : { draft, transforms: [] };
      const copy = makeCopy(base.draft, random);
      made.push({ draft: copy.draft, transforms: [...base.transforms, ...copy.transforms] });
    }
    made.forEach((copy, i) => {
      const outlet = random.chance(0.5) ? source.outlet : `copy-outlet-${random.int(1, 5)}`;
      documents.push(asDocument(source, `${source.id}~copy${i + 1}`, outlet, copy.draft, copy.transforms));
    });
  }
  return documents;
}

function makeCopy(draft: Draft, random: SeededRandom): { draft: Draft; transforms: TransformName[] } {
  const transforms = random.shuffle(TRANSFORMS).slice(0, random.int(1, 3));
  let out = draft;
  for (const name of transforms) out = applyTransform(name, out, random);
  return { draft: out, transforms };
}

function asDocument(source: SourceArticle, id: string, outlet: string, draft: Draft, transforms: TransformName[]): BenchmarkDocument {
  return {
    id, outlet, published: source.published, title: draft.title, text: draft.paragraphs.join('\n\n'),
    family: source.id, event: source.event, transforms,
  };
}
