import { Parser } from 'htmlparser2';

/**
 * A small read-only element tree built from htmlparser2's streaming callbacks. We build our
 * own instead of domhandler's so that depth and size are bounded while parsing (hostile or
 * broken pages cannot blow the stack) and so the stage does not depend on domhandler's types.
 */
export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
  readonly parent: HtmlElement | null;
}

export type HtmlNode = HtmlElement | string;

/** Pages bigger than this are cut: real articles are far smaller, and time must stay bounded. */
export const MAX_HTML_CHARS = 6_000_000;
/**
 * Deeper elements are flattened into their ancestor at this depth. Real pages rarely pass 60
 * levels; 200 leaves room while keeping the recursive walks far from the stack limit.
 */
export const MAX_DEPTH = 200;

/**
 * Parsing stops when this many elements are open at once. htmlparser2 keeps open elements
 * in an array it shifts at the front, so nesting costs quadratic time (200,000 unclosed
 * <div>s take about 14 s); no real page keeps 5,000 elements open, broken ones included.
 */
export const MAX_OPEN_ELEMENTS = 5_000;
/**
 * Tags past this many elements are dropped (their text is kept in the enclosing element).
 * The biggest of 641 real news pages (AEB and Dragnet) has about 6,000 elements; a million
 * tiny elements otherwise cost about 10 s and 400 MB to measure.
 */
export const MAX_ELEMENTS = 100_000;
/** Input is fed in chunks so parsing can stop early at MAX_OPEN_ELEMENTS. */
const CHUNK_CHARS = 16_384;

export interface ParsedHtml {
  readonly root: HtmlElement;
  /** True when the page was cut at MAX_HTML_CHARS, nesting passed MAX_DEPTH or MAX_ELEMENTS was reached. */
  readonly truncated: boolean;
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string';
}

export function parseHtml(html: string): ParsedHtml {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [], parent: null };
  let truncated = html.length > MAX_HTML_CHARS;
  let current = root;
  let depth = 0;
  let flattened = 0;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (depth >= MAX_DEPTH || elements >= MAX_ELEMENTS) {
          flattened++;
          truncated = true;
          return;
        }
        elements++;
        const element: HtmlElement = { tag: name, attrs, children: [], parent: current };
        current.children.push(element);
        current = element;
        depth++;
      },
      onclosetag() {
        if (flattened > 0) {
          flattened--;
          return;
        }
        if (current.parent) {
          current = current.parent;
          depth--;
        }
      },
      ontext(text) {
        const last = current.children[current.children.length - 1];
        if (typeof last === 'string') current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  const input = truncated ? html.slice(0, MAX_HTML_CHARS) : html;
  for (let at = 0; at < input.length; at += CHUNK_CHARS) {
    if (depth + flattened > MAX_OPEN_ELEMENTS) {
      truncated = true;
      break;
    }
    parser.write(input.slice(at, at + CHUNK_CHARS));
  }
  parser.end();
  return { root, truncated };
}

/** Depth-first, document order, iterative (no recursion limit concerns). */
export function* walkElements(start: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [start];
  while (stack.length > 0) {
    const el = stack.pop() as HtmlElement;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i];
      if (child !== undefined && isElement(child)) stack.push(child);
    }
  }
}

export function findFirst(start: HtmlElement, tag: string): HtmlElement | null {
  for (const el of walkElements(start)) if (el.tag === tag) return el;
  return null;
}

/** Raw text of an element, scripts included (used for JSON-LD and <title>). */
export function rawText(el: HtmlElement): string {
  let out = '';
  for (const child of el.children) out += typeof child === 'string' ? child : rawText(child);
  return out;
}
