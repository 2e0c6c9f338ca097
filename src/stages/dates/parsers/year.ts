import { fromMatch, textAfter, textBefore, type Parser } from '../context.js';

// Nouns that make a 4-digit number a count ("2,019 people", "1900 troops"), not a year.
const COUNT_NOUN =
  /^\s*(?:[a-z]+\s+)?(?:people|persons|men|women|children|troops|soldiers|members|workers|employees|jobs|shares|cars|vehicles|homes|houses|votes|cases|deaths|tons|tonnes|metres|meters|feet|miles|km|kilometers|kilometres|acres|hectares|barrels|units|points|students|million|billion|trillion|thousand|percent|residents|dollars|euros|pounds|yen|calories|words|pages|copies|seats|hours|gmt|utc|est|edt|pst|bst|cet|local time|rpm|degrees)\b/i;
// Labels that make it an identifier: "No. 1984", "Flight 2001", "Room 1999".
const ID_LABEL = /\b(?:no\.?|number|flight|room|route|highway|article|section|rule|chapter|page|code|model|suite|unit|box|apt\.?)\s*$/i;

/**
 * A year on its own, with optional qualifier: "in 2019", "2019's", "fiscal 1989",
 * "the end of 1999", "early 2000", "mid-1990", "the last half of 1989" (`1989-H2`),
 * "the 1988 period" (a results period, moved to the story's quarter by
 * refiners/anchor-to-period.ts). Only 1900–2099, or 1500–1899 right after "in", "since",
 * "until", "before" or "after" ("independence from Spain in 1898"; not "the deaths of 1800
 * Americans"), and only
 * where the number does not look like an amount or an identifier.
 */
export const yearParser: Parser = {
  name: 'year',
  // A hyphen before the year is a range only after another year ("2001-2009").
  pattern: /(?<![\d$£€.,:/]|(?<!\b(?:19|20)\d\d)[-–])(?:(?:[Ff]iscal(?: year)?|[Ee]arly|[Ll]ate|[Mm]id|[Tt]he end of|[Tt]he beginning of|[Tt]he start of|[Tt]he middle of|[Tt]he first half of|[Tt]he (?:second|last|latter) half of|[Tt]he (?:first|last) two quarters of|[Tt]he year)[- ]?\s*)?(?<year>(?:19|20)\d{2}|(?<=\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter)\s+)1[5-8]\d{2})(?<period>\s+(?:period|quarter|fiscal year))?(?![\d%]|[,.]\d|s\b)/g,
  extract(match, context) {
    // "the 1988 period": the article belongs to the span with the period noun.
    const the = match.groups?.period && /\b[Tt]he\s+$/.test(textBefore(context, context.sentence.start + match.index, 4)) ? 4 : 0;
    const start = context.sentence.start + match.index;
    const end = start + match[0].length;
    if (COUNT_NOUN.test(textAfter(context, end, 30)) || ID_LABEL.test(textBefore(context, start, 12))) return null;
    // "the first two quarters of 1990" is its first half, "the last half of 1989" its second.
    const half = /first (?:half|two)/i.test(match[0]) ? '-H1' : /(?:second|last|latter) (?:half|two)/i.test(match[0]) ? '-H2' : '';
    const candidate = fromMatch(context, match, this.name, {
      type: 'DATE', value: `${match.groups?.year ?? ''}${half}`, granularity: half ? 'half' : 'year', anchor: 'absolute', confidence: 0.9,
    });
    return { ...candidate, start: candidate.start - the };
  },
};
