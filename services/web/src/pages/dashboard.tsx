// Dashboard: topic volume with spikes, domestic vs foreign, top stories, top sources, tone.
import { DataTable } from '../components/data-table.tsx';
import { ErrorNote, Loading } from '../components/error-note.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useAsync } from '../lib/use-async.ts';
import { DomesticForeign, ToneDistribution, TopicVolume } from './dashboard-charts.tsx';
import { loadDashboard } from './dashboard-data.ts';

export function DashboardPage() {
  const { t } = useI18n();
  const data = useAsync(() => loadDashboard(30), []);
  if (data.loading) return <Loading />;
  if (!data.data) return <ErrorNote error={data.error} />;
  const d = data.data;
  return (
    <div>
      <h1>{t('dashboardTitle')}</h1>
      <div class="dashboard-grid">
        <TopicVolume data={d} />
        <DomesticForeign data={d} />
        <section class="panel">
          <h2>{t('topClusters')}</h2>
          <ol class="top-list">
            {d.clusters.map((c) => (
              <li key={c.clusterId}>
                {c.headline ? (
                  <a href={`/items/${encodeURIComponent(c.headline.id)}`}>{c.headline.title}</a>
                ) : (
                  c.clusterId
                )}{' '}
                <span class="count">{t('clusterSize', { n: c.count })}</span>
              </li>
            ))}
          </ol>
        </section>
        <section class="panel">
          <DataTable
            caption={t('topSources')}
            columns={[
              { header: t('source'), cell: (r) => r.sourceName },
              { header: t('count'), cell: (r) => r.count },
            ]}
            rows={d.sources}
          />
        </section>
        <ToneDistribution data={d} />
      </div>
    </div>
  );
}
