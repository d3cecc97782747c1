// Version 1: items with their FTS5 index, sources, fetched documents, API tokens.
//
// items_fts holds two forms of every text (DESIGN.md, "Text, Vietnamese first"):
//   title, text                 normalised exact text (NFC, tone marks), lower-cased by the tokenizer
//   title_folded, text_folded   foldText() of the same: no diacritics, đ→d
// remove_diacritics 0 keeps `biển` and `biên` apart in the exact columns; the folded columns let
// `bien` find both. The token categories include marks (M*) so Lao/Thai vowel signs stay inside
// words, as in @presswatch/text tokenize(). The table keeps its own content (not contentless)
// because highlight() needs the column text; its rowid is items.seq. (Version 11 makes it
// contentless: highlights are computed from the item documents now.)
import type { Migration } from './runner.ts';

export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
    CREATE TABLE items (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      source_id TEXT NOT NULL,
      source_name_key TEXT NOT NULL,
      language TEXT,
      country TEXT,
      domestic INTEGER NOT NULL,
      published_at INTEGER,
      fetched_at INTEGER NOT NULL,
      sort_time INTEGER NOT NULL,
      indexed INTEGER NOT NULL DEFAULT 1,
      doc TEXT NOT NULL
    );
    CREATE INDEX items_by_time ON items (sort_time DESC, id DESC);
    CREATE INDEX items_by_source ON items (source_id);

    CREATE VIRTUAL TABLE items_fts USING fts5(
      title, text, title_folded, text_folded,
      tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
    );
    CREATE TRIGGER items_fts_on_delete AFTER DELETE ON items BEGIN
      DELETE FROM items_fts WHERE rowid = old.seq;
    END;

    CREATE TABLE sources (
      id TEXT PRIMARY KEY,
      doc TEXT NOT NULL,
      enabled INTEGER NOT NULL,
      next_poll_at INTEGER,
      state TEXT NOT NULL
    );
    CREATE INDEX sources_due ON sources (enabled, next_poll_at);

    CREATE TABLE documents (
      id TEXT PRIMARY KEY,
      doc TEXT NOT NULL,
      stored_at INTEGER NOT NULL
    );

    CREATE TABLE api_tokens (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      role TEXT NOT NULL,
      secret_hash TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    );
  `,
};
