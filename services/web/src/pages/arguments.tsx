// The argument library: reusable statements with evidence and citations, suggested to dossiers by
// topic. Everyone reads; press officers and admins maintain it.
import { useState } from 'preact/hooks';
import { api, withQuery } from '../api/client.ts';
import type { ArgumentCard } from '../api/types.ts';
import { ErrorNote, Loading } from '../components/error-note.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { atLeast, useSession } from '../lib/session.ts';
import { useTopicName } from '../lib/topic-names.ts';
import { useAsync } from '../lib/use-async.ts';

const EMPTY = { title: '', statement: '', topics: '', evidenceText: '', citation: '', url: '' };

function NewCard({ onSaved }: { onSaved(): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const update = (key: keyof typeof EMPTY) => (e: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [key]: e.currentTarget.value });
  const field = (key: keyof typeof EMPTY, label: string, multiline = false) =>
    multiline ? (
      <label>
        {label}
        <textarea rows={3} value={draft[key]} onInput={update(key)} />
      </label>
    ) : (
      <label>
        {label}
        <input value={draft[key]} onInput={update(key)} />
      </label>
    );
  async function save(event: Event) {
    event.preventDefault();
    setError(null);
    try {
      await api.post('/api/arguments', {
        title: draft.title,
        statement: draft.statement,
        topics: draft.topics
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        evidence: draft.evidenceText
          ? [{ text: draft.evidenceText, citation: draft.citation, ...(draft.url ? { url: draft.url } : {}) }]
          : [],
      });
      setDraft(EMPTY);
      onSaved();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <form class="card" onSubmit={save}>
      <h2>{t('newArgument')}</h2>
      {field('title', t('title'))}
      {field('statement', t('statement'), true)}
      {field('topics', t('topicIds'))}
      {field('evidenceText', t('evidence'), true)}
      {field('citation', t('citation'))}
      {field('url', t('url'))}
      <button type="submit">{t('save')}</button>
      <ErrorNote error={error} />
    </form>
  );
}

export function ArgumentsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const topicName = useTopicName();
  const [q, setQ] = useState('');
  const cards = useAsync(() => api.get<{ cards: ArgumentCard[] }>(withQuery('/api/arguments', { q })), [q]);
  return (
    <div class="two-columns">
      <section>
        <h1>{t('argumentLibrary')}</h1>
        <label>
          {t('searchLabel')}
          <input type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        </label>
        {cards.loading && <Loading />}
        <ErrorNote error={cards.error} />
        {cards.data?.cards.length === 0 && <p>{t('none')}</p>}
        <ul class="card-list">
          {(cards.data?.cards ?? []).map((card) => (
            <li key={card.id}>
              <strong>{card.title}</strong> <span class="meta">{card.topics.map(topicName).join(', ')}</span>
              <p>{card.statement}</p>
              <ul>
                {card.evidence.map((e) => (
                  <li key={e.citation + e.text}>
                    {e.text} —{' '}
                    <cite>
                      {e.url ? (
                        <a href={e.url} target="_blank" rel="noopener noreferrer">
                          {e.citation}
                        </a>
                      ) : (
                        e.citation
                      )}
                    </cite>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      {atLeast(me, 'press_officer') && <NewCard onSaved={cards.reload} />}
    </div>
  );
}
