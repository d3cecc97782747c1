// Version 9: dossiers and the argument library.
//
// argument_cards     one row per card; topics and evidence as JSON (the library is small: lists
//                    read it whole and filter in memory).
// dossiers           one row per dossier.
// dossier_sections   the dossier's claims and arguments in order (position 0..n-1); item and
//                    card are JSON snapshots taken when the section was added.
import type { Migration } from './runner.ts';

export const dossiers: Migration = {
  version: 9,
  name: 'dossiers',
  sql: `
    CREATE TABLE argument_cards (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      statement TEXT NOT NULL,
      topics TEXT NOT NULL,
      evidence TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    );

    CREATE TABLE dossiers (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      topic TEXT,
      summary TEXT NOT NULL,
      owner_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE dossier_sections (
      id TEXT PRIMARY KEY,
      dossier_id TEXT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('claim', 'argument')),
      position INTEGER NOT NULL,
      note TEXT NOT NULL,
      quote TEXT NOT NULL,
      item TEXT,
      card_id TEXT,
      card TEXT
    );
    CREATE INDEX dossier_sections_by_dossier ON dossier_sections (dossier_id, position);
  `,
};
