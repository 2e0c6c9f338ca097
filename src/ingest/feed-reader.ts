import { parseDocument, DomUtils } from 'htmlparser2';
import { failure, type Failure } from '../core/errors.js';
import type { DocumentHints, RawDocument } from '../core/model.js';
import { splitAuthors } from './authors.js';
import type { Decoded } from './decode.js';
import { normaliseFeedDate } from './feed-date.js';
import { htmlToPlain, wrapFragment } from './feed-html.js';
import type { ReaderContext, ReaderOutput } from './source-read.js';

/** domhandler's Element as htmlparser2 builds it (htmlparser2 carries its own domhandler version). */
type Element = NonNullable<ReturnType<typeof DomUtils.findOne>>;
type Node = Element['children'][number];

function isElement(node: Node): node is Element {
  return 'name' in node && 'attribs' in node;
}

/** Name without its namespace prefix: Atom is sometimes written `atom:entry`. */
function local(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function children(element: Element, name: string, byLocal = false): Element[] {
  return element.children.filter(
    (child): child is Element => isElement(child) && (byLocal ? local(child.name) === name : child.name === name),
  );
}

function text(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const value = DomUtils.textContent(element).trim();
  return value === '' ? undefined : value;
}

function firstText(element: Element, names: readonly string[], byLocal = false): string | undefined {
  for (const name of names) {
    const value = text(children(element, name, byLocal)[0]);
    if (value !== undefined) return value;
  }
  return undefined;
}

interface ItemFields {
  readonly body: string | undefined;
  readonly summary: string | undefined;
  readonly hints: DocumentHints;
}

function rssItem(item: Element): ItemFields {
  const content = firstText(item, ['content:encoded']);
  const description = firstText(item, ['description']);
  const guid = children(item, 'guid')[0];
  const permalink = guid && guid.attribs['isPermaLink'] !== 'false' && /^https?:/i.test(text(guid) ?? '') ? text(guid) : undefined;
  const authors = [...children(item, 'author'), ...children(item, 'dc:creator')].flatMap((el) => splitAuthors(text(el) ?? ''));
  const date = firstText(item, ['pubDate', 'dc:date', 'published', 'updated']);
  return {
    body: content ?? description,
    summary: content ? description : undefined,
    hints: {
      ...(text(guid) !== undefined ? { id: text(guid) } : {}),
      ...optional('url', firstText(item, ['link']) ?? permalink),
      ...optional('title', firstText(item, ['title'])),
      ...optional('published', date && normaliseFeedDate(date)),
      ...(authors.length > 0 ? { authors } : {}),
      ...categories(children(item, 'category').map((el) => text(el))),
    },
  };
}

function atomContent(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const type = element.attribs['type'] ?? 'text';
  // xhtml content is markup inside a div, not escaped text: serialise it back.
  if (type === 'xhtml') return DomUtils.getInnerHTML(element, { xmlMode: false }).trim() || undefined;
  return text(element);
}

function atomEntry(entry: Element): ItemFields {
  const content = atomContent(children(entry, 'content', true)[0]);
  const summary = atomContent(children(entry, 'summary', true)[0]);
  const links = children(entry, 'link', true);
  const link = links.find((el) => (el.attribs['rel'] ?? 'alternate') === 'alternate') ?? links[0];
  const authors = children(entry, 'author', true).flatMap((el) => splitAuthors(firstText(el, ['name'], true) ?? ''));
  const published = firstText(entry, ['published', 'issued', 'updated', 'modified'], true);
  return {
    body: content ?? summary,
    summary: content ? summary : undefined,
    hints: {
      ...optional('id', firstText(entry, ['id'], true)),
      ...optional('url', link?.attribs['href']?.trim()),
      ...optional('title', firstText(entry, ['title'], true)),
      ...optional('published', published && normaliseFeedDate(published)),
      ...(authors.length > 0 ? { authors } : {}),
      ...categories(children(entry, 'category', true).map((el) => el.attribs['term'] ?? text(el))),
    },
  };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}

function categories(values: readonly (string | undefined)[]): { extra?: Record<string, unknown> } {
  const list = values.filter((v): v is string => v !== undefined && v !== '');
  return list.length > 0 ? { extra: { categories: list } } : {};
}

/** RSS 2.0 / RSS 1.0 (RDF) / Atom: one html document per item or entry, in feed order. */
export function readFeed(decoded: Decoded, context: ReaderContext): ReaderOutput {
  const root = parseDocument(decoded.text, { xmlMode: true });
  const top = DomUtils.findOne((el) => ['rss', 'RDF', 'feed'].includes(local(el.name)), root.children, true);
  if (!top) {
    return { documents: [], failures: [failure('FEED_MALFORMED', context.locator, 'ingest.feed', `${context.locator}: no <rss>, <rdf:RDF> or <feed> root element found`)] };
  }
  const isAtom = local(top.name) === 'feed';
  const channel = isAtom ? top : (children(top, 'channel')[0] ?? top);
  const outlet = htmlToPlain(firstText(channel, ['title'], isAtom) ?? '');
  const items = isAtom
    ? children(top, 'entry', true)
    : DomUtils.getElementsByTagName((name) => local(name) === 'item', top, true);
  const documents: RawDocument[] = [];
  const failures: Failure[] = [];
  items.forEach((item, index) => {
    const locator = `${context.locator}#item=${index + 1}`;
    const fields = isAtom ? atomEntry(item) : rssItem(item);
    if (!fields.body) {
      failures.push(failure('RECORD_INVALID', locator, 'ingest.feed', `${locator}: the item has neither content nor a description/summary`));
      return;
    }
    documents.push(itemDocument(fields, outlet, locator, decoded.encoding, context.sourceHash));
  });
  return { documents, failures };
}

function itemDocument(fields: ItemFields, outlet: string, locator: string, encoding: string, sourceHash: string): RawDocument {
  const title = fields.hints.title === undefined ? undefined : htmlToPlain(fields.hints.title);
  const extra = { ...fields.hints.extra, ...(fields.summary ? { summary: fields.summary } : {}) };
  const hints: DocumentHints = {
    ...fields.hints,
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
  };
  return { sourceHash, locator, format: 'feed', kind: 'html', body: wrapFragment(fields.body ?? '', title), encoding, hints };
}
