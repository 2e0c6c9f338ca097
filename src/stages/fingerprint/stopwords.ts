/**
 * English stop words for salient-term extraction: function words plus words that occur in
 * almost every news report whatever it is about ("said", "year", "people", weekdays, months).
 * Compiled by hand from common function-word lists and newswire reporting verbs; kept as data
 * so it can be reviewed and extended without touching the term code.
 */
const WORDS = `
a about above across after afterwards again against all almost alone along already also although
always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
back be became because become becomes becoming been before beforehand behind being below beside
besides between beyond both but by can cannot could did do does doing done down due during each
either else elsewhere enough etc even ever every everyone everything everywhere except few for
former formerly from further had has have having he hence her here hereafter hereby herein hers
herself him himself his how however i if in indeed into is it its itself just last latter least
less made make makes many may me meanwhile might mine more moreover most mostly much must my myself
namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off
often on once one only onto or other others otherwise our ours ourselves out over own per perhaps
please put rather re same see seem seemed seeming seems several she should since so some somehow
someone something sometime sometimes somewhere still such than that the their theirs them
themselves then thence there thereafter thereby therefore therein thereupon these they this those
though through throughout thru thus to together too toward towards under until up upon us very via
was we well were what whatever when whence whenever where whereafter whereas whereby wherein
whereupon wherever whether which while whither who whoever whole whom whose why will with within
without would yet you your yours yourself yourselves
dont doesnt didnt isnt wasnt arent werent wont cant couldnt shouldnt wouldnt hasnt havent hadnt
im ive id youre theyre weve theyve thats theres whats lets hes shes its
said says say saying told tell tells according added adding asked stated noted reported reports
report reporting wrote write writes according statement statements interview
mr mrs ms dr st jr sr
year years month months week weeks day days today yesterday tomorrow time times ago
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
people thing things way ways lot lots part parts number numbers new old first second third
get got getting go goes going gone went come comes coming came take takes taking took
know knows known think thinks want wants like likes look looks looking use used using
include includes including included many much good great big small large little long high
also just still even back well now later early earlier late recent recently currently
percent per cent million billion thousand hundred dozen
one two three four five six seven eight nine ten
news story stories article articles update updated photo photos image images video videos
click read reading subscribe newsletter advertisement share email
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((word) => word !== ''));
