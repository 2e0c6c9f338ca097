import { describe, expect, it } from 'vitest';
import { readSourceBytes } from './read-source-bytes.js';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Harbour Gazette &amp; Friends</title>
  <link>https://harbour-gazette.example/</link>
  <item>
    <title>Ferry &amp; bus strike ends</title>
    <link>https://harbour-gazette.example/strike-ends</link>
    <guid isPermaLink="false">hg-2024-0311</guid>
    <pubDate>Mon, 11 Mar 2024 07:45:00 +0100</pubDate>
    <dc:creator>Mina Castell</dc:creator>
    <category>Transport</category>
    <description>Short teaser about the strike.</description>
    <content:encoded><![CDATA[<p>Ferry crews returned to work on Monday, the union said.</p><p>Buses follow on Tuesday.</p>]]></content:encoded>
  </item>
  <item>
    <title>Library reopens</title>
    <link>https://harbour-gazette.example/library</link>
    <pubDate>Tue, 12 Mar 2024 10:00:00 GMT</pubDate>
    <author>desk@harbour-gazette.example (Joel Ardent)</author>
    <description>&lt;p&gt;The library reopened after repairs, the council said.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Headline only</title>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Valley Courier</title>
  <entry>
    <title>Dam inspection finds cracks</title>
    <id>tag:valley-courier.example,2024:dam</id>
    <link rel="alternate" href="https://valley-courier.example/dam"/>
    <link rel="enclosure" href="https://valley-courier.example/dam.jpg"/>
    <published>2024-02-20T08:00:00-05:00</published>
    <updated>2024-02-21T09:00:00-05:00</updated>
    <author><name>Ada Ferro</name></author>
    <summary>Cracks were found.</summary>
    <content type="html">&lt;p&gt;Inspectors found cracks in the Eastmoor dam on Monday.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain text entry</title>
    <updated>2024-02-22T12:00:00Z</updated>
    <content type="text">First line &amp; more.

Second paragraph.</content>
  </entry>
  <entry>
    <title>XHTML entry</title>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Markup <b>kept</b>.</p></div></content>
  </entry>
</feed>`;

describe('RSS reader', () => {
  const read = readSourceBytes(bytes(RSS), 'feeds/gazette.rss');

  it('makes one html document per item, in order, preferring content:encoded (CDATA)', () => {
    expect(read.documents.map((d) => d.locator)).toEqual(['feeds/gazette.rss#item=1', 'feeds/gazette.rss#item=2']);
    const first = read.documents[0]!;
    expect(first).toMatchObject({ format: 'feed', kind: 'html', encoding: 'utf-8 (xml)' });
    expect(first.body).toContain('<article>\n<p>Ferry crews returned to work on Monday, the union said.</p>');
    expect(first.body).toContain('<title>Ferry &amp; bus strike ends</title>');
    expect(first.body).not.toContain('Short teaser');
  });

  it('fills hints from the item and the channel', () => {
    expect(read.documents[0]?.hints).toEqual({
      id: 'hg-2024-0311',
      url: 'https://harbour-gazette.example/strike-ends',
      title: 'Ferry & bus strike ends',
      published: '2024-03-11T07:45:00+01:00',
      authors: ['Mina Castell'],
      outlet: 'Harbour Gazette & Friends',
      extra: { categories: ['Transport'], summary: 'Short teaser about the strike.' },
    });
    expect(read.documents[1]?.hints).toMatchObject({ published: '2024-03-12T10:00:00Z', authors: ['Joel Ardent'] });
  });

  it('decodes entity-escaped description HTML', () => {
    expect(read.documents[1]?.body).toContain('<p>The library reopened after repairs, the council said.</p>');
  });

  it('reports an item without any body', () => {
    expect(read.failures).toEqual([expect.objectContaining({ code: 'RECORD_INVALID', locator: 'feeds/gazette.rss#item=3' })]);
  });
});

describe('Atom reader', () => {
  const read = readSourceBytes(bytes(ATOM), 'feeds/courier.xml');

  it('reads entries with content, alternate links, published date and author names', () => {
    expect(read.failures).toEqual([]);
    const dam = read.documents[0]!;
    expect(dam.hints).toMatchObject({
      id: 'tag:valley-courier.example,2024:dam',
      url: 'https://valley-courier.example/dam',
      published: '2024-02-20T08:00:00-05:00',
      authors: ['Ada Ferro'],
      outlet: 'Valley Courier',
      extra: { summary: 'Cracks were found.' },
    });
    expect(dam.body).toContain('<p>Inspectors found cracks in the Eastmoor dam on Monday.</p>');
  });

  it('turns text content into escaped paragraphs and keeps xhtml markup', () => {
    expect(read.documents[1]?.body).toContain('<p>First line &amp; more.</p>\n<p>Second paragraph.</p>');
    expect(read.documents[1]?.hints.published).toBe('2024-02-22T12:00:00Z');
    expect(read.documents[2]?.body).toContain('<p>Markup <b>kept</b>.</p>');
  });
});

describe('feed sniffing and errors', () => {
  it('reads an RSS 1.0 (RDF) feed', () => {
    const rdf = '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
      + '<channel><title>Eastmoor Post</title></channel><item><title>Vote</title><link>https://eastmoor.example/vote</link>'
      + '<description>The vote passed.</description></item></rdf:RDF>';
    const read = readSourceBytes(bytes(rdf), 'rdf.xml');
    expect(read.documents).toHaveLength(1);
    expect(read.documents[0]?.hints).toMatchObject({ title: 'Vote', outlet: 'Eastmoor Post', url: 'https://eastmoor.example/vote' });
  });

  it('reports a .rss file without a feed root as FEED_MALFORMED', () => {
    const read = readSourceBytes(bytes('<?xml version="1.0"?><catalogue/>'), 'odd.rss');
    expect(read.failures.map((f) => f.code)).toEqual(['FEED_MALFORMED']);
  });

  it('reports other XML as UNSUPPORTED_FORMAT', () => {
    expect(readSourceBytes(bytes('<?xml version="1.0"?><catalogue/>'), 'odd.xml').failures.map((f) => f.code)).toEqual(['UNSUPPORTED_FORMAT']);
  });
});
