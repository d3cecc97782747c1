// Home pages: the fixture web's index (outlets and their feeds, for people running the demo) and
// each outlet's front page listing its articles.
import { esc } from './format.ts';
import type { Outlet } from './outlets.ts';
import { renderFooter, renderHead, renderSiteHeader } from './render-chrome.ts';
import type { FixtureFeed, ServedArticle } from './types.ts';

export function renderIndex(feeds: FixtureFeed[]): string {
  const rows = feeds
    .map(
      (f) =>
        `<li><a href="${esc(f.homeUrl)}">${esc(f.title)}</a> (${esc(f.language)}, ${esc(f.country)}, ${f.domestic ? 'domestic' : 'foreign'}) — <a href="${esc(f.url)}">${f.format} feed</a></li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>PressWatch fixture web</title></head>
<body><h1>PressWatch fixture web</h1>
<p>Fictional outlets served locally for tests and the demo. All text is made up.</p>
<ul>
${rows}
</ul></body></html>
`;
}

export function renderOutletHome(outlet: Outlet, feed: FixtureFeed, items: ServedArticle[]): string {
  const list = items
    .map(
      (a) => `    <article class="story-card">
      <h2 class="story-title"><a href="${esc(a.url)}">${esc(a.title)}</a></h2>
      <p class="story-summary">${esc(a.article.summary)}</p>
    </article>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${esc(outlet.language)}">
${renderHead({ outlet, title: outlet.tagline, description: outlet.tagline, url: feed.homeUrl, feedUrl: feed.url })}
<body>
${renderSiteHeader(outlet, feed.homeUrl)}
<main class="story-list">
${list}
</main>
${renderFooter(outlet)}
</body>
</html>
`;
}
