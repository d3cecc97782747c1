// Topics and gazetteer, read-only.
import { api } from '../api/client.ts';
import type { Place, Topic } from '../api/types.ts';
import { ErrorNote, Loading } from '../components/error-note.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useAsync } from '../lib/use-async.ts';

function placeNames(place: Place): string {
  if (Array.isArray(place.names)) return place.names.join(', ');
  return Object.values(place.names).flat().map(String).join(', ');
}

export function TopicsPage() {
  const { t, lang } = useI18n();
  const topics = useAsync(() => api.get<{ topics: Topic[] }>('/api/topics'), []);
  const places = useAsync(() => api.get<{ places: Place[] }>('/api/gazetteer'), []);
  return (
    <div class="two-columns">
      <section>
        <h1>{t('topicsTitle')}</h1>
        {topics.loading && <Loading />}
        {topics.error ? <p>{t('notAvailable')}</p> : null}
        {(topics.data?.topics ?? []).map((topic) => (
          <details key={topic.id} class="card">
            <summary>
              <strong>{topic.names[lang]}</strong> ({topic.id}) · {t('threshold')} {topic.threshold}
            </summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('queries')}</th>
                  <th scope="col">{t('weight')}</th>
                </tr>
              </thead>
              <tbody>
                {topic.queries.map((q) => (
                  <tr key={q.query}>
                    <td>
                      <code>{q.query}</code>
                    </td>
                    <td>{q.weight}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ))}
      </section>
      <section>
        <h2>{t('gazetteerTitle')}</h2>
        {places.error ? <p>{t('notAvailable')}</p> : <ErrorNote error={null} />}
        <table>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('weight')}</th>
            </tr>
          </thead>
          <tbody>
            {(places.data?.places ?? []).map((p) => (
              <tr key={p.id}>
                <td>{placeNames(p)}</td>
                <td>{p.kind}</td>
                <td>{p.weight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
