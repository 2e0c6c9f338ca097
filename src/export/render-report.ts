import type { CitedSentence } from '../core/model.js';
import type { ArticleView, EventView, StoriesDocument, StoryView } from './stories-document.js';
import { esc, spanAnchor } from './html-escape.js';
import { renderArticleText } from './render-article-text.js';
import { REPORT_CSS } from './report-style.js';
import { tellsSeveralEvents } from './restrict-to-event.js';

/**
 * The static report: one self-contained HTML file with every story (briefing, timeline,
 * events, entities, quotes, outlets) and every article with its marked-up text. Every
 * generated sentence links to the exact sentence of the article it came from.
 */
export function renderReport(doc: StoriesDocument): string {
  const entityNames = new Map(doc.entities.map((e) => [e.id, e.name]));
  const articles = new Map(doc.articles.map((a) => [a.id, a]));
  const events = new Map(doc.stories.flatMap((s) => s.events.map((e) => [e.id, { title: e.title, storyId: s.id }] as const)));
  const ctx = { entityNames, articles, doc, events };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Storyline report</title><style>${REPORT_CSS}</style></head>
<body><header class="top"><h1>Storyline report</h1>
<p>${doc.stories.length} stories · ${doc.articles.length} articles · ${new Set(doc.articles.map((a) => a.outlet)).size} outlets · ${doc.failures.length} inputs failed · generator ${esc(doc.generator.version)}</p></header>
<main>
${renderToc(doc)}
${doc.stories.map((s) => renderStory(s, ctx)).join('\n')}
<h2 id="articles">Articles</h2>
<p class="legend small"><span class="quote">quote</span><span class="cue">cue</span><span class="timex">time expression</span><span class="mention person">person</span><span class="mention organisation">organisation</span><span class="mention place">place</span><span class="s opinion">opinion sentence</span><span class="block boilerplate">boilerplate</span></p>
${doc.articles.map((a) => renderArticle(a, ctx)).join('\n')}
${renderFailures(doc)}
</main></body></html>
`;
}

interface RenderContext {
  readonly entityNames: ReadonlyMap<string, string>;
  /** Event id → its title and story, for the links of round-up items. */
  readonly events: ReadonlyMap<string, { readonly title: string; readonly storyId: string }>;
  readonly articles: ReadonlyMap<string, ArticleView>;
  readonly doc: StoriesDocument;
}

function renderToc(doc: StoriesDocument): string {
  const items = doc.stories.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a> <span class="small">${esc(range(s))} · ${s.events.length} events · ${s.outlets.length} outlets</span></li>`);
  return `<nav class="toc"><h2>Stories</h2><ol>${items.join('')}</ol><p><a href="#articles">All articles</a>${doc.failures.length ? ' · <a href="#failures">Failed inputs</a>' : ''}</p></nav>`;
}

function renderStory(story: StoryView, ctx: RenderContext): string {
  return `<section class="story" id="${story.id}">
<h2>${esc(story.title)}</h2>
<p class="meta">${esc(range(story))} · ${story.events.length} events · story id ${story.id}</p>
<h3>Briefing</h3>${story.briefing.length ? `<p>${story.briefing.map((s) => cited(s, ctx)).join(' ')}</p>` : '<p class="small">No citable sentences.</p>'}
<h3>Timeline</h3><ol class="timeline">${story.timeline.map((entry) => `<li class="${entry.date ? '' : 'undated'}"><span class="date">${esc(entry.date ?? 'undated')}</span> <span class="small">${esc(entry.granularity ?? '')}</span><br>${entry.sentences.map((s) => cited(s, ctx)).join(' ')}</li>`).join('')}</ol>
<h3>Events</h3>${story.events.map((e) => renderEvent(e, ctx)).join('')}
<h3>Who is involved</h3><p class="chips">${story.entities.map((e) => `<span class="${esc(typeOf(e.id, ctx))}">${esc(ctx.entityNames.get(e.id) ?? e.id)} <small>${e.mentions}</small></span>`).join('')}</p>
<h3>Who said what</h3>${renderQuotes(story, ctx)}
<h3>Outlets</h3>${renderOutlets(story)}
</section>`;
}

function renderEvent(event: EventView, ctx: RenderContext): string {
  return `<details><summary><b>${esc(event.date ?? 'undated')}</b> ${esc(event.title)} <span class="small">${event.articleIds.length} articles · ${esc(event.outlets.join(', '))}</span></summary>
<p>${event.summary.map((s) => cited(s, ctx)).join(' ')}</p>
<p class="small">Articles: ${event.articleIds.map((id) => articleLink(id, ctx)).join(' · ')}</p>
${event.passages.length ? `<p class="small">Also told in round-ups: ${event.passages.map((p) => `<a class="cite" href="#${spanAnchor(p.articleId, sentenceStart(p.articleId, p.start, ctx))}" title="${esc(ctx.articles.get(p.articleId)?.title ?? p.articleId)}">[${esc(ctx.articles.get(p.articleId)?.outlet ?? p.articleId)}]</a>`).join(' ')}</p>` : ''}
${event.why.length ? `<p class="small">Why grouped: ${esc(event.why.join('; '))}</p>` : ''}</details>`;
}

function renderQuotes(story: StoryView, ctx: RenderContext): string {
  if (story.quotes.length === 0) return '<p class="small">No quotes found.</p>';
  const rows = story.quotes.map((q) => `<tr><td>${esc(q.speaker ?? 'unattributed')}${q.anonymous ? ' <span class="badge">anonymous</span>' : ''}</td><td>${esc(truncate(q.text, 220))} <a class="cite" href="#${spanAnchor(q.articleId, sentenceStart(q.citation.articleId, q.citation.start, ctx))}">[${esc(q.outlet)}]</a>${q.alsoIn.map((o) => ` <a class="cite" href="#${spanAnchor(o.articleId, sentenceStart(o.articleId, o.citation.start, ctx))}">[${esc(o.outlet)}]</a>`).join('')}</td><td>${q.kind}</td></tr>`);
  return `<table><thead><tr><th>Speaker</th><th>Said</th><th>Kind</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function renderOutlets(story: StoryView): string {
  const rows = story.outlets.map((o) => `<tr><td>${esc(o.outlet)}</td><td>${o.articles}</td><td>${o.eventIds.length} / ${story.events.length}</td><td>${o.syndicated}</td><td>${Math.round(o.opinionShare * 100)}%</td><td>${esc(o.speakers.slice(0, 5).map((s) => `${s.name} (${s.quotes})`).join(', '))}</td></tr>`);
  return `<table><thead><tr><th>Outlet</th><th>Articles</th><th>Events covered</th><th>Copies</th><th>Opinion</th><th>Quoted</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function renderArticle(article: ArticleView, ctx: RenderContext): string {
  const badges = [
    article.type !== 'news' ? `<span class="badge ${article.type}">${article.type}</span>` : '',
    article.extraction.lowConfidence ? `<span class="badge low">low extraction confidence ${article.extraction.confidence.toFixed(2)}</span>` : '',
    article.copyOf ? `<span class="badge copy">${article.copyOf.relation} copy of ${articleLink(article.copyOf.articleId, ctx)}</span>` : '',
    tellsSeveralEvents(article.passages) ? '<span class="badge roundup">round-up</span>' : '',
  ].join('');
  const published = article.published ? `${article.published.value} (${article.published.provenance}${article.published.provenance === 'inferred' ? ', inferred' : ''})` : 'undated';
  const source = article.url ? `<a href="${esc(article.url)}">${esc(article.url)}</a>` : esc(article.source.locator);
  return `<article class="doc${article.extraction.lowConfidence ? ' low' : ''}" id="${article.id}">
<h3>${esc(article.title)}${badges}</h3>
<p class="meta">${esc(article.outlet)} · ${esc(published)}${article.authors.length ? ` · ${esc(article.authors.join(', '))}` : ''} · source: ${source} · ${article.id}</p>
${renderPassages(article, ctx)}${renderArticleText(article, ctx.entityNames)}
</article>`;
}

/** A round-up's items, each with the event it tells: "Tells several happenings: 1. … → event". */
function renderPassages(article: ArticleView, ctx: RenderContext): string {
  if (!tellsSeveralEvents(article.passages)) return '';
  const items = article.passages.map((p) => {
    const event = p.eventId ? ctx.events.get(p.eventId) : undefined;
    const opening = truncate(article.text.slice(p.start, p.end), 70);
    const target = event ? `<a href="#${event.storyId}">${esc(event.title)}</a>`
      : `<span class="small">${p.eventId ? 'an event outside this report' : 'not linked to any event'}</span>`;
    return `<li><a class="cite" href="#${spanAnchor(article.id, sentenceStart(article.id, p.start, ctx))}">${esc(opening)}</a> → ${target}</li>`;
  });
  return `<div class="passages small"><b>Tells several happenings:</b><ol>${items.join('')}</ol></div>\n`;
}

function renderFailures(doc: StoriesDocument): string {
  if (doc.failures.length === 0) return '';
  const rows = doc.failures.map((f) => `<tr><td>${esc(f.code)}</td><td>${esc(f.locator)}</td><td>${esc(f.stage)}</td><td>${esc(f.message)}</td></tr>`);
  return `<h2 id="failures">Failed inputs</h2><table><thead><tr><th>Code</th><th>Input</th><th>Stage</th><th>Reason</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function cited(sentence: CitedSentence, ctx: RenderContext): string {
  const links = sentence.citations.map((c) => `<a class="cite" href="#${spanAnchor(c.articleId, c.start)}" title="${esc(ctx.articles.get(c.articleId)?.title ?? c.articleId)}">[${esc(ctx.articles.get(c.articleId)?.outlet ?? c.articleId)}]</a>`);
  return `${esc(sentence.text)}${links.join('')}`;
}

function articleLink(id: string, ctx: RenderContext): string {
  const article = ctx.articles.get(id);
  return `<a href="#${id}">${esc(article ? `${article.outlet}: ${truncate(article.title, 60)}` : id)}</a>`;
}

/** The sentence that holds a span, so a quote citation lands on an anchor that exists. */
function sentenceStart(articleId: string, offset: number, ctx: RenderContext): number {
  const sentence = ctx.articles.get(articleId)?.sentences.find((s) => s.start <= offset && offset < s.end);
  return sentence?.start ?? offset;
}

function typeOf(entityId: string, ctx: RenderContext): string {
  return ctx.doc.entities.find((e) => e.id === entityId)?.type ?? 'other';
}

function range(story: StoryView): string {
  if (!story.firstSeen) return 'undated';
  return story.firstSeen === story.lastSeen ? story.firstSeen : `${story.firstSeen} – ${story.lastSeen ?? ''}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
