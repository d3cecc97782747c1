// The outlets' feeds: RSS 2.0 (with dc:creator or an e-mail <author>) and Atom 1.0. Article
// links carry the outlet's utm_* parameters, as real feeds do.
import { esc, isoWithOffset, rfc822 } from './format.ts';
import type { Outlet } from './outlets.ts';
import type { ServedArticle } from './types.ts';

export interface FeedInput {
  outlet: Outlet;
  feedUrl: string;
  homeUrl: string;
  /** Newest first. */
  items: ServedArticle[];
  updated: Date;
}

export function renderFeed(input: FeedInput): string {
  return input.outlet.format === 'atom' ? renderAtom(input) : renderRss(input);
}

function renderRss({ outlet, feedUrl, homeUrl, items, updated }: FeedInput): string {
  const entries = items.map((item) => {
    const { article } = item;
    const published = new Date(item.publishedAt);
    // The Vietnamese outlet names the author with dc:creator, the English one with an e-mail <author>.
    const author =
      outlet.language === 'vi'
        ? `<dc:creator>${esc(article.byline)}</dc:creator>`
        : `<author>desk@${outlet.key}.example (${esc(article.byline)})</author>`;
    const description = `<a href="${esc(item.feedLink)}"><img src="/static/thumb-${article.slug}.jpg" width="180"></a>${esc(article.summary)}`;
    return `    <item>
      <title>${esc(article.title)}</title>
      <link>${esc(item.feedLink)}</link>
      <guid isPermaLink="false">${esc(`${outlet.key}-${article.slug}`)}</guid>
      <pubDate>${rfc822(published, outlet.utcOffsetHours)}</pubDate>
      ${author}
      <category>${esc(article.section)}</category>
      <description><![CDATA[${description}]]></description>
    </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${esc(outlet.feedTitle)}</title>
    <link>${esc(homeUrl)}</link>
    <description>${esc(outlet.tagline)}</description>
    <language>${esc(outlet.language)}</language>
    <lastBuildDate>${rfc822(updated, outlet.utcOffsetHours)}</lastBuildDate>
    <atom:link href="${esc(feedUrl)}" rel="self" type="application/rss+xml"/>
${entries.join('\n')}
  </channel>
</rss>
`;
}

// Tag URIs from the outlet, not the host: entry ids stay the same whatever port the web runs on.
function renderAtom({ outlet, feedUrl, homeUrl, items, updated }: FeedInput): string {
  const authority = `${outlet.key}.example`;
  const entries = items.map((item) => {
    const { article } = item;
    const published = isoWithOffset(new Date(item.publishedAt), outlet.utcOffsetHours);
    return `  <entry>
    <title type="text">${esc(article.title)}</title>
    <link rel="alternate" type="text/html" href="${esc(item.feedLink)}"/>
    <id>tag:${authority},2025:${esc(article.slug)}</id>
    <published>${published}</published>
    <updated>${published}</updated>
    <author><name>${esc(article.byline)}</name></author>
    <category term="${esc(article.section)}"/>
    <summary type="html">${esc(`<p>${esc(article.summary)}</p>`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${esc(outlet.language)}">
  <title>${esc(outlet.feedTitle)}</title>
  <subtitle>${esc(outlet.tagline)}</subtitle>
  <link rel="alternate" type="text/html" href="${esc(homeUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${esc(feedUrl)}"/>
  <id>tag:${authority},2025:feed</id>
  <updated>${isoWithOffset(updated, outlet.utcOffsetHours)}</updated>
${entries.join('\n')}
</feed>
`;
}
