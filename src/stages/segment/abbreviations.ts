/**
 * Words that end with a period without ending a sentence. Lower-case, without the final
 * period. Chosen from the titles, initialisms and month/weekday short forms that appear in
 * English newswire; "U.S." style initialisms are handled by shape, not listed.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr',
  'adm', 'sgt', 'cpl', 'pvt', 'rev', 'fr', 'st', 'sr', 'jr', 'hon', 'pres', 'supt', 'insp',
  'messrs', 'mme', 'mlle', 'gov', 'atty', 'amb', 'sec',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'bros', 'plc', 'llc', 'dept', 'univ', 'assn', 'est',
  'no', 'nos', 'vol', 'vs', 'v', 'etc', 'al', 'approx', 'fig', 'ft', 'mt', 'ave', 'blvd', 'rd',
  'e.g', 'i.e', 'a.m', 'p.m', 'cf', 'ca',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/**
 * Abbreviations that, when they close a sentence-like run and the next word is capitalised,
 * still never end a sentence because a name always follows them ("Mr. Smith").
 */
export const NAME_PREFIXES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt',
  'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'rev', 'fr', 'st', 'hon', 'pres', 'supt', 'insp', 'messrs',
  'mme', 'mlle', 'atty', 'amb', 'sec', 'mt', 'no', 'nos', 'vs', 'v', 'cf',
]);
