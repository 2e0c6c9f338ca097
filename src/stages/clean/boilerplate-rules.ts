/**
 * Rules for blocks that are page furniture rather than reporting. Each rule looks at one
 * block's text and only fires on short blocks: furniture is a line or two, and a long
 * paragraph that mentions "subscribe" or "click here" is nearly always reporting. Lengths
 * are in characters.
 */
export interface BoilerplateRule {
  readonly name: string;
  readonly maxChars: number;
  readonly test: (text: string) => boolean;
}

/** Reporting verbs: a short block that attributes speech is news, whatever else it says. */
const REPORTING = /\b(said|says|told|according to|announced|reported)\b/i;

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    name: 'share-prompt',
    maxChars: 120,
    test: (t) => /^(share (this|on|via|the|article|story)\b|share$|tweet( this)?$|email this|print this|copy link|share:)/i.test(t)
      || /^(facebook|twitter|linkedin|whatsapp|email|reddit|pinterest|print)(\s*[|,·•]?\s*(facebook|twitter|linkedin|whatsapp|email|reddit|pinterest|print|x))+$/i.test(t),
  },
  {
    name: 'subscribe-prompt',
    maxChars: 220,
    test: (t) => !REPORTING.test(t) && (
      /^(subscribe|sign up|join (us|our)|get (our|the) (free )?\w* ?newsletter|donate|support (us|our)|become a (member|subscriber|supporter)|never miss|don'?t miss|want more|enjoy(ed)? this|like this (article|story)|if you (enjoyed|liked|value|appreciate|rely on) (this|our))\b/i.test(t)
      || /\b(our|the|a) (free )?(daily |weekly |morning |evening )?newsletters?\b.*\b(sign up|subscribe|inbox)\b/i.test(t)
      || /\b(subscribe|sign up) (now|today|here|for free)\b/i.test(t)
      || /\byou have (been )?(successfully )?(subscribed|signed up)\b/i.test(t)
      || /\b(subscribe|sign up) (to|for) [^.]{0,40}\bnewsletters?\b/i.test(t)),
  },
  {
    name: 'read-more-teaser',
    maxChars: 250,
    test: (t) => /^(read more|read also|also read|read next|more reading|related( stories| articles| coverage| content)?|see also|recommended( for you)?|you (may|might) also like|more (from|on|stories)|watch|listen|trending)\b\s*[:>|»\-–—]/i.test(t)
      || /^(read more|related|more stories|see more|load more|show more)$/i.test(t.replace(/[.:»>…]+$/, '').trim()),
  },
  {
    name: 'comment-widget',
    maxChars: 120,
    test: (t) => /^(leave a (reply|comment)|post (a )?comment|add a comment|view (all )?(\d+ )?comments|show comments|(\d+|no) comments?|comments? (are )?(closed|disabled)|log ?in to (comment|reply)|sign in to comment|join the (conversation|discussion)|be the first to comment)\b/i.test(t),
  },
  {
    name: 'copyright',
    maxChars: 300,
    test: (t) => /(©|\(c\)|\bcopyright\b)\s*.{0,60}\b(19|20)\d{2}\b/i.test(t) || /\ball rights reserved\b/i.test(t),
  },
  {
    name: 'follow-us',
    maxChars: 160,
    test: (t) => /^follow (us|@\w+|[\p{Lu}][\w.]*( [\p{Lu}][\w.]*)* on (twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube))\b/iu.test(t)
      || /\bfollow us on (twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube)\b/i.test(t),
  },
  {
    name: 'ad-label',
    maxChars: 60,
    test: (t) => /^(advertisement|advertising|advert|ad|sponsored( content)?|paid (content|post)|(story|article) continues below( advertisement)?|continue reading (below|the main story))$/i.test(t.replace(/[\s.:…-]+$/, '')),
  },
  {
    name: 'script-notice',
    maxChars: 160,
    test: (t) => /\b(requires|enable|turn on|activate) javascript\b|\bjavascript (is )?(required|disabled)\b|\byour browser does not support\b/i.test(t),
  },
  {
    name: 'dateline',
    maxChars: 100,
    test: (t) => /^(first |last )?(published|updated|posted|modified)( on| at)?\s*[:|-]?\s*\S*\s*\d/i.test(t) && !/[.!?]["”]?$/.test(t.replace(/\b(a\.m|p\.m)\.$/i, '')),
  },
  {
    name: 'byline',
    maxChars: 120,
    // "By Jane Doe", "By Jane Doe and John Roe - 11/18/19"; a sentence such as "By Monday,
    // the council had voted." ends with punctuation and is left alone.
    test: (t) => /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}(\s*(,|\band\b|\||-|–|—|•|·)\s*.*)?$/u.test(t) && !/[.!?]["”]?$/.test(t.replace(/\b(a\.m|p\.m|jr|sr)\.$/i, '')),
  },
  {
    name: 'photo-credit',
    maxChars: 300,
    test: (t) => /\((image|photo|picture|pic|video|credit|source)s?\s*:[^)]*\)$/i.test(t) || /\((ap|afp|reuters|getty) photo\/[^)]*\)$/i.test(t)
      || /^(photo|image|picture|video)( credit)?s?\s*:/i.test(t)
      // "© Jane Doe Protesters gather …": a photographer's credit opening a caption.
      || /^(©|\(c\))\s*\p{Lu}[\p{L}.'’-]+ \p{Lu}/u.test(t),
  },
  {
    name: 'author-contact',
    maxChars: 250,
    // "Jane Doe may be reached at jdoe@herald.example. Follow her on Twitter @jdoe."
    test: (t) => /[\w.+-]+@[\w-]+\.[\w.]+|(^|\s)@\w{2,}/.test(t)
      && /\b(may|can) be reached\b|\breach (him|her|them|the (reporter|author|writer))\b|\b(write|e-?mail) (to )?(him|her|them|us|the (reporter|author))?\b.*@|^write to\b|\bfollow (him|her|them|me) on\b|\bhave a (news )?tip\b/i.test(t),
  },
  {
    name: 'syndication-note',
    maxChars: 300,
    // Feed and republication footers: "The post <headline> appeared first on <site>.",
    // "This article first appeared in <outlet> and is republished with permission."
    test: (t) => /^the post .{1,240} appeared first on .{1,80}$/i.test(t)
      || /^(this|the) (article|story|post|piece|report)( was)? (first|originally) (appeared|published|ran) (in|on|at|by)\b/i.test(t),
  },
  {
    name: 'click-here',
    maxChars: 160,
    test: (t) => /\bclick here\b/i.test(t) && !REPORTING.test(t),
  },
];

/** The rule a block breaks, or null. */
export function boilerplateRule(text: string): string | null {
  for (const rule of BOILERPLATE_RULES) if (text.length <= rule.maxChars && rule.test(text)) return rule.name;
  return null;
}
