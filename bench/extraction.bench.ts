// Article extraction: quality on the ScrapingHub benchmark (its own 4-token shingle scoring) and
// on the fundus pages per language, and speed against Readability.js on linkedom in the same run.
//
//   node --import tsx bench/extraction.bench.ts      (BENCH_PASSES: timed passes, default 3)
import { Readability } from '@mozilla/readability';
import { parseDocument } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import {
  type FundusPage,
  loadFundus,
  loadScrapinghub,
  loadScrapinghubReference,
  type ScrapinghubPage,
} from '../packages/ingest/src/extract/evaluation/datasets.ts';
import {
  type ScoreWithSpread,
  scoreBodies,
  scoreBodiesWithSpread,
} from '../packages/ingest/src/extract/evaluation/shingle-score.ts';
import { extractArticle } from '../packages/ingest/src/index.ts';
import { printTable, SHARED, writeResult } from './support.ts';

type Extractor = (html: string, url: string) => string;

const ours: Extractor = (html, url) => extractArticle(html, url).text;

let readabilityFailures = 0;

const readabilityOnLinkedom: Extractor = (html) => {
  const { document } = parseHTML(html);
  try {
    // linkedom's document is DOM-shaped enough for Readability, not typed as lib.dom's.
    const reader = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]);
    return reader.parse()?.textContent ?? '';
  } catch {
    // A few fundus pages crash Readability on linkedom (a null parent while climbing): scored as empty.
    readabilityFailures++;
    return '';
  }
};

const PASSES = Number(process.env['BENCH_PASSES'] ?? 3);
const round = (x: number, digits = 3) => Number(x.toFixed(digits));

function quality(pages: ScrapinghubPage[], extract: Extractor): ScoreWithSpread {
  return scoreBodiesWithSpread(pages.map((p) => ({ truth: p.body, prediction: extract(p.html, p.url) })));
}

/** Pages per second over PASSES passes after one warm-up pass; the extractors take turns. */
function speed(pages: ScrapinghubPage[], extractors: Record<string, Extractor>): Record<string, number> {
  const elapsed: Record<string, number> = {};
  for (const [name, extract] of Object.entries(extractors)) {
    for (const p of pages) extract(p.html, p.url);
    elapsed[name] = 0;
  }
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [name, extract] of Object.entries(extractors)) {
      const start = performance.now();
      for (const p of pages) extract(p.html, p.url);
      elapsed[name]! += performance.now() - start;
    }
  }
  return Object.fromEntries(
    Object.entries(elapsed).map(([name, ms]) => [name, round((pages.length * PASSES * 1000) / ms, 1)]),
  );
}

function scoreRow(name: string, s: ScoreWithSpread, pagesPerSecond?: number) {
  return {
    extractor: name,
    F1: `${s.f1.toFixed(3)} ± ${s.f1Std.toFixed(3)}`,
    precision: `${s.precision.toFixed(3)} ± ${s.precisionStd.toFixed(3)}`,
    recall: `${s.recall.toFixed(3)} ± ${s.recallStd.toFixed(3)}`,
    accuracy: s.accuracy.toFixed(3),
    'pages/s': pagesPerSecond ?? '',
  };
}

function perLanguage(pages: FundusPage[], extractors: Record<string, Extractor>) {
  const predictions = Object.fromEntries(
    Object.entries(extractors).map(([name, extract]) => [name, pages.map((p) => extract(p.html, p.url))]),
  );
  const languages = ['all', ...new Set(pages.map((p) => p.language))];
  return languages.map((language) => {
    const picked = pages
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => language === 'all' || p.language === language);
    const row: Record<string, string | number> = { language, pages: picked.length };
    for (const name of Object.keys(extractors)) {
      const s = scoreBodies(
        picked.map(({ p, i }) => ({ truth: p.body, prediction: predictions[name]![i]! })),
      );
      row[name] = round(s.f1);
    }
    return row;
  });
}

/** Title, date and author agreement with fundus's ground truth, the way README-data.md suggests. */
function metadataAgreement(pages: FundusPage[]) {
  let title = 0;
  let date = 0;
  let authors = 0;
  let withAuthors = 0;
  for (const page of pages) {
    const got = extractArticle(page.html, page.url, { now: new Date('2100-01-01T00:00:00Z') });
    if (got.title?.trim() === page.title.trim()) title++;
    if (sameDate(got.publishedAt, page.publishingDate)) date++;
    if (page.authors) {
      withAuthors++;
      const want = new Set(page.authors.map((a) => a.trim().toLowerCase()));
      const have = new Set(
        (got.byline ?? '')
          .split(/\s*(?:,|\band\b|&|\bund\b|\bvà\b)\s*/i)
          .map((a) => a.trim().toLowerCase())
          .filter(Boolean),
      );
      if (want.size === have.size && [...want].every((a) => have.has(a))) authors++;
    }
  }
  return {
    title: round(title / pages.length),
    publishedAt: round(date / pages.length),
    authors: round(authors / withAuthors),
  };
}

// A ground-truth date with an offset is an instant: it must match to the minute. The 18 naive ones
// are wall-clock values in an unknown zone: they count when our instant is within 14 hours.
function sameDate(got: string | null, want: string): boolean {
  if (!got) return false;
  const iso = want.replace(' ', 'T');
  const hasZone = /[+-]\d{2}:\d{2}$/.test(iso);
  const wantMs = Date.parse(hasZone ? iso : `${iso}Z`);
  const diff = Math.abs(Date.parse(got) - wantMs);
  return hasZone ? diff < 60_000 : diff <= 14 * 3_600_000;
}

function main(): void {
  const scrapinghub = loadScrapinghub(SHARED);
  const fundus = loadFundus(SHARED);
  if (!scrapinghub || !fundus) {
    console.log(`extraction: ${SHARED}/extraction is missing; nothing measured`);
    return;
  }
  const extractors = { presswatch: ours, 'readability.js+linkedom': readabilityOnLinkedom };
  const parseOnly: Extractor = (html) => (parseDocument(html) ? '' : '');
  const pagesPerSecond = speed(scrapinghub, { ...extractors, 'htmlparser2 parse only': parseOnly });
  const scores = {
    presswatch: quality(scrapinghub, ours),
    'readability.js+linkedom': quality(scrapinghub, readabilityOnLinkedom),
  };
  const reference = ['trafilatura', 'readability_js'].map((tool) => {
    const output = loadScrapinghubReference(SHARED, tool);
    const s = scoreBodiesWithSpread(
      scrapinghub.map((p) => ({ truth: p.body, prediction: output?.get(p.id) ?? '' })),
    );
    return [`${tool} (published output)`, s] as const;
  });
  console.log(`\nScrapingHub article-body benchmark: ${scrapinghub.length} pages, ${PASSES} timed passes`);
  printTable([
    ...Object.entries(scores).map(([name, s]) => scoreRow(name, s, pagesPerSecond[name])),
    ...reference.map(([name, s]) => scoreRow(name, s)),
    { extractor: 'htmlparser2 parse only', 'pages/s': pagesPerSecond['htmlparser2 parse only']! },
  ]);
  const speedup = pagesPerSecond['presswatch']! / pagesPerSecond['readability.js+linkedom']!;
  console.log(`presswatch is ${speedup.toFixed(1)}× Readability.js on linkedom (same run, same pages)`);
  readabilityFailures = 0;
  const languages = perLanguage(fundus, extractors);
  console.log(
    `\nfundus: ${fundus.length} pages, body F1 (same scorer) per language; Readability.js threw on ${readabilityFailures} (scored empty)`,
  );
  printTable(languages);
  const metadata = metadataAgreement(fundus);
  console.log('fundus metadata agreement (presswatch): title exact, publication instant, author set');
  printTable([metadata]);
  const path = writeResult('extraction', {
    scrapinghub: {
      pages: scrapinghub.length,
      passes: PASSES,
      pagesPerSecond,
      speedup: round(speedup, 2),
      scores,
      reference: Object.fromEntries(reference),
    },
    fundus: { pages: fundus.length, perLanguage: languages, metadata, readabilityFailures },
  });
  console.log(`\nwrote ${path}`);
}

main();
