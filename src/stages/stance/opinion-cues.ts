/**
 * Cues of the writer's own opinion, written by us; data only. Strong cues alone make a
 * sentence opinion; weak cues need a second cue (see `opinionScore`).
 */

/** First-person stance and calls to action: the writer speaking for themselves. */
export const STRONG_PHRASES = /\b(?:i (?:believe|think|suspect|doubt|fear|hope|would argue|'d argue|am convinced|am not convinced)|i'm (?:convinced|not convinced|afraid)|in my (?:view|opinion)|to my mind|we (?:must|should|need to|ought to|cannot afford)|let us|let's|it is (?:high )?time (?:to|for|that)|it's (?:high )?time (?:to|for|that)|make no mistake|the truth is|the fact is|enough is enough)\b/i;

/** Evaluative words a reporter keeps for quotes. */
export const EVALUATIVE_WORDS = new Set(`
  shameful shameless disgrace disgraceful outrageous absurd ridiculous pathetic appalling
  despicable deplorable scandalous idiotic foolish reckless cowardly heroic brilliant
  disastrous catastrophic unforgivable inexcusable hypocritical hypocrisy nonsense frankly
  honestly sadly shockingly laughable insane breathtaking spineless dishonest incompetent
  incompetence sickening vile shameful contemptible unconscionable unacceptable misguided
  irresponsible ludicrous farce betrayal wrongheaded short-sighted shortsighted
`.split(/\s+/).filter(Boolean));

/**
 * The writer in the first person. Reporters keep "I" and "we" inside quotes, so in a
 * sentence's own words it is a (weak) sign of a column or a blog.
 */
export const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|me|my|we|we're|we've|our|us)\b/;

/** Hedged obligation or judgement: opinion only together with another cue. */
export const WEAK_PHRASES = /\b(?:should|must|ought to|needs? to|surely|clearly|obviously|of course|undoubtedly|arguably|perhaps|too (?:much|many|little|few|often)|better|worse|best|worst)\b/i;
