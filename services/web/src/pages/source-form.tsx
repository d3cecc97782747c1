// Add or edit a source (admin): POST /api/sources or PATCH /api/sources/:id.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Source } from '../api/types.ts';
import { ErrorNote } from '../components/error-note.tsx';
import { useI18n } from '../i18n/i18n.ts';

export function SourceForm({ source, onDone }: { source: Source | null; onDone(): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({
    id: source?.id ?? '',
    name: source?.name ?? '',
    url: source?.url ?? '',
    kind: source?.kind ?? 'feed',
    country: source?.country ?? 'vn',
    language: source?.language ?? 'vi',
    domestic: source?.domestic ?? true,
    minPollSeconds: source?.minPollSeconds ?? 300,
    maxPollSeconds: source?.maxPollSeconds ?? 3600,
  });
  const [error, setError] = useState<unknown>(null);
  async function submit(event: Event) {
    event.preventDefault();
    try {
      if (source) {
        const { id: _id, ...patch } = draft;
        await api.patch(`/api/sources/${encodeURIComponent(source.id)}`, patch);
      } else await api.post('/api/sources', draft);
      onDone();
    } catch (e) {
      setError(e);
    }
  }
  const text = (key: 'id' | 'name' | 'url' | 'country' | 'language', label: string) => (
    <label>
      {label}
      <input
        required={key !== 'country' && key !== 'language'}
        disabled={key === 'id' && !!source}
        value={draft[key]}
        onInput={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <form class="card inline-grid source-form" onSubmit={submit}>
      {text('id', t('sourceId'))}
      {text('name', t('name'))}
      {text('url', t('url'))}
      <label>
        {t('kind')}
        <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value })}>
          {['feed', 'sitemap', 'listing', 'page'].map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      {text('country', t('country'))}
      {text('language', t('language'))}
      {(['minPollSeconds', 'maxPollSeconds'] as const).map((key) => (
        <label key={key}>
          {t(key)}
          <input
            type="number"
            min={10}
            value={draft[key]}
            onInput={(e) => setDraft({ ...draft, [key]: Number(e.currentTarget.value) })}
          />
        </label>
      ))}
      <label class="check">
        <input
          type="checkbox"
          checked={draft.domestic}
          onChange={(e) => setDraft({ ...draft, domestic: e.currentTarget.checked })}
        />
        {t('domestic')}
      </label>
      <button type="submit">{t('save')}</button>
      <button type="button" class="secondary" onClick={onDone}>
        {t('cancel')}
      </button>
      <ErrorNote error={error} />
    </form>
  );
}
