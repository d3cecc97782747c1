// The ScrapingHub benchmark's scorer, pinned by the figures published for its reference outputs,
// and extraction quality held above a floor on that benchmark and on the Vietnamese fundus page.
// The data is third parties' and lives in ../shared: without it these suites are skipped (and
// say so), except on CI, where they run and fail.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFundus, loadScrapinghub, loadScrapinghubReference } from '../src/extract/evaluation/datasets.ts';
import {
  matchShingles,
  precisionOf,
  recallOf,
  scoreBodies,
  tokenize,
} from '../src/extract/evaluation/shingle-score.ts';
import { extractArticle } from '../src/index.ts';

const SHARED = process.env['PRESSWATCH_SHARED_DIR'] ?? join(import.meta.dirname, '../../../../shared');
const scrapinghub = loadScrapinghub(SHARED);
const fundus = loadFundus(SHARED, ['vi']);
const skipData = (data: unknown) => !data && !process.env['CI'];

describe('shingle scorer', () => {
  it('tokenizes like Python re \\w: letters and digits of any script, marks split decomposed words', () => {
    expect(tokenize('Quảng Trị, 2025: biên_giới!')).toEqual(['Quảng', 'Trị', '2025', 'biên_giới']);
    expect(tokenize('Vie\u0302t Nam')).toEqual(['Vie', 't', 'Nam']);
    expect(tokenize('東京 新聞')).toEqual(['東京', '新聞']);
  });

  it('counts 4-token shingles as multisets and normalises each document', () => {
    const half = matchShingles('a b c d e', 'a b c d');
    expect(half).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
    expect([precisionOf(half), recallOf(half)]).toEqual([1, 0.5]);
    const repeated = matchShingles('a b c d a b c d', 'a b c d');
    expect(repeated.tp).toBeCloseTo(1 / 5);
    expect(matchShingles('x y', 'x y')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('macro-averages precision and recall and skips documents where both are empty', () => {
    const score = scoreBodies([
      { truth: 'a b c d e', prediction: 'a b c d' },
      { truth: 'p q r s', prediction: 'p q r s t u v w' },
      { truth: '', prediction: '' },
    ]);
    expect(score.precision).toBeCloseTo((1 + 1 / 5) / 2);
    expect(score.recall).toBeCloseTo((0.5 + 1) / 2);
    expect(score.f1).toBeCloseTo((2 * score.precision * score.recall) / (score.precision + score.recall));
    expect(score.accuracy).toBeCloseTo(1 / 3);
  });
});

describe.skipIf(skipData(scrapinghub))(
  'ScrapingHub benchmark (needs ../shared/extraction/scrapinghub)',
  () => {
    const pages = scrapinghub ?? [];

    it('is there', () => {
      expect(pages).toHaveLength(181);
    });

    it('reproduces the published figures of the reference outputs', () => {
      const published = {
        readability_js: [0.947, 0.914, 0.982, 0.166],
        trafilatura: [0.958, 0.938, 0.978, 0.293],
      };
      for (const [tool, figures] of Object.entries(published)) {
        const output = loadScrapinghubReference(SHARED, tool)!;
        const s = scoreBodies(pages.map((p) => ({ truth: p.body, prediction: output.get(p.id) ?? '' })));
        expect([s.f1, s.precision, s.recall, s.accuracy].map((x) => Number(x.toFixed(3)))).toEqual(figures);
      }
    });

    it('extracts article bodies above trafilatura, the best published open-source figure', () => {
      const s = scoreBodies(
        pages.map((p) => ({ truth: p.body, prediction: extractArticle(p.html, p.url).text })),
      );
      expect(s.f1).toBeGreaterThan(0.958);
    });
  },
);

describe.skipIf(skipData(fundus))('fundus Vietnamese page (needs ../shared/extraction/fundus)', () => {
  it('reads the VnExpress article: body, title, the byline signed at the end, the date', () => {
    const page = fundus?.[0];
    expect(page).toBeDefined();
    const article = extractArticle(page!.html, page!.url, { now: new Date('2030-01-01T00:00:00Z') });
    expect(article.title).toBe(page!.title);
    expect(article.byline).toBe('Lê Phương');
    expect(article.publishedAt).toBe(new Date(page!.publishingDate.replace(' ', 'T')).toISOString());
    expect(article.language).toBe('vi');
    // fundus counts the photo caption as body; captions are left out here on purpose.
    const caption = 'Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp';
    const paragraphs = page!.body.split('\n\n').filter((p) => p !== caption);
    expect(article.text).toBe(paragraphs.join('\n\n'));
  });
});
