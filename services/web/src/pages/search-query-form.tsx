// The query box with syntax help; a parse error is shown under the query with a caret at its column.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { SearchState } from './search-params.ts';

export function QueryForm(props: {
  state: SearchState;
  error: ApiError | null;
  onSubmit(s: SearchState): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(props.state);
  // The draft follows the URL when the URL changes (back, a facet, a saved search), never on the
  // first render: effects run a frame after it, and what was typed in between must stay.
  const urlKey = [props.state.q, props.state.sort, props.state.from, props.state.to].join('\u0000');
  const shownKey = useRef(urlKey);
  useEffect(() => {
    if (shownKey.current === urlKey) return;
    shownKey.current = urlKey;
    setDraft(props.state);
  }, [urlKey]);
  const column = props.error?.problem.column ?? null;

  return (
    <form
      class="query-form"
      aria-label={t('navSearch')}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(draft);
      }}
    >
      <div class="query-row">
        <label for="q">{t('searchLabel')}</label>
        <input
          id="q"
          name="q"
          type="search"
          class={`query-input${column ? ' invalid' : ''}`}
          placeholder={t('searchPlaceholder')}
          value={draft.q}
          aria-invalid={column ? 'true' : undefined}
          aria-describedby={column ? 'query-error' : 'syntax-help'}
          onInput={(e) => setDraft({ ...draft, q: e.currentTarget.value })}
        />
        <button type="submit">{t('searchButton')}</button>
      </div>
      {column !== null && props.error && (
        <div id="query-error" class="query-error" role="alert" aria-live="assertive">
          <pre aria-hidden="true">
            {props.state.q}
            {'\n'}
            {`${' '.repeat(Math.max(0, column - 1))}^`}
          </pre>
          <p>{t('queryErrorAt', { column, detail: props.error.problem.detail ?? '' })}</p>
        </div>
      )}
      <div class="query-options">
        <label>
          {t('dateFrom')}
          <input
            type="date"
            value={draft.from}
            onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('dateTo')}
          <input
            type="date"
            value={draft.to}
            onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('sortLabel')}
          <select
            value={draft.sort}
            onChange={(e) => props.onSubmit({ ...draft, sort: e.currentTarget.value as SearchState['sort'] })}
          >
            <option value="time">{t('sortTime')}</option>
            <option value="relevance">{t('sortRelevance')}</option>
          </select>
        </label>
        <details id="syntax-help" class="syntax-help">
          <summary>{t('syntaxHelp')}</summary>
          <p>{t('syntaxHelpBody')}</p>
        </details>
      </div>
    </form>
  );
}
