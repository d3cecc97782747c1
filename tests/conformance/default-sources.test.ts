// config/sources.yaml, the default source list (issue 3, item 8), as the runtime reads it: every
// entry valid, ids unique, and the list covering what the press office watches.
import { join } from 'node:path';
import { readSourcesFile } from '@presswatch/platform';
import { describe, expect, it } from 'vitest';

const FILE = join(import.meta.dirname, '../../config/sources.yaml');

describe('config/sources.yaml', () => {
  const sources = readSourcesFile(FILE);
  const byId = new Map(sources.map((s) => [s.id, s]));
  // News searches for the province's names (site: searches stand in for one outlet's feed).
  const searches = sources.filter(
    (s) =>
      /news\.google\.com\/rss\/search|bing\.com\/news\/search/.test(s.url) &&
      !new URL(s.url).searchParams.get('q')?.startsWith('site:'),
  );

  it('parses with readSourcesFile, with unique ids and URLs', () => {
    expect(sources.length).toBeGreaterThanOrEqual(40);
    expect(byId.size).toBe(sources.length);
    expect(new Set(sources.map((s) => s.url)).size).toBe(sources.length);
  });

  it('marks every source with kind, language, domestic or foreign and poll bounds; outlets with a country', () => {
    for (const source of sources) {
      expect(source.kind, source.id).toBe('feed');
      expect(source.language, source.id).toMatch(/^(vi|en|fr)$/);
      expect(source.minPollSeconds, source.id).toBeLessThan(source.maxPollSeconds);
      if (!searches.includes(source)) expect(source.country, source.id).toMatch(/^[a-z]{2}$/);
    }
  });

  it('covers the province, national outlets, foreign Vietnamese services and English outlets', () => {
    const hosts = (predicate: (s: (typeof sources)[number]) => boolean) =>
      sources.filter(predicate).map((s) => decodeURIComponent(new URL(s.url).href));
    const domesticVi = hosts((s) => s.domestic && s.language === 'vi').join(' ');
    for (const outlet of [
      'baoquangtri.vn',
      'quangtritv.vn',
      'baoquangbinh.vn',
      'quangbinhtv.vn',
      'vnexpress.net',
      'tuoitre.vn',
      'thanhnien.vn',
      'vietnamplus.vn',
      'nhandan.vn',
      'qdnd.vn',
      'bienphong.com.vn',
      'vov.vn',
      'vtv.vn',
    ]) {
      expect(domesticVi, outlet).toContain(outlet);
    }
    const foreignVi = hosts((s) => !s.domestic && s.language === 'vi').join(' ');
    for (const service of [
      'bbci.co.uk/vietnamese',
      'voatiengviet.com',
      'rfa.org/vietnamese',
      'rfi.fr/vi',
      'dw.com',
    ]) {
      expect(foreignVi, service).toContain(service);
    }
    const english = hosts((s) => s.language === 'en').join(' ');
    for (const outlet of [
      'e.vnexpress.net',
      'vietnamnews.vn',
      'tuoitrenews.vn',
      'thediplomat.com',
      'reuters.com',
      'apnews.com',
      'scmp.com',
      'rfa.org/english',
      'asia.nikkei.com',
    ]) {
      expect(english, outlet).toContain(outlet);
    }
  });

  it('searches the news for the province names in Vietnamese, English and French', () => {
    const queries = searches.map((s) => `${s.language} ${new URL(s.url).searchParams.get('q')}`);
    for (const wanted of [
      'vi "Quảng Trị"',
      'vi "Quảng Bình"',
      'en "Quang Tri"',
      'en "Quang Binh"',
      'fr "Quang Tri"',
    ]) {
      expect(queries, wanted).toContain(wanted);
    }
    for (const search of searches) expect(search.country, search.id).toBeNull();
    expect(
      searches.some(
        (s) => s.url.startsWith('https://www.bing.com/news/search?') && s.url.includes('format=rss'),
      ),
    ).toBe(true);
  });
});
