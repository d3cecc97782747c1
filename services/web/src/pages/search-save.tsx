// Save the current search (analyst+) and issue its Atom feed; the feed URL is shown once.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { ErrorNote } from '../components/error-note.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { atLeast, useSession } from '../lib/session.ts';
import type { SearchState } from './search-params.ts';

function filtersOf(state: SearchState) {
  const list = (v: string | undefined) => (v ? v.split(',') : undefined);
  const { source, lang, country, domestic, topic, tone, relevance } = state.filters;
  return {
    ...(topic ? { topics: list(topic) } : {}),
    ...(tone ? { tones: list(tone) } : {}),
    ...(relevance ? { relevance: list(relevance) } : {}),
    ...(source ? { sourceIds: list(source) } : {}),
    ...(lang ? { languages: list(lang) } : {}),
    ...(country ? { countries: list(country) } : {}),
    ...(domestic ? { domestic: domestic === 'true' } : {}),
  };
}

export function SaveSearch({ state }: { state: SearchState }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [feedUrl, setFeedUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!atLeast(me, 'analyst')) return null;

  async function save(event: Event) {
    event.preventDefault();
    setError(null);
    try {
      const saved = await api.post<{ id: string }>('/api/saved-searches', {
        name,
        query: state.q,
        filters: filtersOf(state),
      });
      const feed = await api.post<{ feedUrl: string }>(`/api/saved-searches/${saved.id}/feed`);
      setFeedUrl(feed.feedUrl);
    } catch (e) {
      setError(e);
    }
  }

  if (!open)
    return (
      <button type="button" class="secondary" onClick={() => setOpen(true)}>
        {t('saveSearch')}
      </button>
    );
  return (
    <form class="inline-form" onSubmit={save}>
      <label>
        {t('saveSearchName')}
        <input required value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <button type="submit">{t('save')}</button>
      {feedUrl && (
        <p role="status">
          {t('atomIssued')}{' '}
          <a href={feedUrl} class="atom-link">
            {t('atomLink')}
          </a>{' '}
          <code>{feedUrl}</code>
        </p>
      )}
      <ErrorNote error={error} />
    </form>
  );
}
