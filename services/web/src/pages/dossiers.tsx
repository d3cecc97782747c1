// Dossiers: the list and a form for a new one (analyst+).
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Dossier, DossierSummary } from '../api/types.ts';
import { ErrorNote, Loading } from '../components/error-note.tsx';
import { formatDate, useI18n } from '../i18n/i18n.ts';
import { navigate } from '../lib/router.ts';
import { atLeast, useSession } from '../lib/session.ts';
import { useAsync } from '../lib/use-async.ts';

function NewDossier() {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [topic, setTopic] = useState('');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<unknown>(null);
  async function create(event: Event) {
    event.preventDefault();
    try {
      const dossier = await api.post<Dossier>('/api/dossiers', {
        title,
        ...(topic ? { topic } : {}),
        ...(summary ? { summary } : {}),
      });
      navigate(`/dossiers/${encodeURIComponent(dossier.id)}`);
    } catch (e) {
      setError(e);
    }
  }
  return (
    <form class="card" onSubmit={create}>
      <h2>{t('newDossier')}</h2>
      <label>
        {t('title')}
        <input name="title" required value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label>
        {t('topic')}
        <input name="topic" value={topic} onInput={(e) => setTopic(e.currentTarget.value)} />
      </label>
      <label>
        {t('summary')}
        <textarea
          name="summary"
          rows={3}
          value={summary}
          onInput={(e) => setSummary(e.currentTarget.value)}
        />
      </label>
      <button type="submit">{t('add')}</button>
      <ErrorNote error={error} />
    </form>
  );
}

export function DossiersPage() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const list = useAsync(() => api.get<{ dossiers: DossierSummary[] }>('/api/dossiers'), []);
  return (
    <div class="two-columns">
      <section>
        <h1>{t('dossiersTitle')}</h1>
        <p>
          <a href="/arguments">{t('argumentLibrary')}</a>
        </p>
        {list.loading && <Loading />}
        {list.error ? <p>{t('notAvailable')}</p> : null}
        {list.data?.dossiers.length === 0 && <p>{t('noDossiers')}</p>}
        <ul class="dossier-list">
          {(list.data?.dossiers ?? []).map((d) => (
            <li key={d.id}>
              <a href={`/dossiers/${encodeURIComponent(d.id)}`}>{d.title}</a>
              <span class="meta">
                {d.topic ?? ''} · {t('claimCount', { n: d.claimCount })} ·{' '}
                {t('argumentCount', { n: d.argumentCount })} · {formatDate(lang, d.updatedAt)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {atLeast(me, 'analyst') && <NewDossier />}
    </div>
  );
}
