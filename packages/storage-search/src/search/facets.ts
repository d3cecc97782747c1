// Facets as terms aggregations over the whole match set (aggregations ignore search_after, so
// every page reports the same counts), ordered as the SQLite adapter orders them: largest
// first, then by value in code-point order.
// Tone and relevance are range aggregations over the domain's bands (TONE_BANDS, RELEVANCE_BANDS),
// listed in band order without empty bands.
import {
  type FacetBucket,
  type FacetField,
  RELEVANCE_BANDS,
  type ScoreBand,
  TONE_BANDS,
} from '@presswatch/domain';
import type { Dsl } from '../query/text-query.ts';

type TermsFacet = Exclude<FacetField, 'tone' | 'relevance'>;

const FACET_FIELDS: Record<TermsFacet, string> = {
  source: 'source_id',
  language: 'language',
  country: 'country',
  domestic: 'domestic',
  topic: 'topics',
};

const BAND_FACETS: Record<'tone' | 'relevance', readonly ScoreBand[]> = {
  tone: TONE_BANDS,
  relevance: RELEVANCE_BANDS,
};

const isBandFacet = (field: FacetField): field is 'tone' | 'relevance' => field in BAND_FACETS;

/** More distinct values than this per facet are cut (the UI shows the first few). */
const MAX_FACET_VALUES = 1000;

export function facetAggregations(fields: readonly FacetField[]): Dsl {
  const aggs: Dsl = {};
  for (const field of new Set(fields)) {
    aggs[`facet_${field}`] = isBandFacet(field)
      ? { range: { field, keyed: false, ranges: BAND_FACETS[field].map(bandRangeAgg) } }
      : { terms: { field: FACET_FIELDS[field], size: MAX_FACET_VALUES } };
  }
  return aggs;
}

interface TermsBucketWire {
  key: string | number;
  key_as_string?: string;
  doc_count: number;
}

export function readFacets(
  fields: readonly FacetField[],
  aggregations: Record<string, unknown> | undefined,
): Partial<Record<FacetField, FacetBucket[]>> {
  const facets: Partial<Record<FacetField, FacetBucket[]>> = {};
  for (const field of new Set(fields)) {
    const wire = aggregations?.[`facet_${field}`] as { buckets: TermsBucketWire[] } | undefined;
    if (isBandFacet(field)) {
      // The engine returns range buckets ordered by their bounds: put them back in band order.
      const order = BAND_FACETS[field].map((band) => band.key as string);
      facets[field] = (wire?.buckets ?? [])
        .filter((bucket) => bucket.doc_count > 0)
        .map((bucket) => ({ value: String(bucket.key), count: bucket.doc_count }))
        .sort((x, y) => order.indexOf(x.value) - order.indexOf(y.value));
      continue;
    }
    facets[field] = (wire?.buckets ?? [])
      .map((bucket) => ({ value: bucket.key_as_string ?? String(bucket.key), count: bucket.doc_count }))
      .sort((a, b) => b.count - a.count || compareCodePoints(a.value, b.value));
  }
  return facets;
}

function bandRangeAgg(band: ScoreBand): Dsl {
  return {
    key: band.key,
    ...(band.from !== undefined && { from: band.from }),
    ...(band.to !== undefined && { to: band.to }),
  };
}

/** Code-point order (what SQLite's BINARY collation gives), which UTF-16 `<` differs from above U+FFFF. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
