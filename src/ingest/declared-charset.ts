/**
 * Finds the charset a document declares about itself within its first 4 KB, the way the
 * HTML prescan does: `<meta charset>`, `<meta http-equiv="content-type" content="…charset=…">`,
 * or an XML declaration's `encoding="…"`.
 */

/** The HTML standard prescans 1024 bytes; 4 KB also catches pages with long `<head>` comments. */
const PRESCAN_BYTES = 4096;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;

export interface DeclaredCharset {
  readonly label: string;
  readonly source: 'meta' | 'xml';
}

export function findDeclaredCharset(bytes: Uint8Array): DeclaredCharset | null {
  // Latin-1 maps each byte to one character, so ASCII markup is readable whatever the charset.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const xml = XML_ENCODING.exec(head);
  if (xml?.[1]) return { label: xml[1], source: 'xml' };
  const meta = META_CHARSET.exec(head);
  if (meta?.[1]) return { label: meta[1], source: 'meta' };
  return null;
}

/** The charset parameter of a Content-Type value (`text/html; charset=ISO-8859-1`). */
export function charsetOfContentType(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1];
}
