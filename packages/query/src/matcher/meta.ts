// Meta filters with the semantics of the SQLite adapter (storage-sqlite/src/search/compile-query.ts):
//   source:  the source id, ASCII case-insensitive (COLLATE NOCASE), or the source name's key
//            (normalised, trimmed, lower-cased) equal to the value's
//   lang:    language equal to the value;  country: country equal to the value
//   topic:   one of the item's topics equal to the value
// A document without a language or country gives "unknown" (SQL NULL) for lang:/country:, so
// neither `lang:vi` nor `NOT lang:vi` matches it, as in SQL.
import type { MatchableDocument, MetaField } from '@presswatch/domain';
import { normalizeText } from '@presswatch/text';

/** true, false, or null for unknown (three-valued logic, as SQL evaluates the filters). */
export type Truth = boolean | null;

export function compileMeta(field: MetaField, value: string): (doc: MatchableDocument) => Truth {
  switch (field) {
    case 'source': {
      const id = asciiLower(value);
      const key = sourceNameKey(value);
      return (doc) => asciiLower(doc.meta.sourceId) === id || sourceNameKey(doc.meta.sourceName) === key;
    }
    case 'lang':
      return (doc) => (doc.meta.language == null ? null : doc.meta.language === value);
    case 'country':
      return (doc) => (doc.meta.country == null ? null : doc.meta.country === value);
    case 'topic':
      return (doc) => doc.meta.topics.includes(value);
  }
}

/** SQLite NOCASE folds ASCII letters only. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}

/** The key the SQLite adapter stores for a source name (items/item-rows.ts sourceNameKey). */
function sourceNameKey(name: string): string {
  return normalizeText(name).trim().toLowerCase();
}
