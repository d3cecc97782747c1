// The deterministic sample behind estimated totals and facets (search/estimate.ts): every item
// document carries a `sample` slot, a hash of its id, so "the items in slots below k" are a fixed
// share of about k / SAMPLE_SLOTS of any match set, the same rows on every search, spread over
// all dates and sources. A range on the slot is a points query the engine intersects cheaply.

/** Sample slots are 0 … SAMPLE_SLOTS - 1, about as many items in each. */
export const SAMPLE_SLOTS = 1024;

/** A fixed slot per id: FNV-1a (32-bit) over its UTF-16 code units, low 10 bits. */
export function sampleSlot(id: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash & (SAMPLE_SLOTS - 1);
}

/**
 * sampleSlot in Painless, setting `ctx._source.sample`: for `_reindex` or `_update_by_query` of
 * documents written before the slot existed (Java int arithmetic wraps as Math.imul does).
 */
export const SAMPLE_SLOT_PAINLESS =
  'String id = ctx._source.id; int h = -2128831035; ' +
  'for (int i = 0; i < id.length(); i++) { h ^= (int) id.charAt(i); h *= 16777619; } ' +
  `ctx._source.sample = h & ${SAMPLE_SLOTS - 1};`;
