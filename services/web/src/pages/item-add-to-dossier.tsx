// "Add to dossier" (analyst+): pick a dossier, add a note and a quote; POST …/claims.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { DossierSummary } from '../api/types.ts';
import { ErrorNote, Notice } from '../components/error-note.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { atLeast, useSession } from '../lib/session.ts';
import { useAsync } from '../lib/use-async.ts';

export function AddToDossier({ itemId }: { itemId: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const dossiers = useAsync(() => api.get<{ dossiers: DossierSummary[] }>('/api/dossiers'), []);
  const [dossierId, setDossierId] = useState('');
  const [note, setNote] = useState('');
  const [quote, setQuote] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!atLeast(me, 'analyst')) return null;
  const list = dossiers.data?.dossiers ?? [];
  const chosen = dossierId || list[0]?.id || '';

  async function add(event: Event) {
    event.preventDefault();
    setError(null);
    try {
      await api.post(`/api/dossiers/${encodeURIComponent(chosen)}/claims`, {
        itemId,
        ...(note ? { note } : {}),
        ...(quote ? { quote } : {}),
      });
      setNotice(t('addedToDossier'));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form class="add-to-dossier" onSubmit={add}>
      <h2>{t('addToDossier')}</h2>
      {dossiers.error ? <p>{t('notAvailable')}</p> : null}
      <label>
        {t('chooseDossier')}
        <select value={chosen} onChange={(e) => setDossierId(e.currentTarget.value)}>
          {list.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('note')}
        <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t('quote')}
        <textarea rows={2} value={quote} onInput={(e) => setQuote(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={!chosen}>
        {t('addToDossier')}
      </button>
      <Notice text={notice} />
      <ErrorNote error={error} />
    </form>
  );
}
