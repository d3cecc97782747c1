// SearchFilters (and the query) → the filter clauses of a search's bool query. An empty list
// means "no restriction"; dates are inclusive, on the sort time (published, else fetched).
import { bandsOf, RELEVANCE_BANDS, type ScoreBand, type SearchFilters, TONE_BANDS } from '@presswatch/domain';
import { toMillis } from '../items/item-document.ts';
import type { Dsl } from '../query/text-query.ts';

export function compileFilters(filters: SearchFilters | undefined): Dsl[] {
  const clauses: Dsl[] = [{ term: { indexed: true } }];
  if (!filters) return clauses;
  const anyOf = (field: string, values: string[] | undefined) => {
    if (values && values.length > 0) clauses.push({ terms: { [field]: values } });
  };
  anyOf('source_id', filters.sourceIds);
  anyOf('language', filters.languages);
  anyOf('country', filters.countries);
  if (filters.domestic !== undefined) clauses.push({ term: { domestic: filters.domestic } });
  anyOf('topics', filters.topics);
  if (filters.tones?.length) clauses.push(anyBand('tone', bandsOf(TONE_BANDS, filters.tones)));
  if (filters.relevance?.length) {
    clauses.push(anyBand('relevance', bandsOf(RELEVANCE_BANDS, filters.relevance)));
  }
  const from = filters.from ? requireMillis(filters.from, 'from') : null;
  const to = filters.to ? requireMillis(filters.to, 'to') : null;
  if (from !== null || to !== null) {
    clauses.push({
      range: {
        sort_time: {
          ...(from !== null && { gte: from }),
          ...(to !== null && { lte: to }),
          format: 'epoch_millis',
        },
      },
    });
  }
  return clauses;
}

/** The score falls in any of the bands (from inclusive, to exclusive); none given matches nothing. */
function anyBand(field: string, bands: ScoreBand[]): Dsl {
  return {
    bool: {
      should: bands.map((band) => ({ range: { [field]: bandRange(band) } })),
      minimum_should_match: 1,
    },
  };
}

export function bandRange(band: ScoreBand): Dsl {
  return {
    ...(band.from !== undefined && { gte: band.from }),
    ...(band.to !== undefined && { lt: band.to }),
  };
}

/** The whole match set: searchable items ∧ query ∧ filters. */
export function matchSetQuery(query: Dsl | null, filters: SearchFilters | undefined): Dsl {
  return { bool: { filter: compileFilters(filters), ...(query && { must: [query] }) } };
}

function requireMillis(iso: string, name: string): number {
  const ms = toMillis(iso);
  if (ms === null) throw new RangeError(`filter ${name} is not a timestamp: ${iso}`);
  return ms;
}
