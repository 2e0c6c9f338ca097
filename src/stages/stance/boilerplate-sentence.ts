import { boilerplateRule } from '../clean/index.js';

/**
 * Sentence-level furniture the clean stage cannot see because it judges whole blocks, or
 * because it is furniture of a genre (press releases, columns, letters pages, wire copy)
 * rather than of a web page. Each pattern is a convention of that genre, written from
 * style knowledge, not from the labelled set's sentences.
 */
const GENRE_FURNITURE: readonly RegExp[] = [
  // Press releases: the release line, the end mark, the boilerplate "About" heading.
  /^\s*(?:for immediate release|embargoed until\b.*|-?\s*ends\s*-?|#{3})\s*$/i,
  /^\s*About [\p{Lu}][\p{L}\p{N}&.,'’ -]{1,60}\s*$/u,
  /^\s*(?:media|press|investor)(?: relations)? (?:contacts?|inquiries|enquiries)\s*:/i,
  /^\s*(?:investor relations|media contact|press contact)\s*:/i,
  /^\s*(?:forward-looking statements?|safe harbou?r statement)\b/i,
  // Wire credits and story furniture.
  /^\s*\(?\s*(?:reporting|writing|additional reporting|editing|compiled|graphics) by\b/i,
  /^\s*(?:topics|tags|filed under|photograph|photo|image|video|related|watch|listen|crime map|source|more on this story)\s*:/i,
  /^\s*(?:our standards|the views expressed|views expressed)\b/i,
  // Author notes under columns: "Jane Doe is a columnist for …", "The author is a former …".
  /^\s*(?:[\p{Lu}][\p{L}'’-]+ ){1,3}(?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:columnist|writer|correspondent|editor|contributor|commentator|critic|reporter)\b/u,
  /^\s*(?:[\p{Lu}][\p{L}'’-]+ ){1,3}(?:writes|reviews|covers|reports on)\b.{0,80}(?:for (?:the |this )?[\p{Lu}][\p{L}]*|column\b|about\b)/u,
  /^\s*the (?:author|writer) (?:is|was)\b/i,
  // Reader prompts: send, write, share, refresh.
  /^\s*have (?:a|any) (?:news )?tips?\b.{0,40}$/i,
  /^\s*(?:do you (?:agree|have)\b.*|have your say\b.*)?\s*(?:send|write|email|e-mail|contact|tell)\b.{0,80}(?:@|\bnewsroom\b|\bletters?\b|\byour (?:views|photos|videos|story|listings)\b)/i,
  /\b(?:refresh (?:this|the) page|our (?:live )?coverage continues|live updates on this story)\b/i,
  /^\s*letters (?:may|should|must|will)\b/i,
  /\b(?:is|are) part of (?:our|a) series\b|^\s*read more in our\b/i,
];

/** Letters pages sign each letter "Name Surname, Place" on a line of its own. */
const SIGNATURE = /^\s*(?:[\p{Lu}][\p{L}'’.-]+ ){1,3}[\p{Lu}][\p{L}'’-]+,\s*(?:[\p{Lu}][\p{L}'’-]+\s*){1,3}$/u;

/** True when a sentence (or the block it stands alone in) is furniture. */
export function isBoilerplateSentence(sentence: string): boolean {
  const text = sentence.trim();
  if (text === '') return false;
  return boilerplateRule(text) !== null || SIGNATURE.test(text) || GENRE_FURNITURE.some((p) => p.test(text));
}

/** The press-release "About …" heading: what follows it is the company's standard paragraph. */
export function isAboutHeading(sentence: string): boolean {
  return /^\s*About [\p{Lu}][\p{L}\p{N}&.,'’ -]{1,60}\s*$/u.test(sentence);
}
