// Highlights for one page of hits: FTS5 highlight() on the exact and folded columns, merged and
// rendered on the exact text (see highlight.ts).
import type { SearchHit } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { CLOSE, markedPositions, OPEN, renderHighlight, stripMarkers } from './highlight.ts';

/** Tokens of body text shown around the matches. */
const TEXT_WINDOW = 40;

interface HighlightRow {
  seq: number;
  title: string;
  titleFolded: string;
  text: string;
  textFolded: string;
}

export function fetchHighlights(
  db: Database,
  scoring: string,
  seqs: number[],
): Map<number, NonNullable<SearchHit['highlights']>> {
  const result = new Map<number, NonNullable<SearchHit['highlights']>>();
  if (seqs.length === 0) return result;
  // One lookup per hit: FTS5 seeks straight to a rowid, where an IN list would scan every match.
  const statement = db.prepare(`
    SELECT rowid AS seq,
      highlight(items_fts, 0, @open, @close) AS title, highlight(items_fts, 2, @open, @close) AS titleFolded,
      highlight(items_fts, 1, @open, @close) AS text, highlight(items_fts, 3, @open, @close) AS textFolded
    FROM items_fts WHERE items_fts MATCH @match AND rowid = @seq`);
  const rows = seqs.flatMap(
    (seq) => statement.all({ open: OPEN, close: CLOSE, match: scoring, seq }) as HighlightRow[],
  );
  for (const row of rows) {
    const title = render(row.title, row.titleFolded);
    const text = render(row.text, row.textFolded, TEXT_WINDOW);
    if (title === null && text === null) continue;
    result.set(row.seq, { ...(title !== null && { title }), ...(text !== null && { text }) });
  }
  return result;
}

function render(exact: string, folded: string, window?: number): string | null {
  const positions = markedPositions(exact);
  for (const position of markedPositions(folded)) positions.add(position);
  return renderHighlight(stripMarkers(exact), positions, window);
}
