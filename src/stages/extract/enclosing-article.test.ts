import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';

const line = (topic: string): string => `The ${topic} of the fictional Brackton Ferry Company will change next spring, the statement says.`;
/** A quoted press release: many short paragraphs separated by <br><br>, which the scorer rewards. */
const release = Array.from({ length: 8 }, (_, n) => line(`timetable part ${n}`)).join('<br><br>');
/** The reporter's own intro: one long paragraph of about six sentences. */
const intro = 'Brackton Ferry Company announced on Tuesday that it will rebuild its timetable from scratch. '
  + 'The company says the change follows a year of complaints from commuters on the harbour route. '
  + 'Local councillors welcomed the news but asked for a public consultation before anything is decided. '
  + 'The company has not said how much the new boats will cost or who will pay for them in the end. '
  + 'Unions say they were not consulted and want talks before the summer season begins in earnest. '
  + 'Scroll down for the full statement from the company.';

describe('extractHtml takes a quoted box together with the article around it', () => {
  it('keeps the reporter\'s intro before a quoted press release', () => {
    const html = `<body><div class="post"><div class="post-body">${intro}<br>
      <div id="continued"><div class="quote-box"><div class="quote-button">Show full text</div><div class="quote-text">${release}</div></div></div>
      </div></div><div class="footer-links"><a href="/about">About us</a></div></body>`;
    const { text } = extractHtml(html);
    expect(text).toContain('rebuild its timetable from scratch');
    expect(text).toContain('timetable part 7');
  });

  it('does not count wrappers around the box alone as levels (nested blockquotes)', () => {
    const paras = Array.from({ length: 8 }, (_, n) => `<p>${line(`timetable part ${n}`)}</p>`).join('');
    const html = `<body><div class="entry"><div class="entry-body"><p>${intro}</p></div>
      <div class="entry-more"><blockquote><blockquote><blockquote>${paras}</blockquote></blockquote></blockquote></div></div></body>`;
    const { text } = extractHtml(html);
    expect(text).toContain('rebuild its timetable from scratch');
    expect(text).toContain('timetable part 7');
  });

  it('does not pull in a short standfirst above the body', () => {
    const standfirst = 'Brackton Ferry Company will rebuild its timetable after a year of complaints, it said on Tuesday.';
    const body = Array.from({ length: 6 }, (_, n) => `<p>${line(`timetable part ${n}`)} Councillors asked for a consultation first.</p>`).join('');
    const html = `<body><div class="story"><div class="summary">${standfirst}</div><div class="wrap"><div class="body-text">${body}</div></div></div></body>`;
    const { text } = extractHtml(html);
    expect(text).toContain('timetable part 5');
    expect(text).not.toContain('after a year of complaints');
  });

  it('does not pull in teasers that follow the article', () => {
    const teasers = Array.from({ length: 4 }, (_, n) => `<div class="item"><p>Another long teaser number ${n} about a different fictional Brackton story, summarised in two plain sentences. It is not part of this article.</p></div>`).join('');
    const body = Array.from({ length: 6 }, (_, n) => `<p>${line(`timetable part ${n}`)} Councillors asked for a consultation first.</p>`).join('');
    const html = `<body><div class="page"><div class="wrap"><div class="body-text">${body}</div></div>${teasers}</div></body>`;
    const { text } = extractHtml(html);
    expect(text).toContain('timetable part 5');
    expect(text).not.toContain('Another long teaser');
  });
});
