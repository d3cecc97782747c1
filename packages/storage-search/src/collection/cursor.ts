// Opaque list cursors over search_after: base64url JSON of the last hit's sort values, tagged
// with the list they belong to. A forged, unreadable or foreign cursor is an InvalidCursorError.
import { InvalidCursorError } from '@presswatch/domain';

export function encodeSortCursor(tag: string, values: unknown[]): string {
  return Buffer.from(JSON.stringify({ t: tag, a: values })).toString('base64url');
}

export function decodeSortCursor(tag: string, cursor: string): unknown[] {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('cursor is not readable');
  }
  const { t, a } = (body ?? {}) as Record<string, unknown>;
  if (t !== tag) throw new InvalidCursorError('cursor belongs to another list');
  const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  if (!Array.isArray(a) || a.length === 0 || !a.every(scalar))
    throw new InvalidCursorError('cursor is malformed');
  return a;
}
