// Article pages shaped like real Vietnamese (and one foreign) news sites: every field, the exact
// text, and none of the furniture (captions, related news, tags, comments, banners) in it.
import { describe, expect, it } from 'vitest';
import { extractionCases } from '../../../tests/fixture-web/articles/extraction-cases/index.ts';
import { extractArticle } from '../src/index.ts';

const cases = extractionCases();

describe('extractArticle on news-site shaped pages', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: reads every field and the exact text', (_, page) => {
    const article = extractArticle(page.html, page.url, {
      now: page.now,
      feedPublishedAt: page.feedPublishedAt,
    });
    expect(article).toEqual(page.expected);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: keeps the furniture out of the text', (_, page) => {
    const { text } = extractArticle(page.html, page.url, {
      now: page.now,
      feedPublishedAt: page.feedPublishedAt,
    });
    expect(page.excluded.length).toBeGreaterThan(0);
    for (const furniture of page.excluded) expect(text).not.toContain(furniture);
  });

  it('reads a page stored in decomposed Unicode (legacy CMS) the same way', () => {
    for (const page of cases.filter((c) => c.expected.language === 'vi')) {
      const article = extractArticle(page.html.normalize('NFD'), page.url, {
        now: page.now,
        feedPublishedAt: page.feedPublishedAt,
      });
      expect(article.text.normalize('NFC')).toBe(page.expected.text);
      expect(article.title?.normalize('NFC')).toBe(page.expected.title);
      expect(article.byline?.normalize('NFC') ?? null).toBe(page.expected.byline);
    }
  });

  it('falls back to nothing rather than to the consent wall when the page holds no article', () => {
    const wall = cases.find((c) => c.name === 'consent-wall')!;
    const article = extractArticle(wall.html, wall.url, { now: wall.now });
    expect(article.text).toBe('');
    expect(article.title).toBe(wall.expected.title);
  });
});
