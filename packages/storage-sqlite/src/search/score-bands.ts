// Tone and relevance bands (TONE_BANDS, RELEVANCE_BANDS in the domain) as SQL over item_scores
// (migration 007: one row per item with its tone and relevance). Band bounds are constants of the
// domain, written into the SQL as numbers.
import { RELEVANCE_BANDS, type ScoreBand, TONE_BANDS } from '@presswatch/domain';

export type ScoreColumn = 'tone' | 'relevance';

export const BANDS: Record<ScoreColumn, readonly ScoreBand[]> = {
  tone: TONE_BANDS,
  relevance: RELEVANCE_BANDS,
};

/** `value` falls in the band: from inclusive, to exclusive. */
export function bandCondition(value: string, band: ScoreBand): string {
  const parts: string[] = [`${value} IS NOT NULL`];
  if (band.from !== undefined) parts.push(`${value} >= ${Number(band.from)}`);
  if (band.to !== undefined) parts.push(`${value} < ${Number(band.to)}`);
  return parts.join(' AND ');
}

/** The band key of `value` (NULL when unscored). */
export function bandKey(value: string, bands: readonly ScoreBand[]): string {
  const whens = bands.map((band) => `WHEN ${bandCondition(value, band)} THEN '${band.key}'`);
  return `CASE ${whens.join(' ')} END`;
}
