// The search page's state lives in the URL: q, sort, from, to and the facet filters.

export const FILTER_KEYS = ['source', 'lang', 'country', 'domestic', 'topic', 'tone', 'relevance'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  q: string;
  sort: 'time' | 'relevance';
  from: string;
  to: string;
  filters: Partial<Record<FilterKey, string>>;
}

export function stateOf(query: URLSearchParams): SearchState {
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = query.get(key);
    if (value) filters[key] = value;
  }
  return {
    q: query.get('q') ?? '',
    sort: query.get('sort') === 'relevance' ? 'relevance' : 'time',
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
    filters,
  };
}

/** Date inputs give days; the API wants instants (start of `from`, end of `to`, Vietnam time). */
export function apiParams(state: SearchState): Record<string, string> {
  const params: Record<string, string> = { sort: state.sort, ...state.filters };
  if (state.q) params.q = state.q;
  if (state.from) params.from = new Date(`${state.from}T00:00:00+07:00`).toISOString();
  if (state.to) params.to = new Date(`${state.to}T23:59:59.999+07:00`).toISOString();
  return params;
}

export function urlOf(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort !== 'time') params.set('sort', state.sort);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  for (const [key, value] of Object.entries(state.filters)) if (value) params.set(key, value);
  const qs = params.toString();
  return qs ? `/search?${qs}` : '/search';
}
