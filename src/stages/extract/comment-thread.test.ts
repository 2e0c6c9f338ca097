import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';
import { parseHtml, walkElements } from './html-tree.js';
import { startsCommentThread } from './comment-thread.js';

const para = (topic: string): string =>
  `<p>The ${topic} in the fictional town of Brackton was discussed at length by the council on Tuesday, officials said, and a decision is expected next month.</p>`;
const story = `${para('ferry timetable')}${para('ferry fares')}${para('ferry pier')}`;
/** Reader comments written as plain numbered divs, with nothing in their names to say so. */
const thread = Array.from({ length: 12 }, (_, n) =>
  `<div id="c${1000 + n}"><p>Reader ${n} thinks the fictional ferry timetable, the fares and the new pier are all a mistake, and says so at length here.</p></div><p class="posted">Posted by: Reader ${n}</p>`).join('');

function first(html: string, tag: string): boolean {
  for (const el of walkElements(parseHtml(html).root)) if (el.tag === tag) return startsCommentThread(el);
  throw new Error(`no <${tag}>`);
}

describe('startsCommentThread', () => {
  it.each([
    ['<h2>Comments</h2>'], ['<h3>12 Responses</h3>'], ['<h3>One thought on “Ferry fares”</h3>'],
    ['<h3>Leave a Reply <small>Cancel reply</small></h3>'], ['<h4>Comments (4)</h4>'], ['<h2 id="comments">Talk</h2>'],
  ])('reads %s as the start of a thread', (html) => {
    expect(first(html, html.slice(1, 3))).toBe(true);
  });

  it.each([
    ['<h2>Comment</h2>', 'h2'], ['<h2>Responses</h2>', 'h2'], ['<h2>Comments from the minister on the ferry plan</h2>', 'h2'],
    ['<a href="#comments">12 comments</a>', 'a'], ['<a id="comments">Comments</a>', 'a'], ['<p id="comments">Comments</p>', 'p'],
  ])('does not read %s as one', (html, tag) => {
    expect(first(html, tag)).toBe(false);
  });

  it('reads an empty jump anchor named for the thread as its start', () => {
    expect(first('<a name="comments"></a>', 'a')).toBe(true);
    expect(first('<a id="respond"></a>', 'a')).toBe(true);
  });
});

describe('extractHtml cuts a reader-comment thread that shares the article container', () => {
  it('after a "Comments" heading', () => {
    const { text } = extractHtml(`<body><div class="content">${story}<h2 id="comments">Comments</h2>${thread}</div></body>`);
    expect(text).toContain('ferry pier');
    expect(text).not.toContain('Reader 3');
  });

  it('after an empty jump anchor', () => {
    const { text } = extractHtml(`<body><div class="content">${story}<p><a name="comments"></a>COMMENTS</p>${thread}</div></body>`);
    expect(text).toContain('ferry pier');
    expect(text).not.toContain('Reader 3');
  });

  it('but not at an anchor above the story, beside the headline', () => {
    const { text } = extractHtml(`<body><div class="content"><h1>Ferry news</h1><a id="comments"></a>${story}</div></body>`);
    expect(text).toContain('ferry timetable');
    expect(text).toContain('ferry pier');
  });

  it('and keeps a "Comment" section heading inside the story', () => {
    const { text } = extractHtml(`<body><article>${para('ferry plan')}<h2>Comment</h2>${para('council view')}${para('harbour view')}</article></body>`);
    expect(text).toContain('harbour view');
  });

  it('keeps a short post short rather than taking the long thread under it', () => {
    // Under 400 characters the cascade tries again without class-name rules; comments stay out.
    const post = '<p>The Brackton ferry is back on Friday. Details to follow.</p>';
    const html = `<body><div class="post-wrap"><div class="entry-content">${post}</div></div><div id="comments"><dl>${thread}</dl></div></body>`;
    const { text } = extractHtml(html);
    expect(text).toContain('back on Friday');
    expect(text).not.toContain('Reader 3');
  });

  it('drops threads in run-together class names (commentbody, postcomment)', () => {
    const bodies = Array.from({ length: 8 }, (_, n) => `<div class="commentbody by-reader${n}"><p>Reader ${n} thinks the fictional ferry timetable, the fares and the pier are a mistake, and says so.</p></div>`).join('');
    const { text } = extractHtml(`<body><div class="post">${story}</div>${bodies}<div class="postcomment"><p>Leave your own long comment about the ferry timetable and the fares here, please.</p></div></body>`);
    expect(text).toContain('ferry fares');
    expect(text).not.toContain('Reader 2');
    expect(text).not.toContain('Leave your own');
  });
});
