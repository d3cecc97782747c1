// Facets with counts over the whole match set (GET /api/items?facets=…): each bucket narrows the
// search on click and widens it again on a second click. Tone and relevance are bands (the API's
// TONE_BANDS and RELEVANCE_BANDS: tone < −0.2 / −0.2–0.2 / ≥ 0.2; relevance ≥ 0.7 / 0.3–0.7 / < 0.3).
import type { FacetBucket, FacetName, ItemPage } from '../api/types.ts';
import { type MessageKey, type Translate, useI18n } from '../i18n/i18n.ts';
import { useTopicName } from '../lib/topic-names.ts';
import type { FilterKey, SearchState } from './search-params.ts';

const GROUPS: { facet: FacetName; filter: FilterKey; label: MessageKey }[] = [
  { facet: 'topic', filter: 'topic', label: 'facetTopic' },
  { facet: 'relevance', filter: 'relevance', label: 'facetRelevance' },
  { facet: 'tone', filter: 'tone', label: 'facetTone' },
  { facet: 'domestic', filter: 'domestic', label: 'facetDomestic' },
  { facet: 'source', filter: 'source', label: 'facetSource' },
  { facet: 'language', filter: 'lang', label: 'facetLanguage' },
  { facet: 'country', filter: 'country', label: 'facetCountry' },
];

const BAND_LABELS: Record<string, MessageKey> = {
  negative: 'toneNegative',
  neutral: 'toneNeutral',
  positive: 'tonePositive',
  high: 'relevanceHigh',
  some: 'relevanceSome',
  none: 'relevanceNone',
};

function bucketLabel(
  t: Translate,
  topicName: (id: string) => string,
  facet: FacetName,
  bucket: FacetBucket,
): string {
  switch (facet) {
    case 'domestic':
      return bucket.value === 'true' ? t('domestic') : t('foreign');
    case 'topic':
      return topicName(bucket.value);
    case 'tone':
    case 'relevance': {
      const key = BAND_LABELS[bucket.value];
      return key ? t(key) : bucket.value;
    }
    default:
      return bucket.label ?? bucket.value;
  }
}

export function Facets(props: {
  state: SearchState;
  facets: ItemPage['facets'];
  onChange(s: SearchState): void;
}) {
  const { t } = useI18n();
  const topicName = useTopicName();
  const { filters } = props.state;
  const toggle = (filter: FilterKey, value: string) => {
    const next = { ...filters };
    if (next[filter] === value) delete next[filter];
    else next[filter] = value;
    props.onChange({ ...props.state, filters: next });
  };

  return (
    <aside class="facets" aria-label={t('facets')}>
      <h2>{t('facets')}</h2>
      {Object.keys(filters).length > 0 && (
        <button
          type="button"
          class="link-button"
          onClick={() => props.onChange({ ...props.state, filters: {} })}
        >
          {t('clearFilters')}
        </button>
      )}
      {GROUPS.map((group) => {
        const buckets = props.facets[group.facet] ?? [];
        if (buckets.length === 0) return null;
        return (
          <fieldset key={group.facet} data-facet={group.facet}>
            <legend>{t(group.label)}</legend>
            <ul>
              {buckets.map((bucket) => (
                <li key={bucket.value}>
                  <button
                    type="button"
                    class="facet"
                    data-value={bucket.value}
                    aria-pressed={filters[group.filter] === bucket.value}
                    onClick={() => toggle(group.filter, bucket.value)}
                  >
                    <span>{bucketLabel(t, topicName, group.facet, bucket)}</span>{' '}
                    <span class="count">{bucket.count}</span>
                  </button>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </aside>
  );
}
