import type { HtmlElement } from './html-tree.js';

/** Never content: code, media, controls and embedded documents. */
const ALWAYS_JUNK_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed',
  'button', 'select', 'input', 'textarea', 'option', 'label', 'dialog', 'head', 'title',
  'link', 'meta', 'map', 'audio', 'video', 'source', 'picture', 'img',
]);

/** Page furniture by element type; may be rescued when it holds most of the page's prose. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu']);

const FURNITURE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'search',
]);

/**
 * Words that name page furniture in class and id attributes, matched as whole segments of a
 * name split on `-`, `_` and camelCase (so `share-bar`, `articleShare`, `c-related__list`).
 * Deliberately absent: `hidden` (`overflow-hidden` wraps real text), `paywall` (full text
 * often sits inside it), `content`/`body` words (they name the article itself).
 */
const JUNK_WORDS = new Set([
  'comment', 'comments', 'disqus', 'share', 'sharing', 'sharebar', 'social', 'socials', 'related',
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'promo', 'promos', 'promotion', 'promotions', 'advert',
  'advertisement', 'ad', 'ads', 'adslot', 'dfp', 'cookie', 'cookies', 'consent', 'gdpr', 'sidebar',
  'breadcrumb', 'breadcrumbs', 'tags', 'tag', 'taglist', 'keywords', 'topics', 'bio', 'footer', 'menu', 'nav',
  'navbar', 'navigation', 'popup', 'modal', 'overlay', 'banner', 'sponsor', 'sponsored', 'recommended',
  'recommendations', 'recirc', 'outbrain', 'taboola', 'pagination', 'pager', 'toolbar', 'widget',
  'byline', 'dateline', 'timestamp', 'meta', 'metadata', 'credit', 'credits', 'masthead', 'popular',
  'trending', 'teaser', 'teasers', 'rail', 'skip', 'print', 'follow', 'donate', 'donation', 'author',
  'authors', 'login', 'signin', 'more', 'next', 'prev', 'previous', 'jump', 'toc', 'utility', 'utilities',
  'tools', 'actions', 'reactions', 'rating', 'survey', 'poll', 'alert', 'notification', 'sticky',
  'hide', 'invisible', 'visually', 'sr', 'screenreader', 'offscreen', 'header', 'topbar', 'rss', 'feedback',
  'gallery', 'slideshow', 'carousel', 'slider', 'lightbox', 'tooltip', 'popover', 'hovercard', 'rollover',
]);

/**
 * Pop-up cards shown on hover. The trigger link (a name in the running text) and its
 * wrapper carry the same class words, so links and elements with a direct link child are
 * kept; the card itself is dropped.
 */
const HOVER_WORDS = new Set(['tooltip', 'popover', 'hovercard', 'rollover']);

/**
 * Junk words that also count inside run-together names (`relatedpoststitle`,
 * `newsletterSignup` without camelCase). Only words that do not occur inside ordinary
 * content words: `comment` is absent because of `commentary`, `share` because of `shareholder`.
 */
const JUNK_INFIXES = ['related', 'newsletter', 'advert', 'sponsor', 'outbrain', 'taboola'];

/**
 * Run-together names of a reader-comment thread: `comment` plus a container word
 * (`commentbody`, `commentlist`, `commentsblock`) or after a prefix (`postcomment`). Only
 * container words, because `commentary` is an article and `commenting-guidelines` sits
 * inside the article region of some templates.
 */
const COMMENT_COMPOUND = /^comments?(body|list|form|block|area|box|thread|section|container|wrap|wrapper|content|text|item|entry)$|^[a-z]+comments?$/;

function isCommentCompound(segment: string): boolean {
  return segment.includes('comment') && COMMENT_COMPOUND.test(segment);
}

/** Segments that mean "this is the article", which outweigh a junk word in the same name. */
const CONTENT_WORDS = new Set(['articlebody', 'storybody', 'entrycontent', 'postcontent', 'articletext', 'bodytext']);

function nameSegments(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((s) => s !== '');
}

/** Embedded posts (`social-embed`, `twitter-tweet` wrappers) are quoted content, not furniture. */
const EMBED_WORDS = new Set(['embed', 'embedded', 'tweet']);

/**
 * Blog engines label a post wrapper with its taxonomy in a long class list
 * (`hentry post author-jane category-news tag-budget`, `entry-author-jane entry-type-post`):
 * there `author-…`, `tag-…` say what the post is about, not that the element is a byline or
 * tag cloud. Read that way only inside a list of at least three classes (a CMS-generated
 * list); a lone `author-bio` or `tag-list` still names furniture.
 */
const TAXONOMY_WORDS = new Set(['author', 'category', 'tag', 'format', 'type', 'status']);
const CMS_CLASS_LIST = 3;

function isTaxonomyLabel(segments: readonly string[], classCount: number): boolean {
  if (classCount < CMS_CLASS_LIST) return false;
  const at = segments[0] === 'entry' || segments[0] === 'post' ? 1 : 0;
  return TAXONOMY_WORDS.has(segments[at] ?? '') && segments.length > at + 1;
}

/** The junk word that marks a class or id, or null. */
export function junkWordIn(el: HtmlElement): string | null {
  const classCount = (el.attrs['class'] ?? '').split(/\s+/).filter((n) => n !== '').length;
  const names = `${el.attrs['class'] ?? ''} ${el.attrs['id'] ?? ''}`.split(/\s+/).filter((n) => n !== '');
  if (names.some((name) => nameSegments(name).some((s) => EMBED_WORDS.has(s)))) return null;
  for (const name of names) {
    const segments = nameSegments(name);
    if (isTaxonomyLabel(segments, classCount)) continue;
    if (CONTENT_WORDS.has(segments.join(''))) continue;
    for (const [i, seg] of segments.entries()) {
      // `content-with-sidebar`, `has-comments`: a wrapper that has the furniture beside it.
      if (i > 0 && (segments[i - 1] === 'with' || segments[i - 1] === 'has')) continue;
      if (JUNK_WORDS.has(seg)) return seg;
      if (isCommentCompound(seg)) return 'comment';
      const infix = JUNK_INFIXES.find((w) => seg.includes(w));
      if (infix !== undefined) return infix;
    }
  }
  return null;
}

function isInvisible(el: HtmlElement): boolean {
  if ('hidden' in el.attrs || el.attrs['aria-hidden'] === 'true') return true;
  const style = (el.attrs['style'] ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Consent banners can be the biggest text on a page, yet never wrap an article. */
const CONSENT_WORDS = new Set(['cookie', 'cookies', 'consent', 'gdpr']);

/** Why an element is never content, or null; these are not rescued. */
export function hardJunkReason(el: HtmlElement): string | null {
  if (ALWAYS_JUNK_TAGS.has(el.tag)) return `tag:${el.tag}`;
  if (isInvisible(el)) return 'invisible';
  // <html> and <body> carry page-state classes such as `cookies-not-set`.
  if (el.tag === 'body' || el.tag === 'html') return null;
  const names = `${el.attrs['class'] ?? ''} ${el.attrs['id'] ?? ''}`;
  const consent = nameSegments(names).find((s) => CONSENT_WORDS.has(s));
  return consent === undefined || junkWordIn(el) === null ? null : `class:${consent}`;
}

/** True when an element sits between words of its parent's own text. */
function inRunningText(el: HtmlElement): boolean {
  return el.parent?.children.some((c) => typeof c === 'string' && /\p{L}/u.test(c)) ?? false;
}

/** Why an element looks like page furniture, or null; the caller may rescue big prose holders. */
export function softJunkReason(el: HtmlElement): string | null {
  if (FURNITURE_TAGS.has(el.tag)) return `tag:${el.tag}`;
  const role = el.attrs['role'];
  if (role !== undefined && FURNITURE_ROLES.has(role)) return `role:${role}`;
  // Links inside running text carry classes like `textTag` or `author-link`; whether such
  // link text belongs is judged by link density, not by class names.
  const word = el.tag === 'a' && inRunningText(el) ? null : junkWordIn(el);
  const isTrigger = word !== null && HOVER_WORDS.has(word) && (el.tag === 'a' || el.children.some((c) => typeof c !== 'string' && c.tag === 'a'));
  if (word !== null && !isTrigger) return `class:${word}`;
  const itemprop = el.attrs['itemprop'] ?? '';
  if (/\b(author|datePublished|dateModified|publisher)\b/.test(itemprop) && el.tag !== 'meta') return `itemprop:${itemprop}`;
  return null;
}
