import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';

const para = (topic: string): string =>
  `<p>The ${topic} in the fictional town of Brackton was discussed at length by the council on Tuesday, officials said, and a decision is expected next month.</p>`;

describe('structural selection rules', () => {
  it('trusts itemprop=articleBody over a bigger teaser box', () => {
    const html = `<body><div class="teasers-wide">${para('bus plan')}${para('rail plan')}${para('tram plan')}${para('ferry plan')}</div>
      <div itemprop="articleBody">${para('library budget')}${para('school budget')}${para('park budget')}</div></body>`;
    const { text } = extractHtml(html);
    expect(text).toContain('library budget');
    expect(text).toContain('park budget');
    expect(text).not.toContain('bus plan');
  });

  it('joins a body cut into same-class chunks in separate grid cells, in order', () => {
    const chunk = (a: string, b: string): string => `<div class="grid"><div class="cell"><div class="article__body">${para(a)}${para(b)}</div></div><div class="ad-rail">Advertisement</div></div>`;
    const html = `<body><article>${chunk('first topic', 'second topic')}${chunk('third topic', 'fourth topic')}${chunk('fifth topic', 'sixth topic')}</article></body>`;
    const { text } = extractHtml(html);
    const order = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'].map((w) => text.indexOf(`${w} topic`));
    expect(order.every((pos, i) => pos >= 0 && (i === 0 || pos > (order[i - 1] ?? 0)))).toBe(true);
    expect(text).not.toContain('Advertisement');
  });

  it('does not join a sidebar box whose body has the same generic class as the article\'s', () => {
    const box = (cls: string, inner: string): string => `<div class="mod ${cls}"><div class="bd">${inner}</div></div>`;
    const html = `<body><div class="grid"><div class="col main">${box('art-content', para('harbour plan') + para('harbour cost') + para('harbour date'))}</div>
      <div class="col side">${box('tweets', '<p>Brackton Sports: Will the ferry team win at home tonight? Make your pick now --> http://t.example/x</p>')}</div></div></body>`;
    const { text } = extractHtml(html);
    expect(text).toContain('harbour date');
    expect(text).not.toContain('Make your pick');
  });

  it('reads a story written loose in a <div> beside its headline paragraph', () => {
    const loose = 'The Brackton ferry resumed service on Friday after a week of storms. '.repeat(5);
    const html = `<body><div class="row"><ul><li><a href="/a">Archive</a></li></ul></div><div class="col"><p class="title">Ferry back</p><small>05/10/2024</small><br>${loose}</div></body>`;
    expect(extractHtml(html).text).toContain('resumed service on Friday');
  });

  it('keeps embedded posts but drops hover cards and galleries', () => {
    const html = `<body><article>${para('harbour plan')}
      <p>Mayor <span class="rollover-people"><a href="/p/1">Ana Ruiz</a><span class="rollover-people-block">Ana Ruiz profile and her latest stories</span></span> welcomed it.</p>
      <div class="social-embed"><blockquote class="twitter-tweet"><p>Brackton harbour will be ready by June, a great day for the town.</p></blockquote></div>
      <div class="photo-gallery"><p>Slide 1 of 12: the harbour at dawn, seen from the old pier wall.</p></div>${para('harbour cost')}</article></body>`;
    const { text } = extractHtml(html);
    expect(text).toContain('Mayor Ana Ruiz welcomed it.');
    expect(text).toContain('ready by June');
    expect(text).not.toContain('Slide 1 of 12');
  });

  it('does not let a class-name bonus outweigh the text itself', () => {
    const html = `<body><div class="page-bottom"><p>Short note in a box with a promising class name.</p></div>
      <div class="x1">${para('water plan')}${para('road plan')}${para('bridge plan')}${para('school plan')}</div></body>`;
    expect(extractHtml(html).text).toContain('water plan');
  });

  it('reads taxonomy labels in a blog post\'s class list as labels, not as furniture', () => {
    // `author-…` and `tag-…` name what the post is about; the comments beside it hold more prose.
    const comments = Array.from({ length: 20 }, (_, n) => `<p>Reader ${n} thinks the fictional ferry timetable, the fares and the new pier are all a mistake, and says so at length.</p>`).join('');
    const html = `<body><div class="hentry post author-jdoe category-news tag-ferries">${para('ferry timetable')}${para('ferry fares')}${para('ferry pier')}${para('ferry crew')}</div>
      <div class="comments">${comments}</div></body>`;
    const { text } = extractHtml(html);
    expect(text).toContain('ferry timetable');
    expect(text).not.toContain('Reader 1');
  });

  it('still drops a lone author box', () => {
    const html = `<body><article>${para('library budget')}${para('school budget')}<div class="author-bio"><p>Jane Doe has covered the fictional town of Brackton for ten years.</p></div></article></body>`;
    expect(extractHtml(html).text).not.toContain('covered the fictional town');
  });

  it('never takes a long comment thread or footer for the article, however much prose it holds', () => {
    const thread = Array.from({ length: 30 }, (_, n) => `<li><p>Commenter ${n} writes that the fictional Brackton harbour plan is far too expensive, and that the council ignored them.</p></li>`).join('');
    const html = `<body><div class="x"><h1>Harbour plan</h1>${para('harbour plan')}${para('harbour cost')}${para('harbour dates')}</div>
      <div id="comments"><ol>${thread}</ol></div><footer>${para('footer teaser')}</footer></body>`;
    const { text } = extractHtml(html);
    expect(text).toContain('harbour plan');
    expect(text).not.toContain('Commenter 3');
    expect(text).not.toContain('footer teaser');
  });

  it('scores a post written as text runs between <br><br> like paragraphs', () => {
    // Blog engines write the post as loose text; a quoted box inside it must not win.
    const run = (n: number): string => `Part ${n} of the fictional Brackton rowing diary: the crew trained at dawn, the river was high and the coach kept notes on every stroke.`;
    const runs = Array.from({ length: 10 }, (_, n) => run(n)).join('<br><br>');
    const html = `<body><div class="c1">${runs}<div class="c2">${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => para(`rowing note ${n}`)).join('')}</div></div></body>`;
    const { text } = extractHtml(html);
    expect(text).toContain('Part 0 of the fictional');
    expect(text).toContain('Part 9 of the fictional');
    expect(text).toContain('rowing note 8');
  });

  it('keeps a list of linked titles with text around each link, drops a related-story list', () => {
    const paper = (n: number): string => `<li><a href="/p/${n}">“Ferries, tides and the fictional town of Brackton, a history, part ${n}”</a> by Jane Doe and John Roe, Brackton Review 12</li>`;
    const related = [1, 2, 3].map((n) => `<li><a href="/r/${n}">Another fictional story number ${n}</a></li>`).join('');
    const html = `<body><article>${para('journal issue')}${para('journal editors')}<ul>${[1, 2, 3, 4].map(paper).join('')}</ul><ul>${related}</ul></article></body>`;
    const { text } = extractHtml(html);
    expect(text).toContain('part 4” by Jane Doe');
    expect(text).not.toContain('Another fictional story');
  });
});
