// Query-string search parameters (shared by /api/items, exports, summaries and saved searches)
// → the SearchIndex port's filters. Lists are comma-separated: `source=a,b&lang=vi,en`.
import type { RelevanceBand, SavedSearchFilters, SearchFilters, ToneBand } from '@presswatch/domain';

export interface FilterParams {
  source?: string;
  lang?: string;
  country?: string;
  domestic?: boolean;
  topic?: string;
  /** Validated by the route schema (schemas/filters.ts): band keys only. */
  tone?: string;
  relevance?: string;
  from?: string;
  to?: string;
}

export function splitList(value: string | undefined): string[] | undefined {
  const list = value
    ?.split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return list && list.length > 0 ? list : undefined;
}

export function filtersOf(params: FilterParams): SearchFilters {
  const filters: SearchFilters = {
    sourceIds: splitList(params.source),
    languages: splitList(params.lang),
    countries: splitList(params.country),
    domestic: params.domestic,
    topics: splitList(params.topic),
    tones: splitList(params.tone) as ToneBand[] | undefined,
    relevance: splitList(params.relevance) as RelevanceBand[] | undefined,
    from: params.from,
    to: params.to,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as SearchFilters;
}

/** A saved search's filters as query parameters again (for links and the Atom feed's self link). */
export function paramsOf(filters: SavedSearchFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.sourceIds?.length) params.source = filters.sourceIds.join(',');
  if (filters.languages?.length) params.lang = filters.languages.join(',');
  if (filters.countries?.length) params.country = filters.countries.join(',');
  if (filters.domestic !== undefined) params.domestic = String(filters.domestic);
  if (filters.topics?.length) params.topic = filters.topics.join(',');
  if (filters.tones?.length) params.tone = filters.tones.join(',');
  if (filters.relevance?.length) params.relevance = filters.relevance.join(',');
  return params;
}
