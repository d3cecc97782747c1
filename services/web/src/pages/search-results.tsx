// One search hit: highlighted title and snippet (sanitised to <mark>), source, date, badges.
import type { Item } from '../api/types.ts';
import { Badges } from '../components/badges.tsx';
import { Highlighted } from '../components/safe-html.tsx';
import { formatDate, useI18n } from '../i18n/i18n.ts';

export function ResultList({ items }: { items: Item[] }) {
  const { t, lang } = useI18n();
  if (items.length === 0) return <p>{t('noResults')}</p>;
  return (
    <ol class="results">
      {items.map((item) => (
        <li key={item.id} class="result">
          <h2>
            <a href={`/items/${encodeURIComponent(item.id)}`}>
              <Highlighted html={item.highlights?.title} fallback={item.title} />
            </a>
          </h2>
          <p class="meta">
            {item.sourceName} ·{' '}
            <time dateTime={item.publishedAt ?? item.fetchedAt}>
              {formatDate(lang, item.publishedAt ?? item.fetchedAt)}
            </time>
          </p>
          <p class="snippet">
            <Highlighted html={item.highlights?.text} fallback={item.summary ?? ''} />
          </p>
          <Badges item={item} clusterSize={item.clusterSize ?? undefined} />
        </li>
      ))}
    </ol>
  );
}
