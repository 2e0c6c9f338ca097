/**
 * Word lists for attribution, written by us; data only, lower-case.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Verbs of saying (and of what polls and reports show), every inflection listed so
 * matching needs no stemmer.
 */
export const SPEECH_VERBS = words(`
  said says say saying told tells tell telling added adds adding stated stating
  warned warns warning argued argues arguing insisted insists insisting claimed claims claiming
  denied denies denying explained explains explaining announced announces announcing noted
  notes noting wrote writes writing tweeted tweets tweeting asked asks replied replies replying
  responded responds continued continues acknowledged acknowledges admitted admits suggested
  suggests declared declares confirmed confirms recalled recalls predicted predicts reported
  reports cautioned cautions conceded concedes countered counters contended contends maintained
  maintains vowed vows pledged pledges promised promises stressed stresses emphasized emphasised
  emphasizes complained complains alleged alleges observed observes remarked remarks
  testified testifies posted posts messaged revealed reveals disclosed estimated estimates
  agreed agrees objected boasted boasts joked jokes lamented laments conceded acknowledged
  argue insist warn deny explain announce believe believes believed think thinks thought
  concluded concludes conclude answered answers pressed quipped quips retorted interjected
  recounted mused exclaimed wondered scoffed show shows showed found finds indicate indicates indicated suggest predict
`);

/** Verbs after which the listener comes before the reported clause ("told reporters that …"). */
export const VERBS_WITH_LISTENER = words(`told tells tell telling warned warns asked asks assured assures reminded reminds informed informs`);

/** Words allowed between a speaker and a verb, kept in the cue ("also said", "has said"). */
export const CUE_MODIFIERS = words(`
  also later previously once again repeatedly recently earlier then has have had had would will
  further quickly flatly publicly privately reportedly allegedly
  must could should might may can cannot not never did does do didn't doesn't don't won't
  didn’t doesn’t don’t won’t now still already even
`);

/** Pronouns that stand for a speaker named earlier (not "I"/"we": outside quotes that is the writer). */
export const SPEAKER_PRONOUNS = words(`he she they it`);

/** Heads of noun phrases that describe an unnamed source. */
export const ANONYMOUS_HEADS = words(`
  official officials source sources aide aides diplomat diplomats spokesperson spokesman
  spokeswoman person people insider insiders adviser advisers advisor advisors staffer staffers
  employee employees officer officers member members someone individual individuals lawmaker
  lawmakers executive executives
`);

/** Phrases that mark a source as deliberately unnamed, wherever they sit in the sentence. */
export const ANONYMITY_PHRASES = /\b(?:familiar with|asked not to be (?:named|identified)|on (?:the )?condition of anonymity|(?:not|n't) authori[sz]ed to|declined to be (?:named|identified)|speaking anonymously|requested anonymity)\b/i;

/**
 * Words that show a phrase is a clause, not a speaker: auxiliaries, and prepositions that
 * cannot end a noun phrase ("Hale landed in trouble by …").
 */
export const NOT_IN_SPEAKER = words(`is was are were be been being has have had will would can could should do does did`);
export const NOT_LAST_IN_SPEAKER = words(`by of to for with in on at from however though also then the a an his her their its my our your`);

/** Determiners and possessives that can start a speaker phrase. */
export const DETERMINERS = words(`the a an his her their its this that these those one two three several some many`);
