// What each aggregation groups by, as SQL over `items i`: the key expression and the join it
// needs. Topics, tone, relevance and cluster come from the slim tables kept by triggers
// (migration 007), never from the item document. CROSS JOIN keeps items as the outer loop, so
// the match set is read from the covering index and the slim rows are probed by seq.
import type { NumericField, TermsField } from '@presswatch/domain';

export interface KeySpec {
  /** Extra FROM clause (a join), '' when none. */
  join: string;
  /** SQL expression of the raw key; NULL means "no value" and is left out. */
  key: string;
  /** Parameters of `key`, in order. */
  params: unknown[];
}

const scores = (n: number) => `CROSS JOIN item_scores s${n} ON s${n}.seq = i.seq`;

/** `n` makes join aliases unique when several levels need one. */
export function termsKey(field: TermsField, n: number): KeySpec {
  switch (field) {
    case 'topic':
      return { join: `CROSS JOIN item_topics t${n} ON t${n}.seq = i.seq`, key: `t${n}.topic`, params: [] };
    case 'source':
      return { join: '', key: 'i.source_id', params: [] };
    case 'language':
      return { join: '', key: 'i.language', params: [] };
    case 'country':
      return { join: '', key: 'i.country', params: [] };
    case 'domestic':
      return { join: '', key: "CASE i.domestic WHEN 1 THEN 'true' ELSE 'false' END", params: [] };
    case 'cluster':
      return { join: scores(n), key: `s${n}.cluster_id`, params: [] };
  }
}

/** UTC hour slots: sort_time is publishedAt, or fetchedAt when unknown, in ms. */
export const HOUR_SLOT_KEY: KeySpec = { join: '', key: 'i.sort_time / 3600000', params: [] };

export function numericKey(field: NumericField, n: number): KeySpec {
  return { join: scores(n), key: `s${n}.${field === 'tone' ? 'tone' : 'relevance'}`, params: [] };
}

/** floor(value / interval) without relying on SQLite's optional math functions. */
export function histogramKey(field: NumericField, interval: number, n: number): KeySpec {
  const value = numericKey(field, n);
  const x = `(${value.key} / ?)`;
  return {
    join: value.join,
    key: `(CAST(${x} AS INTEGER) - (${x} < CAST(${x} AS INTEGER)))`,
    params: [interval, interval, interval],
  };
}
