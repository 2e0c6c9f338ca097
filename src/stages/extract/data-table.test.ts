import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';

const para = (topic: string): string =>
  `<p>The ${topic} of the fictional Brackton Rovers was announced before the match on Tuesday, the club said, and fans were pleased.</p>`;
const player = (n: number, name: string, pos: string): string => `<td>${n}. <a href="/players/${n}">${name}</a> ${pos}</td>`;

describe('tables inside the article', () => {
  it('keeps a data table of linked names with their own words around them', () => {
    const rows = [['Anastasia Ruiz-Delgado', 'Tomas Berg-Lindqvist'], ['Magdalena Holm-Anders', 'Pieter van der Vos'], ['Mirabel Sandoval-Cruz', 'Jonathan Alderidge']]
      .map(([a, b], i) => `<tr>${player(i + 1, a ?? '', 'LF')}${player(i + 1, b ?? '', 'CF')}</tr>`).join('');
    const html = `<body><article>${para('line-up')}<table><tr><th>Rovers</th><th>Harriers</th></tr>${rows}</table>${para('weather')}</article></body>`;
    const { text } = extractHtml(html);
    expect(text).toContain('1. Anastasia Ruiz-Delgado LF');
    expect(text).toContain('3. Jonathan Alderidge CF');
  });

  it('still drops a navigation table of bare links', () => {
    const nav = ['Home', 'News', 'Sport', 'Weather', 'Contact', 'Archive'].map((w) => `<td><a href="/${w}">${w} section</a></td>`).join('');
    const html = `<body><article>${para('line-up')}<table><tr>${nav}</tr></table>${para('weather')}</article></body>`;
    const { text } = extractHtml(html);
    expect(text).toContain('weather');
    expect(text).not.toContain('Archive section');
  });
});
