// Version 5: a compact covering index of what search reads for every match. An items row holds
// the whole document (kilobytes, a page or more per row), so counting, faceting and sorting a
// match set through the table reads a page per match; this index holds the keys of ~60 rows per
// page. Search names it (INDEXED BY) when a query has text: it is probed by seq for each FTS5
// match. Only searchable rows are in it.
//
// (Highlights no longer read items_fts's stored text, see search/highlight.ts; a later migration
// could rebuild items_fts contentless, with contentless_delete=1, for a ~45% smaller file.)
import type { Migration } from './runner.ts';

export const searchKeys: Migration = {
  version: 5,
  name: 'search-keys',
  sql: `
    CREATE INDEX items_search
      ON items (seq, sort_time, id, source_id, language, country, domestic, source_name_key)
      WHERE indexed = 1;
  `,
};
