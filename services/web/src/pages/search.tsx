// Search: query box (syntax help, errors at the column), dates, sort, facets, results, paging,
// save + Atom, CSV export.
import { useState } from 'preact/hooks';
import { ApiError, api, withQuery } from '../api/client.ts';
import type { ItemPage } from '../api/types.ts';
import { ErrorNote, Loading } from '../components/error-note.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { navigate } from '../lib/router.ts';
import { useAsync } from '../lib/use-async.ts';
import { Facets } from './search-facets.tsx';
import { apiParams, type SearchState, stateOf, urlOf } from './search-params.ts';
import { QueryForm } from './search-query-form.tsx';
import { ResultList } from './search-results.tsx';
import { SaveSearch } from './search-save.tsx';

const PAGE_SIZE = 20;

export function SearchPage({ query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  const state = stateOf(query);
  const key = urlOf(state);
  const [cursors, setCursors] = useState<{ key: string; stack: (string | null)[] }>({ key, stack: [null] });
  const stack = cursors.key === key ? cursors.stack : [null];
  const cursor = stack[stack.length - 1] ?? null;
  const page = useAsync(
    () =>
      api.get<ItemPage>(
        withQuery('/api/items', {
          ...apiParams(state),
          limit: PAGE_SIZE,
          cursor,
          facets: 'source,language,country,domestic,topic,tone,relevance',
          highlight: true,
        }),
      ),
    [key, cursor],
  );
  const go = (next: SearchState) => navigate(urlOf(next));
  const queryError = page.error instanceof ApiError && page.error.problem.column ? page.error : null;

  return (
    <div class="search-layout">
      <section class="search-main" aria-labelledby="search-title">
        <h1 id="search-title" class="visually-hidden">
          {t('navSearch')}
        </h1>
        <QueryForm state={state} error={queryError} onSubmit={go} />
        {page.error && !queryError ? <ErrorNote error={page.error} /> : null}
        {page.loading && <Loading />}
        {page.data && (
          <>
            <div class="result-bar">
              <p role="status" aria-live="polite">
                {/* ≈ when the store estimated the total of a large match set */}
                {page.data.totalIsEstimate ? '≈ ' : ''}
                {t('resultsCount', { total: page.data.total })}
              </p>
              <a
                class="button secondary"
                href={withQuery('/api/items/export.csv', apiParams(state))}
                download
              >
                {t('exportCsv')}
              </a>
              <SaveSearch state={state} />
            </div>
            <ResultList items={page.data.items} />
            <nav class="pager" aria-label={t('pageN', { n: stack.length })}>
              <button
                type="button"
                disabled={stack.length < 2}
                onClick={() => setCursors({ key, stack: stack.slice(0, -1) })}
              >
                ← {t('previousPage')}
              </button>
              <span>{t('pageN', { n: stack.length })}</span>
              <button
                type="button"
                disabled={!page.data.nextCursor}
                onClick={() => setCursors({ key, stack: [...stack, page.data?.nextCursor ?? null] })}
              >
                {t('nextPage')} →
              </button>
            </nav>
          </>
        )}
      </section>
      <Facets state={state} facets={page.data?.facets ?? {}} onChange={go} />
    </div>
  );
}
