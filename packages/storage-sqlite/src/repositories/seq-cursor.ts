// Opaque keyset cursors over an INTEGER PRIMARY KEY `seq` for newest-first lists (audit log,
// saved searches). The cursor is the last seq returned; a tampered cursor is rejected.
import { InvalidCursorError } from '@presswatch/domain';

export function encodeSeqCursor(seq: number): string {
  return Buffer.from(`seq:${seq}`).toString('base64url');
}

export function decodeSeqCursor(cursor: string): number {
  const match = /^seq:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new InvalidCursorError('Invalid cursor');
  return Number(match[1]);
}

/** Fetches limit + 1 rows to know whether a next page exists. */
export function pageOf<Row extends { seq: number }>(
  rows: Row[],
  limit: number,
): { rows: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last ? encodeSeqCursor(last.seq) : null };
}
