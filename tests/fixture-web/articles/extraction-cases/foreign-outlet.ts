// A foreign English-language outlet covering the province: a consent banner from a consent
// platform, the byline above the body, a "Read more" line and a newsletter box inside the body, a
// pull quote, a captioned photo, an author bio and related links after it.
import { esc } from '../../format.ts';
import { type ExtractionCase, READ_AT } from './case.ts';
import { WIND_AND_PORT as story } from './stories.ts';

const URL = 'https://www.mekongobserver.example.com/business/2025/08/12/quang-tri-wind-port';
const IMAGE = 'https://img.mekongobserver.example.com/2025/08/quang-tri-turbines.jpg';
const BANNER =
  'We and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic. You can accept all cookies or manage your preferences at any time.';
const NEWSLETTER = 'Get our weekly Mekong briefing in your inbox every Monday morning, free of charge.';
const BIO =
  'Jane Morrow is the Observer’s correspondent in Hanoi and covers energy and infrastructure across the region.';
const PULL_QUOTE = 'The shortest road from central Laos to a Vietnamese port';

export function foreignOutletCase(): ExtractionCase {
  const [p1, p2, p3, p4, p5] = story.paragraphs.map(esc);
  const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${esc(story.title)} | The Mekong Observer</title>
<meta property="og:title" content="${esc(story.title)} | The Mekong Observer">
<meta property="og:site_name" content="The Mekong Observer">
<meta property="og:image" content="${IMAGE}">
<meta property="article:published_time" content="2025-08-12T03:00:00Z">
<meta property="article:modified_time" content="2025-08-13T09:30:00Z">
<link rel="canonical" href="${URL}?utm_source=homepage">
</head>
<body>
<div id="onetrust-banner-sdk" class="otFlat"><p>${esc(BANNER)}</p><button>Accept all</button><button>Manage preferences</button></div>
<header class="masthead"><a href="/">The Mekong Observer</a><nav><a href="/business">Business</a> <a href="/politics">Politics</a></nav></header>
<main>
<article class="story">
  <h1 class="story-headline">${esc(story.title)}</h1>
  <p class="story-standfirst">${esc(story.lead)}</p>
  <div class="story-meta">By <a rel="author" href="/authors/jane-morrow">${esc(story.author)}</a> · <time datetime="2025-08-12T03:00:00Z">12 August 2025</time></div>
  <div class="story-body">
    <p>${p1}</p>
    <figure><img src="${IMAGE}" alt="Wind turbines"><figcaption>${esc(story.caption)}</figcaption></figure>
    <p>${p2}</p>
    <p><strong>Read more:</strong> <a href="/business/laos-rail">${esc(story.related[0]!)}</a></p>
    <p>${p3}</p>
    <aside class="pullquote"><blockquote>${esc(PULL_QUOTE)}</blockquote></aside>
    <div class="newsletter-signup"><p>${esc(NEWSLETTER)}</p><form><input type="email" placeholder="Email"><button>Sign up</button></form></div>
    <p>${p4}</p>
    <p>${p5}</p>
  </div>
  <div class="author-bio"><p>${esc(BIO)}</p></div>
  <ul class="story-topics">${story.tags.map((t) => `<li><a href="/topics/${t.toLowerCase()}">${esc(t)}</a></li>`).join('')}</ul>
</article>
<section class="related-coverage"><h2>Related coverage</h2><ul>${story.related.map((t, i) => `<li><a href="/r/${i}">${esc(t)}</a></li>`).join('')}</ul></section>
</main>
<footer><p>The Mekong Observer is a fictional publication made up for software tests.</p></footer>
</body>
</html>`;
  return {
    name: 'foreign-outlet',
    description:
      'consent-platform banner, standfirst, byline above, "Read more", newsletter box and pull quote in the body, author bio after',
    url: URL,
    html,
    now: READ_AT,
    expected: {
      title: story.title,
      byline: story.author,
      publishedAt: '2025-08-12T03:00:00.000Z',
      updatedAt: '2025-08-13T09:30:00.000Z',
      language: 'en',
      image: IMAGE,
      canonicalUrl: URL,
      text: [story.lead, ...story.paragraphs].join('\n\n'),
    },
    excluded: [
      BANNER,
      NEWSLETTER,
      BIO,
      PULL_QUOTE,
      story.caption,
      'Read more',
      ...story.related,
      'Related coverage',
    ],
  };
}
