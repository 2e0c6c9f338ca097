/**
 * Splits a byline into names: "By Ana Ruiz and Tom Okafor", "Ana Ruiz, Tom Okafor & Lee Wu",
 * RSS's "desk@example.org (Ana Ruiz)".
 */
export function splitAuthors(byline: string): string[] {
  const cleaned = byline
    .replace(/^\s*by\s+/i, '')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+\s*\(([^)]+)\)/g, '$2') // "mail (Name)" → Name
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ''); // a bare address names nobody
  return cleaned
    .split(/\s*(?:,|;|\band\b|&|\|)\s*/i)
    .map((name) => name.replace(/\s+/g, ' ').replace(/[.,;:]+$/, '').trim())
    .filter((name) => name.length > 0);
}

/** Authors from a JSON value: a byline string, an array of strings, or objects with `name`. */
export function authorsFromValue(value: unknown): string[] | null {
  if (typeof value === 'string') return splitAuthors(value);
  if (!Array.isArray(value)) return null;
  const names: string[] = [];
  for (const item of value) {
    if (typeof item === 'string') names.push(...splitAuthors(item));
    else if (isRecord(item) && typeof item['name'] === 'string') names.push(item['name'].trim());
    else return null;
  }
  return names.filter((n) => n.length > 0);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
