// An outlet's article page: head with og:title, rel=canonical and JSON-LD NewsArticle; site
// chrome; the article (two layouts, so extraction is tried on both); related box, tags, comments.
import { displayDate, esc, isoWithOffset } from './format.ts';
import type { Outlet } from './outlets.ts';
import { type LinkItem, renderFooter, renderHead, renderSidebar, renderSiteHeader } from './render-chrome.ts';
import type { ServedArticle } from './types.ts';

export interface ArticlePageInput {
  outlet: Outlet;
  page: ServedArticle;
  related: LinkItem[];
  homeUrl: string;
  feedUrl: string;
}

export function renderArticlePage(input: ArticlePageInput): string {
  const { outlet, page, homeUrl, feedUrl } = input;
  const { article } = page;
  const published = new Date(page.publishedAt);
  const body = outlet.layout === 'article' ? articleLayout(input, published) : plainLayout(input, published);
  const html = `<!DOCTYPE html>
<html lang="${esc(outlet.language)}">
${renderHead({ outlet, title: article.title, description: article.summary, url: page.url, feedUrl, extra: articleMeta(input, published) })}
<body>
${renderSiteHeader(outlet, homeUrl)}
<div class="breadcrumb"><a href="${esc(homeUrl)}">${esc(outlet.labels.home)}</a> › <a href="${esc(homeUrl)}#${esc(article.sectionSlug)}">${esc(article.section)}</a></div>
${body}
${renderSidebar(outlet, input.related.slice(0, 3))}
${renderFooter(outlet)}
</body>
</html>
`;
  // A legacy CMS that stores decomposed Unicode: every accented letter is base + combining marks.
  return article.form === 'nfd' ? html.normalize('NFD') : html;
}

function articleMeta({ outlet, page }: ArticlePageInput, published: Date): string {
  const { article } = page;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: isoWithOffset(published, outlet.utcOffsetHours),
    dateModified: isoWithOffset(published, outlet.utcOffsetHours),
    inLanguage: outlet.language,
    mainEntityOfPage: page.url,
    author: { '@type': 'Person', name: article.byline },
    publisher: { '@type': 'Organization', name: outlet.name },
    keywords: article.tags.join(', '),
  };
  return `  <meta property="og:type" content="article">
  <meta property="article:published_time" content="${isoWithOffset(published, outlet.utcOffsetHours)}">
  <meta property="article:section" content="${esc(article.section)}">
  <meta name="author" content="${esc(article.byline)}">
  <script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>`;
}

function paragraphsWithFigure({ outlet, page }: ArticlePageInput): string {
  const [first, ...rest] = page.article.paragraphs.map((p) => `<p>${esc(p)}</p>`);
  const figure = `<figure class="image"><img src="/static/photo-${esc(page.article.slug)}.jpg" alt="${esc(page.article.title)}">
      <figcaption>${esc(outlet.labels.caption)}: ${esc(page.article.tags[0] ?? '')}</figcaption></figure>`;
  return [first, figure, ...rest].join('\n      ');
}

// <article> with the body in itemprop=articleBody; related box, tags and comments as siblings.
function articleLayout(input: ArticlePageInput, published: Date): string {
  const { outlet, page } = input;
  const { article } = page;
  return `<main class="container">
  <article class="detail post tag-${esc(article.sectionSlug)}">
    <header class="detail-header">
      <h1 class="detail-title">${esc(article.title)}</h1>
      <div class="detail-meta"><span class="author">${esc(article.byline)}</span> · <time datetime="${isoWithOffset(published, outlet.utcOffsetHours)}">${esc(displayDate(published, outlet.utcOffsetHours, outlet.language))}</time></div>
    </header>
    <p class="detail-sapo"><strong>${esc(article.summary)}</strong></p>
    <div class="detail-content" itemprop="articleBody">
      ${paragraphsWithFigure(input)}
    </div>
    ${relatedBox(input)}
    ${tagList(input)}
    <div class="share-tools"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">X</a></div>
  </article>
  ${comments(input)}
</main>`;
}

// Nested divs only: the extractor has to find the text block itself. The related links sit
// inside the body, introduced by a bold "Tin liên quan:" line, as many small CMSs do it.
function plainLayout(input: ArticlePageInput, published: Date): string {
  const { outlet, page } = input;
  const { article } = page;
  const related = input.related.map((a) => `<li><a href="${esc(a.url)}">${esc(a.title)}</a></li>`).join('');
  return `<div id="wrapper"><div class="content-wrap">
  <div class="post-single">
    <h1 class="post-title">${esc(article.title)}</h1>
    <div class="post-info">Đăng bởi <a rel="author" href="#">${esc(article.byline)}</a> lúc <time datetime="${isoWithOffset(published, outlet.utcOffsetHours)}">${esc(displayDate(published, outlet.utcOffsetHours, outlet.language))}</time></div>
    <div class="post-body">
      <p class="sapo"><b>${esc(article.summary)}</b></p>
      ${paragraphsWithFigure(input)}
      <p><strong>${esc(outlet.labels.related)}:</strong></p>
      <ul>${related}</ul>
    </div>
    ${tagList(input)}
  </div>
  ${comments(input)}
</div></div>`;
}

function relatedBox({ outlet, related }: ArticlePageInput): string {
  const items = related.map((a) => `<li><a href="${esc(a.url)}">${esc(a.title)}</a></li>`).join('');
  return `<div class="box-tin-lien-quan related-news"><h3 class="box-title">${esc(outlet.labels.related)}</h3><ul>${items}</ul></div>`;
}

function tagList({ outlet, page }: ArticlePageInput): string {
  const tags = page.article.tags.map((t) => `<a href="#" rel="tag">${esc(t)}</a>`).join(' ');
  return `<div class="article-tags"><span>${esc(outlet.labels.tags)}:</span> ${tags}</div>`;
}

function comments({ outlet, page }: ArticlePageInput): string {
  const list = page.article.comments ?? [];
  const items = list
    .map(
      (c) =>
        `<div class="comment-item"><strong class="comment-author">${esc(c.author)}</strong><p>${esc(c.text)}</p></div>`,
    )
    .join('\n    ');
  return `<section id="comments" class="comments">
    <h3>${esc(outlet.labels.comments)} (${list.length})</h3>
    ${items}
    <form class="comment-form"><textarea name="body"></textarea><button type="submit">Gửi / Send</button></form>
  </section>`;
}
