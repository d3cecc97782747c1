// Badges on a result: topics, foreign, tone, cluster size. Text, not only colour.
import type { Item } from '../api/types.ts';
import { type Translate, useI18n } from '../i18n/i18n.ts';
import { useTopicName } from '../lib/topic-names.ts';

export function toneLabel(t: Translate, tone: number | null): string | null {
  if (tone === null) return null;
  if (tone < -0.2) return t('toneNegative');
  if (tone >= 0.2) return t('tonePositive');
  return t('toneNeutral');
}

export function Badges({ item, clusterSize }: { item: Item; clusterSize?: number | undefined }) {
  const { t } = useI18n();
  const tone = toneLabel(t, item.tone);
  const topicName = useTopicName();
  return (
    <ul class="badges">
      {item.topics.map((topic) => (
        <li key={topic.topic} class="badge topic">
          {topicName(topic.topic)}
        </li>
      ))}
      <li class={`badge ${item.domestic ? 'domestic' : 'foreign'}`}>
        {item.domestic ? t('domestic') : `⚑ ${t('foreign')}`}
      </li>
      {tone && (
        <li class={`badge tone ${item.tone !== null && item.tone < -0.2 ? 'negative' : ''}`}>{tone}</li>
      )}
      {clusterSize && clusterSize > 1 ? <li class="badge">{t('clusterSize', { n: clusterSize })}</li> : null}
      {item.language && <li class="badge lang">{item.language}</li>}
    </ul>
  );
}
