/**
 * Cues of the writer's own opinion and of reporting, written by us from style guides and
 * general knowledge of news registers (not from the labelled set); data only. Each cue
 * becomes a feature of `sentenceFeatures`; how much each one counts is learned
 * (`opinion-weights.ts`).
 */

/** First-person stance and calls to action: the writer speaking for themselves. */
export const STANCE_PHRASES = /\b(?:i (?:believe|think|suspect|doubt|fear|hope|confess|admit|would argue|'d argue|am convinced|am not convinced|would urge|urge)|i'm (?:convinced|not convinced|afraid)|in my (?:view|opinion)|to my mind|my guess is|we (?:must|should|need to|ought to|cannot afford|believe)|let us|let's|it is (?:high )?time (?:to|for|that)|it's (?:high )?time (?:to|for|that)|make no mistake|the truth is|the fact is|enough is enough|well done|shame on)\b/i;

/** Evaluative words a reporter keeps for quotes: strong judgement. */
export const STRONG_EVALUATIVE = new Set(`
  shameful shameless disgrace disgraceful outrageous absurd ridiculous pathetic appalling
  despicable deplorable scandalous scandal idiotic foolish reckless cowardly heroic brilliant
  disastrous catastrophic unforgivable inexcusable hypocritical hypocrisy nonsense frankly
  honestly sadly shockingly laughable insane breathtaking spineless dishonest incompetent
  incompetence sickening vile contemptible unconscionable unacceptable misguided
  irresponsible ludicrous farce betrayal wrongheaded short-sighted shortsighted fantasy
  superb stunning magnificent dreadful awful terrible wonderful marvellous marvelous
  depressingly depressing remarkably astonishing sham gimmick courage cowardice folly
`.split(/\s+/).filter(Boolean));

/** Milder judgement: right and wrong, good and bad, fair and unfair. */
export const MILD_EVALUATIVE = new Set(`
  good bad better worse best worst right wrong fair unfair sensible correct welcome
  encouraging disappointing frustrating impressive excellent pleasant forgettable memorable
  ambitious brave bold honest dishonest predictable unpredictable worth worthwhile deserve
  deserves deserved serious seriously harsh naive sentimental kind kinder cruel generous
  mistake mistaken flawed weak weakest strong strongest clever smart
  silly lazy careless costly wasteful pointless needless useless essential vital crucial
  responsible irresponsible unfortunate fortunate lucky unlucky sad happy glad proud
`.split(/\s+/).filter(Boolean));

/** Words that turn up the volume. */
export const INTENSIFIERS = /\b(?:very|really|truly|deeply|utterly|simply|hardly|extraordinarily|incredibly|entirely|absolutely|completely|totally|endlessly|painfully|far too|much too|so much|plain and simple|at the very least|of course|surely|clearly|obviously|undoubtedly|certainly|indeed)\b/i;

/** Obligation and prescription. */
export const PRESCRIPTIVE = /\b(?:should|shouldn't|must|mustn't|ought to|needs? to|has to|have to|cannot afford|can't afford|owes?|deserves?)\b/i;

/** Hedged judgement and prediction, the analyst's voice. */
export const HEDGES = /\b(?:probably|likely|unlikely|perhaps|maybe|arguably|seems?|seemed|appears?|suggests?|almost certainly|it is hard to|it is too early|may well|might|could well|it remains to be seen|in (?:the )?short term|in (?:the )?long run)\b/i;

/** Possibility and conditional: predictions and what-ifs ("could", "may", "would"). */
export const MODAL_POSSIBILITY = /\b(?:may|might|could|would|wouldn't|couldn't)\b/i;

/** Judgement by comparison. */
export const COMPARATIVE_JUDGEMENT = /\b(?:more important than|less important than|the least bad|better than|worse than|rather than|no substitute for|is not \w+(?: \w+)?[;,] it is|not (?:a|an) \w+(?: \w+)?[;,] (?:it|this|that) is|the (?:best|worst|most \w+|least \w+)|far (?:kinder|better|worse))\b/i;

/** Sweeping claims about everybody or nobody. */
export const GENERALISATION = /\b(?:nobody|no one|everyone|everybody|anyone|anybody|every \w+ we|all of us|none of us)\b/i;

/** First person singular and plural (outside quotes). */
export const FIRST_SINGULAR = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself)\b/;
export const FIRST_PLURAL = /\b(?:[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e've|[Ww]e’ve|[Uu]s|[Oo]ur|[Oo]urselves|[Ll]et's|[Ll]et’s)\b/;
export const SECOND_PERSON = /\b(?:you|your|you're|you’re|yours|yourself|yourselves)\b/i;

/** Attribution: the sentence reports what someone said, found or did. */
export const ATTRIBUTION = /\b(?:said|says|say|told|tells|according to|announced|announces|reported|added|stated|confirmed|warned|urged|called (?:on|for)|calls (?:on|for)|claimed|argued|argues|described|declined|denied|insisted|asked|accused|criticised|criticized|slammed|welcomed|praised|rejected|blamed|expects?|expected|estimated|wrote|noted|acknowledged|admitted|predicted|showed|found)\b/i;

/** The sentence is anchored in time, as events are. */
export const TIME_ANCHOR = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|last (?:week|month|year|night|winter|summer|spring|autumn)|this (?:week|month|year)|next (?:week|month|year)|january|february|march|april|june|july|august|september|october|november|december|(?:19|20)\d\d|a\.m\.|p\.m\.|\d{1,2}:\d\d)\b/i;

/** A live-blog or wire timestamp, or a dateline, at the start. */
export const REPORT_OPENING = /^\s*(?:\d{1,2}[:.]\d\d\s*[—–-]|[A-Z][A-Z ]{2,},\s+[A-Z][a-z]+ \d{1,2}|[A-Z][A-Z ]{2,},\s+\d{1,2} [A-Z][a-z]+)/;

/** Demonstrative verdicts: "That is …", "This was …", "It would be …". */
// Present and conditional only: "It was the second derailment this year" is a report.
export const VERDICT_OPENING = /^\s*(?:but |and |yet |still,? )?(?:that|this|it|which) (?:is|would be|seems|looks|sounds|feels)\b/i;
