// What an Item becomes in the items table and in items_fts.
import type { Item } from '@presswatch/domain';
import { MARKERS } from '@presswatch/query';
import { foldText, normalizeText, segmentScripts } from '@presswatch/text';

export interface ItemRow {
  id: string;
  source_id: string;
  source_name_key: string;
  language: string | null;
  country: string | null;
  domestic: number;
  published_at: number | null;
  fetched_at: number;
  sort_time: number;
  doc: string;
}

export interface FtsRow {
  title: string;
  text: string;
  title_folded: string;
  text_folded: string;
}

/** The key `source:` matches a source name against: normalised and lower-cased. */
export function sourceNameKey(name: string): string {
  return normalizeText(name).trim().toLowerCase();
}

/** Milliseconds since the epoch, or null for a missing or unreadable timestamp. */
export function toMillis(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

export function itemRow(item: Item): ItemRow {
  const fetched = toMillis(item.fetchedAt);
  if (fetched === null) throw new RangeError(`item ${item.id}: fetchedAt is not a timestamp`);
  const published = toMillis(item.publishedAt);
  return {
    id: item.id,
    source_id: item.sourceId,
    source_name_key: sourceNameKey(item.sourceName),
    language: item.language,
    country: item.country,
    domestic: item.domestic ? 1 : 0,
    published_at: published,
    fetched_at: fetched,
    sort_time: published ?? fetched,
    doc: JSON.stringify(item),
  };
}

/**
 * Highlight markers are removed from stored text, so an item cannot fake a <mark>. Scripts written
 * without spaces are segmented (CJK bigrams, Thai/Lao words: @presswatch/text segmentScripts), so
 * that a word inside a run (南海 in 中国在南海) is a token FTS5 can find.
 */
export function ftsRow(item: Item): FtsRow {
  const title = segmentScripts(normalizeText(item.title).replace(MARKERS, ' '));
  const text = segmentScripts(normalizeText(item.text).replace(MARKERS, ' '));
  return { title, text, title_folded: foldText(title), text_folded: foldText(text) };
}
