import { parseDocument, DomUtils } from 'htmlparser2';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text of an HTML fragment, entities decoded (`&nbsp;`, `&eacute;` are HTML, not XML). */
export function htmlToPlain(fragment: string): string {
  return DomUtils.textContent(parseDocument(fragment)).replace(/\s+/g, ' ').trim();
}

const HAS_TAG = /<\/?[a-z][\w:-]*[\s>/]/i;

/**
 * Makes a feed item's body a page the extractor can read: a full page stays as it is, an
 * HTML fragment is wrapped in `<article>`, and plain text becomes escaped paragraphs.
 */
export function wrapFragment(fragment: string, title: string | undefined): string {
  if (/<html[\s>]/i.test(fragment)) return fragment;
  const content = HAS_TAG.test(fragment)
    ? fragment
    : fragment
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph !== '')
        .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
        .join('\n');
  const head = title ? `<title>${escapeHtml(title)}</title>` : '';
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8">${head}</head><body><article>\n${content}\n</article></body></html>\n`;
}
