// Where items live: time-based indices `<prefix>-items-YYYY` (by the item's sort time: published,
// else fetched, UTC year), all behind the read alias `<prefix>-items`. One composable index
// template gives every such index the analysers, the mapping, the index sort and the alias, so a
// year's index can be created on first write.
//
// Years, not months: every search runs on every shard, and a shard costs a fixed share of each
// search (at a million items, 38 one-shard month indices on two cores spent more time per query
// than 4 year indices; bench/README.md, engine-million). Deployments made before keep their
// `-YYYY.MM` indices behind the same alias (see LEGACY_INDEX below).
//
// Each index is sorted by time, newest first (the time sort of searches), so a search by time
// stops early in every segment once it has its page and the bounded count (search/run-search.ts).
//
// Text fields (DESIGN.md, "Text, Vietnamese first"): `title` and `text` hold normalizeText() of
// the item's text (NFC, one tone-mark style), cut into the same tokens as the SQLite adapter's
// unicode61 tokenizer (runs of L/N/M/Co characters) and lower-cased: the exact form, where `biển`
// ≠ `biên`. Their `.folded` sub-fields add asciifolding (which folds the precomposed Vietnamese
// letters and đ→d on NFC text): the folded form, where `bien` finds both.

export interface IndexLayout {
  /** Read alias over every item index. */
  alias: string;
  /** Wildcard matching every item index. */
  pattern: string;
  template: string;
  indexFor(sortTimeMs: number): string;
  /**
   * Whether an index has the `sample` field: not the month indices of deployments made before it
   * (strict mappings refuse unknown fields; bench/engine-million-migrate.ts moves them over).
   */
  hasSampleSlots(index: string): boolean;
}

/** `<prefix>-items-YYYY.MM`: the month indices of the layout before years. */
const LEGACY_INDEX = /-items-\d{4}\.\d{2}$/;

export function itemIndexLayout(prefix: string): IndexLayout {
  const base = `${prefix}-items`;
  return {
    alias: base,
    pattern: `${base}-*`,
    template: base,
    indexFor(ms) {
      return `${base}-${new Date(ms).getUTCFullYear()}`;
    },
    hasSampleSlots: (index) => !LEGACY_INDEX.test(index),
  };
}

const WORD_SEPARATORS = '[^\\p{L}\\p{N}\\p{M}\\p{Co}]+';

const textField = {
  type: 'text',
  analyzer: 'pw_exact',
  fields: { folded: { type: 'text', analyzer: 'pw_folded' } },
};

export interface TemplateOptions {
  shards: number;
  replicas: number;
  /** Composable templates do not merge: the highest priority wins, so ours must beat catch-alls. */
  priority: number;
}

export function itemIndexTemplate(layout: IndexLayout, options: TemplateOptions): Record<string, unknown> {
  return {
    index_patterns: [layout.pattern],
    priority: options.priority,
    template: {
      aliases: { [layout.alias]: {} },
      settings: {
        number_of_shards: options.shards,
        number_of_replicas: options.replicas,
        // The order of time-sorted searches (run-search.ts): they end early in each segment.
        sort: { field: ['sort_time', 'id'], order: ['desc', 'desc'] },
        analysis: {
          tokenizer: { pw_words: { type: 'pattern', pattern: WORD_SEPARATORS } },
          analyzer: {
            pw_exact: { type: 'custom', tokenizer: 'pw_words', filter: ['lowercase'] },
            pw_folded: { type: 'custom', tokenizer: 'pw_words', filter: ['lowercase', 'asciifolding'] },
          },
        },
      },
      mappings: {
        dynamic: 'strict',
        properties: {
          id: { type: 'keyword' },
          /** The item as given, returned as is; not indexed. */
          item: { type: 'object', enabled: false },
          /** false after SearchIndex.remove: kept in the store, out of search. */
          indexed: { type: 'boolean' },
          source_id: { type: 'keyword' },
          /** ASCII-lower-cased id: `source:` matches ids case-insensitively (as COLLATE NOCASE). */
          source_key: { type: 'keyword' },
          source_name_key: { type: 'keyword' },
          language: { type: 'keyword' },
          country: { type: 'keyword' },
          domestic: { type: 'boolean' },
          sort_time: { type: 'date', format: 'epoch_millis' },
          topics: { type: 'keyword' },
          tone: { type: 'double' },
          relevance: { type: 'double' },
          cluster_id: { type: 'keyword' },
          /** sampleSlot(id): estimated totals and facets count the items of a few slots. */
          sample: { type: 'integer' },
          title: textField,
          text: textField,
        },
      },
    },
  };
}
