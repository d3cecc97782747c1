// Feedback on an item (analyst+): relevant / not relevant, add or remove a topic.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Item } from '../api/types.ts';
import { ErrorNote, Notice } from '../components/error-note.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { atLeast, useSession } from '../lib/session.ts';
import { useTopics } from '../lib/topic-names.ts';

type Kind = 'relevant' | 'not_relevant' | 'topic_added' | 'topic_removed';

export function FeedbackButtons({ item }: { item: Item }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const topics = useTopics();
  const onItem = new Set(item.topics.map((x) => x.topic));
  const [topic, setTopic] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!atLeast(me, 'analyst')) return null;

  const send = async (kind: Kind, withTopic?: string) => {
    setError(null);
    setNotice(null);
    try {
      await api.post(`/api/items/${encodeURIComponent(item.id)}/feedback`, {
        kind,
        ...(withTopic ? { topic: withTopic } : {}),
      });
      setNotice(t('feedbackSaved'));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section class="feedback">
      <h2>{t('feedback')}</h2>
      <div class="button-row">
        <button type="button" onClick={() => send('relevant')}>
          ✓ {t('markRelevant')}
        </button>
        <button type="button" class="secondary" onClick={() => send('not_relevant')}>
          ✗ {t('markNotRelevant')}
        </button>
      </div>
      <div class="button-row">
        <label>
          {t('topic')}
          <select value={topic} onChange={(e) => setTopic(e.currentTarget.value)}>
            <option value="">—</option>
            {topics.map((x) => (
              <option key={x.id} value={x.id}>
                {x.names[lang] ?? x.id}
                {onItem.has(x.id) ? ' ✓' : ''}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="secondary"
          disabled={!topic || onItem.has(topic)}
          onClick={() => send('topic_added', topic)}
        >
          {t('addTopic')}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={!topic || !onItem.has(topic)}
          onClick={() => send('topic_removed', topic)}
        >
          {t('removeTopic')}
        </button>
      </div>
      <Notice text={notice} />
      <ErrorNote error={error} />
    </section>
  );
}
