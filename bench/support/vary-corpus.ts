// Deterministic variations of corpus articles for benchmarks at scale: the same article copied
// many times must not produce identical rows (FTS5 posting lists and sort orders would be
// unrealistically regular), so each copy gets its own date, source, sentence order and a few
// reworded phrases. Pure functions of (article, index, copy): every run builds the same index.
import type { Item, TopicScore } from '@presswatch/domain';
import { normalizeText } from '@presswatch/text';
import type { CorpusArticle } from '../support.ts';

const SOURCES = 300;
const START = Date.UTC(2023, 0, 1);
const THREE_YEARS_MINUTES = 3 * 365 * 24 * 60;
const COUNTRIES = ['vn', 'vn', 'vn', 'vn', 'us', 'fr', 'cn', 'la', 'gb', 'au'];

/** Phrase swaps applied to odd copies; both sides are everyday press Vietnamese. */
const REWORDINGS: [RegExp, string][] = [
  [/cho biết/g, 'cho hay'],
  [/tuy nhiên/g, 'dù vậy'],
  [/hiện nay/g, 'hiện tại'],
  [/người dân/g, 'bà con'],
  [/nhanh chóng/g, 'khẩn trương'],
];

const TOPIC_HINTS: [string, RegExp][] = [
  ['sea_islands', /biển|đảo|ngư dân/i],
  ['border', /biên giới|cửa khẩu|biên phòng/i],
  ['investment', /đầu tư|dự án|FDI/i],
  ['human_rights', /nhân quyền|tôn giáo|tự do/i],
];

function mix(n: number): number {
  // A small integer hash (xorshift-multiply) so neighbouring indices land far apart.
  let x = n ^ 0x9e3779b9;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function reword(text: string, copy: number): string {
  if (copy === 0) return text;
  const sentences = text.split(/(?<=[.!?])\s+/);
  const shift = copy % Math.max(1, sentences.length);
  const rotated = [...sentences.slice(shift), ...sentences.slice(0, shift)].join(' ');
  if (copy % 2 === 0) return rotated;
  return REWORDINGS.reduce((out, [from, to]) => out.replace(from, to), rotated);
}

function topicsOf(title: string): TopicScore[] {
  return TOPIC_HINTS.filter(([, re]) => re.test(title)).map(([topic]) => ({
    topic,
    score: 0.8,
    matched: [],
  }));
}

export function variedItem(article: CorpusArticle, index: number, copy: number): Item {
  const hash = mix(index);
  const published = new Date(START + (hash % THREE_YEARS_MINUTES) * 60_000).toISOString();
  const sourceNo = mix(hash) % SOURCES;
  const country = COUNTRIES[sourceNo % COUNTRIES.length]!;
  const url = `https://bench${sourceNo}.example/${article.id}/${copy}`;
  const title = normalizeText(copy === 0 ? article.title : `${article.title} (${copy})`);
  return {
    id: `m-${index}`,
    url,
    canonicalUrl: url,
    sourceId: `bench-${sourceNo}`,
    sourceName: `Bench outlet ${sourceNo}`,
    title,
    byline: null,
    publishedAt: published,
    fetchedAt: published,
    language: 'vi',
    country,
    domestic: country === 'vn',
    text: normalizeText(reword(article.text, copy)),
    summary: null,
    topics: topicsOf(title),
    relevance: null,
    tone: null,
    clusterId: null,
  };
}
