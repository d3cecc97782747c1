// The dashboard's numbers from /api/summaries/* over the last 30 days. Spikes come from
// /api/summaries/volume (the notifier's own spike test), so the chart marks what alerts would.
import { api, withQuery } from '../api/client.ts';

export interface Volume {
  buckets: { start: string; topic: string; domestic: number; foreign: number }[];
  spikes: { topic: string; start: string; count: number; baseline: number }[];
}
export interface DomesticSeries {
  domestic: number;
  foreign: number;
  series: { start: string; domestic: number; foreign: number }[];
}
export interface DashboardData {
  volume: Volume;
  domestic: DomesticSeries;
  sources: { sourceId: string; sourceName: string; count: number }[];
  clusters: {
    clusterId: string;
    count: number;
    headline: { id: string; title: string; sourceName: string } | null;
  }[];
  tone: {
    scored: number;
    negative: number;
    neutral: number;
    positive: number;
    histogram: { from: number; count: number }[];
  };
}

export async function loadDashboard(days = 30): Promise<DashboardData> {
  const to = new Date();
  const from = new Date(to.getTime() - days * 86_400_000);
  const params = { from: from.toISOString(), to: to.toISOString(), interval: 'day', size: 8 };
  const get = <T>(name: string) => api.get<T>(withQuery(`/api/summaries/${name}`, params));
  const [volume, domestic, sources, clusters, tone] = await Promise.all([
    get<Volume>('volume'),
    get<DomesticSeries>('domestic'),
    get<{ sources: DashboardData['sources'] }>('sources'),
    get<{ clusters: DashboardData['clusters'] }>('clusters'),
    get<DashboardData['tone']>('tone'),
  ]);
  return { volume, domestic, sources: sources.sources, clusters: clusters.clusters, tone };
}

export interface TopicVolume {
  topic: string;
  domestic: number;
  foreign: number;
  /** Items per bucket start (domestic + foreign). */
  byStart: Map<string, number>;
}

/** The volume buckets per topic, biggest topic first. */
export function topicVolumes(volume: Volume): { starts: string[]; topics: TopicVolume[] } {
  const starts = [...new Set(volume.buckets.map((b) => b.start))].sort();
  const topics = new Map<string, TopicVolume>();
  for (const b of volume.buckets) {
    const row = topics.get(b.topic) ?? { topic: b.topic, domestic: 0, foreign: 0, byStart: new Map() };
    row.domestic += b.domestic;
    row.foreign += b.foreign;
    row.byStart.set(b.start, (row.byStart.get(b.start) ?? 0) + b.domestic + b.foreign);
    topics.set(b.topic, row);
  }
  const sorted = [...topics.values()].sort((a, b) => b.domestic + b.foreign - (a.domestic + a.foreign));
  return { starts, topics: sorted };
}
