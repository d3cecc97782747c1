import { describe, expect, it } from 'vitest';
import { canonicalFromHtml, canonicalizeUrl, isTrackingParam, siteOf } from '../src/index.ts';

describe('canonicalizeUrl', () => {
  it('lower-cases scheme and host, drops default port and fragment', () => {
    expect(canonicalizeUrl('HTTP://Bao.Example.VN:80/Kinh-Te/Bai.html#binh-luan')).toBe(
      'http://bao.example.vn/Kinh-Te/Bai.html',
    );
    expect(canonicalizeUrl('https://bao.example.vn:443/a')).toBe('https://bao.example.vn/a');
    expect(canonicalizeUrl('https://bao.example.vn:8443/a')).toBe('https://bao.example.vn:8443/a');
  });

  it('resolves relative URLs against a base', () => {
    expect(canonicalizeUrl('../xa-hoi/tin.html?id=7', 'https://bao.example.vn/kinh-te/trang.html')).toBe(
      'https://bao.example.vn/xa-hoi/tin.html?id=7',
    );
  });

  it('strips tracking parameters, sorts the rest and keeps their encoding', () => {
    expect(
      canonicalizeUrl(
        'https://bao.example.vn/tin?utm_source=rss&page=2&fbclid=AbC&q=c%C3%A1+bi%E1%BB%83n&gclid=1&zarsrc=30&id=5',
      ),
    ).toBe('https://bao.example.vn/tin?id=5&page=2&q=c%C3%A1+bi%E1%BB%83n');
  });

  it('keeps repeated parameters in their order', () => {
    expect(canonicalizeUrl('https://x.vn/?b=2&a=1&b=1')).toBe('https://x.vn/?a=1&b=2&b=1');
  });

  it('removes a trailing or emptied query', () => {
    expect(canonicalizeUrl('https://x.vn/bai?')).toBe('https://x.vn/bai');
    expect(canonicalizeUrl('https://x.vn/bai?utm_medium=feed&utm_campaign=a')).toBe('https://x.vn/bai');
    expect(canonicalizeUrl('https://x.vn/bai?&&')).toBe('https://x.vn/bai');
  });

  it('drops ref only when it is not an identifier', () => {
    expect(isTrackingParam('ref', 'twitter')).toBe(true);
    expect(isTrackingParam('ref', '1234')).toBe(false);
    expect(isTrackingParam('UTM_Source', 'x')).toBe(true);
    expect(isTrackingParam('id', 'x')).toBe(false);
  });

  it('is idempotent', () => {
    const once = canonicalizeUrl('HTTPS://X.vn/a/../b?z=1&utm_term=t&a=%20#f');
    expect(canonicalizeUrl(once)).toBe(once);
  });

  it('throws on what is not a URL', () => {
    expect(() => canonicalizeUrl('not a url')).toThrow(TypeError);
  });
});

describe('canonicalFromHtml', () => {
  const page = 'https://www.bao.example.vn/kinh-te/bai-viet-101.html?utm_source=rss';

  it('reads rel=canonical, resolves and canonicalises it', () => {
    const html = '<head><link rel="canonical" href="/kinh-te/bai-viet-101.html?utm_medium=x"></head>';
    expect(canonicalFromHtml(html, page)).toBe('https://www.bao.example.vn/kinh-te/bai-viet-101.html');
  });

  it('falls back to og:url and accepts another host of the same site', () => {
    const html = '<meta property="og:url" content="https://m.bao.example.vn/kinh-te/bai-viet-101.html">';
    expect(canonicalFromHtml(html, page)).toBe('https://m.bao.example.vn/kinh-te/bai-viet-101.html');
  });

  it('refuses another site, the home page and non-http schemes', () => {
    expect(canonicalFromHtml('<link rel="canonical" href="https://other.example.com/a">', page)).toBeNull();
    expect(canonicalFromHtml('<link rel="canonical" href="https://www.bao.example.vn/">', page)).toBeNull();
    expect(canonicalFromHtml('<link rel="canonical" href="javascript:void(0)">', page)).toBeNull();
    expect(canonicalFromHtml('<p>no canonical</p>', page)).toBeNull();
  });

  it('approximates registrable domains', () => {
    expect(siteOf('m.baoquangtri.vn')).toBe('baoquangtri.vn');
    expect(siteOf('news.quangtri.gov.vn')).toBe('quangtri.gov.vn');
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
  });
});
