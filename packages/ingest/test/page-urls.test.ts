import { describe, expect, it } from 'vitest';
import {
  claimableUrl,
  type DeclaredPageUrls,
  declaredPageUrls,
  declaredPageUrlsOfParsed,
  ownerOf,
  parseHtml,
} from '../src/index.ts';

const page = 'https://m.bao.example.vn/xa-hoi/bai-viet-7.html?utm_source=zalo';
const head = (links: string) => `<!doctype html><html><head>${links}</head><body><p>x</p></body></html>`;

describe('ownerOf', () => {
  it('is the registrable domain for ordinary hosts and the tenant on shared hosting', () => {
    expect(ownerOf('m.bao.example.vn')).toBe('example.vn');
    expect(ownerOf('news.quangtri.gov.vn')).toBe('quangtri.gov.vn');
    expect(ownerOf('www.alice.blogspot.com')).toBe('alice.blogspot.com');
    expect(ownerOf('bob.github.io')).toBe('bob.github.io');
    expect(ownerOf('127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('claimableUrl', () => {
  it('accepts URLs of the page’s own site, canonicalised', () => {
    expect(claimableUrl('https://www.bao.example.vn/xa-hoi/bai-viet-7.html?fbclid=1#top', page)).toBe(
      'https://www.bao.example.vn/xa-hoi/bai-viet-7.html',
    );
    expect(claimableUrl('/amp/xa-hoi/bai-viet-7.html', page)).toBe(
      'https://m.bao.example.vn/amp/xa-hoi/bai-viet-7.html',
    );
  });

  it('refuses another site, another tenant of a shared host, the home page and non-http schemes', () => {
    expect(claimableUrl('https://other.example.com/xa-hoi/bai-viet-7.html', page)).toBeNull();
    expect(
      claimableUrl('https://bob.blogspot.com/p/1.html', 'https://alice.blogspot.com/p/1.html'),
    ).toBeNull();
    expect(claimableUrl('https://www.bao.example.vn/', page)).toBeNull();
    expect(claimableUrl('ftp://www.bao.example.vn/a', page)).toBeNull();
    expect(claimableUrl('   ', page)).toBeNull();
  });

  it('accepts a cross-site URL only when the policy trusts its owner', () => {
    const cdnPage = 'https://cdn.baocdn.net/a/bai-viet-7.html';
    const main = 'https://www.bao.example.vn/xa-hoi/bai-viet-7.html';
    expect(claimableUrl(main, cdnPage)).toBeNull();
    expect(claimableUrl(main, cdnPage, { trustedOwners: ['example.vn'] })).toBe(main);
  });
});

/** The page's head read from the string, and from the page parsed once for extraction. */
const readers: { name: string; read: (html: string, url: string) => DeclaredPageUrls }[] = [
  { name: 'declaredPageUrls', read: declaredPageUrls },
  {
    name: 'declaredPageUrlsOfParsed',
    read: (html, url) => {
      const declared = declaredPageUrlsOfParsed(parseHtml(html), url);
      if (!declared) throw new Error('no <head> element found');
      return declared;
    },
  },
];

describe('declaredPageUrlsOfParsed', () => {
  it('gives null for a page without a <head> element (the caller reads the string instead)', () => {
    const html = '<link rel="canonical" href="/xa-hoi/bai-viet-7.html"><p>x</p>';
    expect(declaredPageUrlsOfParsed(parseHtml(html), page)).toBeNull();
    expect(declaredPageUrls(html, page).canonical).toBe('https://m.bao.example.vn/xa-hoi/bai-viet-7.html');
  });
});

describe.each(readers)('$name', ({ read: declaredPageUrls }) => {
  it('skips what the head holds as text (<noscript>)', () => {
    const html = head(`<noscript><link rel="canonical" href="/khac.html"></noscript>
      <link rel="canonical" href="/xa-hoi/bai-viet-7.html">`);
    expect(declaredPageUrls(html, page)).toEqual({
      canonical: 'https://m.bao.example.vn/xa-hoi/bai-viet-7.html',
      alternates: [],
    });
  });

  it('reads the canonical and the AMP and mobile alternates, not translations or feeds', () => {
    const html = head(`
      <link rel="canonical" href="https://www.bao.example.vn/xa-hoi/bai-viet-7.html">
      <link rel="amphtml" href="https://www.bao.example.vn/amp/xa-hoi/bai-viet-7.html">
      <link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.bao.example.vn/xa-hoi/bai-viet-7.html">
      <link rel="alternate" hreflang="en" media="all" href="https://www.bao.example.vn/en/article-7.html">
      <link rel="alternate" type="application/rss+xml" media="all" href="https://www.bao.example.vn/rss.xml">
      <link rel="amphtml" href="https://evil.example.com/amp/bai-viet-7.html">`);
    expect(declaredPageUrls(html, page)).toEqual({
      canonical: 'https://www.bao.example.vn/xa-hoi/bai-viet-7.html',
      alternates: [
        'https://www.bao.example.vn/amp/xa-hoi/bai-viet-7.html',
        'https://m.bao.example.vn/xa-hoi/bai-viet-7.html',
      ],
    });
  });

  it('falls back to og:url, and ignores declarations after the head', () => {
    const html = `<html><head><meta property="og:url" content="/xa-hoi/bai-viet-7.html"></head>
      <body><link rel="canonical" href="https://www.bao.example.vn/khac.html"></body></html>`;
    expect(declaredPageUrls(html, page).canonical).toBe('https://m.bao.example.vn/xa-hoi/bai-viet-7.html');
  });

  it('gives nothing for a page declaring another site as its canonical', () => {
    const html = head('<link rel="canonical" href="https://victim.example.org/tin/1.html">');
    expect(declaredPageUrls(html, page)).toEqual({ canonical: null, alternates: [] });
  });
});
