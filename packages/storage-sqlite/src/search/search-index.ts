// SearchIndex over items + items_fts. indexMany writes the item rows too (search reads them);
// remove takes items out of search but keeps them in the store.
import type { SearchIndex } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import type { ItemWriter } from '../items/item-writer.ts';
import { runAggregate } from './aggregate.ts';
import { runSearch, type SearchOptions } from './run-search.ts';

export function createSearchIndex(
  db: Database,
  writer: ItemWriter,
  options: SearchOptions = {},
): SearchIndex {
  return {
    async indexMany(items) {
      if (items.length > 0) writer.write(items);
    },
    async remove(ids) {
      if (ids.length > 0) writer.unindex(ids);
    },
    async search(request) {
      return runSearch(db, request, options);
    },
    async aggregate(request) {
      return runAggregate(db, request);
    },
  };
}
