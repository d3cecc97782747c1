// What an Item becomes in an item index (see index-layout.ts for the mapping).
import type { Item } from '@presswatch/domain';
import { normalizeText } from '@presswatch/text';
import { sampleSlot } from './sample-slot.ts';

/** Control characters once used as highlight markers; blanked out of indexed text (as in SQLite). */
const MARKERS = new RegExp(`[${String.fromCharCode(1)}${String.fromCharCode(2)}]`, 'gu');

export interface ItemDocument {
  id: string;
  item: Item;
  indexed: boolean;
  source_id: string;
  source_key: string;
  source_name_key: string;
  language: string | null;
  country: string | null;
  domestic: boolean;
  sort_time: number;
  topics: string[];
  tone: number | null;
  relevance: number | null;
  cluster_id: string | null;
  title: string;
  text: string;
  /** The item's sample slot (sampleSlot): estimated totals and facets count a few slots only. */
  sample: number;
}

/** The key `source:` matches a source name against: normalised and lower-cased. */
export function sourceNameKey(name: string): string {
  return normalizeText(name).trim().toLowerCase();
}

/** SQLite's NOCASE: only ASCII letters are case-folded. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}

/** Milliseconds since the epoch, or null for a missing or unreadable timestamp. */
export function toMillis(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** Published time, else fetched time: what time sort, date filters and month indices use. */
export function sortTime(item: Item): number {
  const fetched = toMillis(item.fetchedAt);
  if (fetched === null) throw new RangeError(`item ${item.id}: fetchedAt is not a timestamp`);
  return toMillis(item.publishedAt) ?? fetched;
}

export function itemDocument(item: Item): ItemDocument {
  return {
    id: item.id,
    item,
    indexed: true,
    source_id: item.sourceId,
    source_key: asciiLower(item.sourceId),
    source_name_key: sourceNameKey(item.sourceName),
    language: item.language,
    country: item.country,
    domestic: item.domestic,
    sort_time: sortTime(item),
    topics: [...new Set(item.topics.map((topic) => topic.topic))],
    tone: item.tone,
    relevance: item.relevance,
    cluster_id: item.clusterId,
    title: normalizeText(item.title ?? '').replace(MARKERS, ' '),
    text: normalizeText(item.text ?? '').replace(MARKERS, ' '),
    sample: sampleSlot(item.id),
  };
}
