/**
 * Most recent records read per retrieval key. A rare key (a name, an unusual word) holds
 * fewer than this in any window and is read whole, so results are exactly those of an
 * uncapped lookup; a common key ("police", a country) is held by thousands of records as
 * the store grows, and reading all of them made each article's lookup grow with the
 * store (bench/scale.mts). The events stage scores 25 candidates, ranked by keys shared,
 * so a true match must share several keys: it is among the most recent holders of its
 * rarer keys. 200 is eight times that candidate limit; at 1,000 synthetic articles a day
 * only the commonest words reach it within the two-week event window.
 */
export const POSTINGS_PER_KEY = 200;

/** `null` dates sort before every ISO day in the posting tables. */
export const NO_DAY = '';
