// One item: sanitised article HTML, original link, metadata, matched terms and places, the
// story's other items, feedback buttons and "add to dossier".
import { api } from '../api/client.ts';
import type { ClusterMember, Item } from '../api/types.ts';
import { Badges } from '../components/badges.tsx';
import { ErrorNote, Loading } from '../components/error-note.tsx';
import { ArticleHtml } from '../components/safe-html.tsx';
import { formatDate, useI18n } from '../i18n/i18n.ts';
import { useTopicName } from '../lib/topic-names.ts';
import { useAsync } from '../lib/use-async.ts';
import { AddToDossier } from './item-add-to-dossier.tsx';
import { FeedbackButtons } from './item-feedback.tsx';

interface ItemView {
  item: Item;
  members: ClusterMember[];
}

async function loadItem(id: string): Promise<ItemView> {
  const item = await api.get<Item>(`/api/items/${encodeURIComponent(id)}`);
  const members = item.clusterId
    ? await api.get<{ members: ClusterMember[] }>(`/api/clusters/${encodeURIComponent(item.clusterId)}`).then(
        (c) => c.members,
        () => [],
      )
    : [];
  return { item, members };
}

function Body({ item }: { item: Item }) {
  if (item.contentHtml) return <ArticleHtml html={item.contentHtml} />;
  // Before the API sends contentHtml: the plain text, as text nodes (never parsed as HTML).
  return (
    <div class="article-body">
      {(item.text ?? '').split(/\n{2,}|\n/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}

function Metadata({ item }: { item: Item }) {
  const { t, lang } = useI18n();
  const rows: [string, string][] = [
    [t('source'), item.sourceName],
    [t('published'), formatDate(lang, item.publishedAt ?? item.fetchedAt)],
    [t('language'), item.language ?? '—'],
    [t('country'), item.country ?? '—'],
    [t('byline'), item.byline ?? '—'],
    [t('relevance'), item.relevance === null ? '—' : item.relevance.toFixed(2)],
  ];
  return (
    <dl class="metadata">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Matches({ item }: { item: Item }) {
  const { t } = useI18n();
  const topicName = useTopicName();
  return (
    <section>
      <h2>{t('matchedTerms')}</h2>
      {item.topics.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul>
          {item.topics.map((topic) => (
            <li key={topic.topic}>
              <strong>{topicName(topic.topic)}</strong> ({topic.score.toFixed(2)}):{' '}
              {topic.matched.join(', ') || '—'}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('places')}</h2>
      <p class="places">{item.places?.length ? item.places.join(', ') : t('none')}</p>
    </section>
  );
}

function ClusterOthers({ item, members }: ItemView) {
  const { t, lang } = useI18n();
  const others = members.filter((m) => m.itemId !== item.id);
  return (
    <section>
      <h2>{t('clusterOthers')}</h2>
      {others.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul class="cluster-list">
          {others.map((m) => (
            <li key={m.itemId}>
              <a href={`/items/${encodeURIComponent(m.itemId)}`}>{m.title}</a> — {m.sourceName} (
              {m.language ?? '?'}, {m.country ?? '?'}, {formatDate(lang, m.seenAt, false)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ItemPage({ id }: { id: string }) {
  const { t } = useI18n();
  const view = useAsync(() => loadItem(id), [id]);
  if (view.loading) return <Loading />;
  if (!view.data) return <ErrorNote error={view.error} />;
  const { item } = view.data;
  return (
    <div class="item-layout">
      <article class="item-main" aria-labelledby="item-title">
        <h1 id="item-title">{item.title}</h1>
        <Badges item={item} clusterSize={view.data.members.length || undefined} />
        <p>
          <a href={item.url} target="_blank" rel="noopener noreferrer" class="original-link">
            {t('originalLink')} ↗
          </a>
        </p>
        <h2 class="visually-hidden">{t('text')}</h2>
        <Body item={item} />
      </article>
      <aside class="item-side">
        <h2>{t('metadata')}</h2>
        <Metadata item={item} />
        <FeedbackButtons item={item} />
        <AddToDossier itemId={item.id} />
        <Matches item={item} />
        <ClusterOthers {...view.data} />
      </aside>
    </div>
  );
}
