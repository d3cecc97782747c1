// The dashboard's charts, each with a data table: topic volume (dashes + point shapes, spikes as
// ▲ labels), domestic vs foreign (solid vs hatched bars), top sources, tone distribution.
import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'preact/hooks';
import { ChartCanvas, hatch, SERIES_STYLES } from '../components/chart.tsx';
import { DataTable } from '../components/data-table.tsx';
import { formatDate, useI18n } from '../i18n/i18n.ts';
import { useTopicName } from '../lib/topic-names.ts';
import { type DashboardData, topicVolumes } from './dashboard-data.ts';

const dayLabel = (lang: 'vi' | 'en', start: string) =>
  new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(start));

export function TopicVolume({ data }: { data: DashboardData }) {
  const { t, lang } = useI18n();
  const topicName = useTopicName();
  const { starts, topics } = topicVolumes(data.volume);
  const shown = topics.slice(0, SERIES_STYLES.length);
  const isSpike = (topic: string, start: string) =>
    data.volume.spikes.some((s) => s.topic === topic && s.start === start);
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'line',
      data: {
        labels: starts.map((start) => dayLabel(lang, start)),
        datasets: shown.map((row, i) => {
          const style = SERIES_STYLES[i % SERIES_STYLES.length]!;
          return {
            label: topicName(row.topic),
            data: starts.map((start) => row.byStart.get(start) ?? 0),
            borderColor: style.color,
            backgroundColor: style.color,
            borderDash: [...style.dash],
            // Spikes: a big triangle (shape and size, not only colour), listed in the table below.
            pointStyle: starts.map((start) => (isSpike(row.topic, start) ? 'triangle' : style.point)),
            pointRadius: starts.map((start) => (isSpike(row.topic, start) ? 10 : 3)),
          };
        }),
      },
      options: {
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { labels: { usePointStyle: true } } },
      },
    }),
    [data, lang, topicName(shown[0]?.topic ?? '')],
  );
  return (
    <section class="panel wide">
      <h2>{t('volumeByTopic')}</h2>
      <ChartCanvas config={config} label={t('volumeByTopic')} />
      <DataTable
        caption={`${t('spikeMarked')}: ${data.volume.spikes.length}`}
        columns={[
          { header: t('topic'), cell: (r) => topicName(r.topic) },
          { header: t('day'), cell: (r) => `▲ ${formatDate(lang, r.start, false)}` },
          { header: t('count'), cell: (r) => `${r.count} (≈${r.baseline.toFixed(1)})` },
        ]}
        rows={data.volume.spikes}
      />
      <DataTable
        caption={t('tableView')}
        columns={[
          { header: t('topic'), cell: (r) => topicName(r.topic) },
          { header: t('domestic'), cell: (r) => r.domestic },
          { header: t('foreign'), cell: (r) => r.foreign },
          { header: t('total'), cell: (r) => r.domestic + r.foreign },
        ]}
        rows={topics}
      />
    </section>
  );
}

export function DomesticForeign({ data }: { data: DashboardData }) {
  const { t, lang } = useI18n();
  const series = data.domestic.series;
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: series.map((b) => dayLabel(lang, b.start)),
        datasets: [
          { label: t('domestic'), data: series.map((b) => b.domestic), backgroundColor: '#0072B2' },
          {
            label: `${t('foreign')} (▨)`,
            data: series.map((b) => b.foreign),
            backgroundColor: hatch('#D55E00'),
            borderColor: '#D55E00',
            borderWidth: 1,
          },
        ],
      },
      options: {
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } },
      },
    }),
    [data, lang],
  );
  return (
    <section class="panel wide">
      <h2>{t('volumeDomesticForeign')}</h2>
      <ChartCanvas config={config} label={t('volumeDomesticForeign')} />
      <p>
        {t('domestic')}: <strong>{data.domestic.domestic}</strong> · {t('foreign')}:{' '}
        <strong>{data.domestic.foreign}</strong>
      </p>
    </section>
  );
}

export function ToneDistribution({ data }: { data: DashboardData }) {
  const { t } = useI18n();
  const rows = [
    { label: t('toneNegative'), count: data.tone.negative },
    { label: t('toneNeutral'), count: data.tone.neutral },
    { label: t('tonePositive'), count: data.tone.positive },
  ];
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: rows.map((r) => r.label),
        datasets: [
          {
            label: t('count'),
            data: rows.map((r) => r.count),
            backgroundColor: [hatch('#D55E00'), '#999999', '#009E73'],
          },
        ],
      },
      options: {
        maintainAspectRatio: false,
        scales: { y: { ticks: { precision: 0 } } },
        plugins: { legend: { display: false } },
      },
    }),
    [data, t],
  );
  return (
    <section class="panel">
      <h2>{t('toneDistribution')}</h2>
      <ChartCanvas config={config} label={t('toneDistribution')} />
      <DataTable
        caption={t('tableView')}
        columns={[
          { header: t('toneDistribution'), cell: (r) => r.label },
          { header: t('count'), cell: (r) => r.count },
        ]}
        rows={rows}
      />
    </section>
  );
}
