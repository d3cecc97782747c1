// Readers for the extraction test data in ../shared/extraction (third parties' pages and ground
// truth, read at run time, never copied): the ScrapingHub benchmark and the fundus test pages.
// See ../shared/README-data.md for their formats.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface ScrapinghubPage {
  id: string;
  url: string;
  html: string;
  /** Ground-truth article body. */
  body: string;
}

export interface FundusPage {
  /** Path of the page under extraction/fundus. */
  id: string;
  url: string;
  html: string;
  /** ISO 639-1 language of the article text (the manifest's, not the page's claim). */
  language: string;
  title: string;
  authors: string[] | null;
  /** Python str(datetime): "2024-05-03 18:19:08+02:00", or naive without offset. */
  publishingDate: string;
  /** fundus's plain text: summary, then each section's headline and paragraphs. */
  body: string;
}

/** Pages are gzip and always UTF-8, whatever their <meta charset> says. */
function readPage(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

/** The 181 ScrapingHub pages, or null when the data is absent. */
export function loadScrapinghub(sharedDir: string): ScrapinghubPage[] | null {
  const dir = join(sharedDir, 'extraction/scrapinghub');
  if (!existsSync(join(dir, 'ground-truth.json'))) return null;
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url: string }
  >;
  return Object.entries(truth).map(([id, t]) => ({
    id,
    url: t.url,
    html: readPage(join(dir, 'html', `${id}.html.gz`)),
    body: t.articleBody ?? '',
  }));
}

/** A reference tool's predictions shipped with the benchmark (readability_js, trafilatura). */
export function loadScrapinghubReference(sharedDir: string, tool: string): Map<string, string> | null {
  const path = join(sharedDir, 'extraction/scrapinghub/reference-output', `${tool}.json`);
  if (!existsSync(path)) return null;
  const data = JSON.parse(readFileSync(path, 'utf8')) as { output: Record<string, { articleBody?: string }> };
  return new Map(Object.entries(data.output).map(([id, o]) => [id, o.articleBody ?? '']));
}

interface FundusManifestLine {
  html: string;
  url: string;
  language: string;
  truth: { path: string; key: string };
}

interface FundusRecord {
  title: string;
  authors?: string[];
  publishing_date: string;
  body: { summary: string[]; sections: { headline: string[]; paragraphs: string[] }[] };
}

/** The 258 fundus pages (or those of the given languages) with their ground truth, or null when the data is absent. */
export function loadFundus(sharedDir: string, languages?: string[]): FundusPage[] | null {
  const dir = join(sharedDir, 'extraction/fundus');
  const manifest = join(dir, 'manifest.jsonl');
  if (!existsSync(manifest)) return null;
  const truthFiles = new Map<string, Record<string, FundusRecord>>();
  const entries = readFileSync(manifest, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as FundusManifestLine)
    .filter((entry) => !languages || languages.includes(entry.language));
  return entries.map((entry) => {
    let file = truthFiles.get(entry.truth.path);
    if (!file) {
      file = JSON.parse(readFileSync(join(dir, entry.truth.path), 'utf8')) as Record<string, FundusRecord>;
      truthFiles.set(entry.truth.path, file);
    }
    const record = file[entry.truth.key]!;
    const { summary, sections } = record.body;
    return {
      id: entry.html,
      url: entry.url,
      html: readPage(join(dir, entry.html)),
      language: entry.language,
      title: record.title,
      authors: record.authors ?? null,
      publishingDate: record.publishing_date,
      body: [...summary, ...sections.flatMap((s) => [...s.headline, ...s.paragraphs])].join('\n\n'),
    };
  });
}
