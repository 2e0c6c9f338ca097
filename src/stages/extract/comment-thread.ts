import { rawText, type HtmlElement } from './html-tree.js';

/**
 * Where a reader-comment thread begins inside the selected article container. Blog and
 * news templates often put the thread in the same container as the post, unlabelled
 * (`<div id="c1234">` per comment), after a heading ("Comments", "12 Responses", "Leave a
 * Reply") or an empty jump anchor (`<a id="comments">`, the target of the "23 comments"
 * link). Everything from there on is the thread, which is not the article.
 */

/**
 * A whole heading that announces the thread; matched on the heading's full text only. The
 * singular "Comment" and a bare "Responses" or "Replies" are left out: they are also section
 * headings inside articles and reports ("Comment", "Analysis", "Responses"); with a count
 * ("12 Responses") they name a thread. Trackbacks are left out because Dragnet's gold keeps
 * them with the post.
 */
const THREAD_HEADING = new RegExp([
  String.raw`^(reader\s+)?comments(\s*\(\d+\))?:?$`,
  String.raw`^(\d+|one|no)\s+(comments?|responses?|repl(y|ies)|thoughts?)(\s+(on|to)\b.*)?$`,
  String.raw`^(leave|post|add|write)\s+an?\s+(comment|reply|response)\b`,
  String.raw`^join the (discussion|conversation)\b`,
].join('|'), 'i');

/** Jump-anchor and heading ids that name the thread. */
const THREAD_IDS = new Set(['comments', 'comment', 'respond', 'responses', 'reply-title', 'discussion']);

const isHeading = (el: HtmlElement): boolean => /^h[1-6]$/.test(el.tag);

function threadId(el: HtmlElement): boolean {
  const id = (el.attrs['id'] ?? el.attrs['name'] ?? '').trim().toLowerCase();
  return THREAD_IDS.has(id);
}

export function startsCommentThread(el: HtmlElement): boolean {
  if (isHeading(el)) {
    return threadId(el) || THREAD_HEADING.test(rawText(el).replace(/\s+/g, ' ').trim());
  }
  // Only an empty anchor: a link reading "comments" elsewhere is a link, not the thread.
  return el.tag === 'a' && el.attrs['href'] === undefined && threadId(el) && rawText(el).trim() === '';
}
