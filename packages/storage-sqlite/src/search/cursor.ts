// Opaque keyset cursors: base64url JSON of the last hit's sort key, bound to the request it came
// from by a fingerprint of query, filters and sort. A cursor from another request, another
// store or a forged one is rejected with InvalidCursorError.
import { createHash } from 'node:crypto';
import type { SearchRequest } from '@presswatch/domain';
import { InvalidCursorError } from '@presswatch/domain';

export interface SortKey {
  /** Sort time in ms (published, else fetched). */
  time: number;
  id: string;
  /** bm25 rank (lower is better; 0 when the hit has no text match); relevance sort only. */
  rank?: number;
}

const VERSION = 1;

export function requestFingerprint(request: SearchRequest): string {
  const basis = stableJson({ q: request.query, f: request.filters ?? {}, s: request.sort ?? 'time' });
  return createHash('sha256').update(basis).digest('base64url').slice(0, 16);
}

export function encodeCursor(fingerprint: string, key: SortKey): string {
  const body = { v: VERSION, f: fingerprint, t: key.time, i: key.id, r: key.rank };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

export function decodeCursor(cursor: string, fingerprint: string, withRank: boolean): SortKey {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('cursor is not readable');
  }
  const { v, f, t, i, r } = (body ?? {}) as Record<string, unknown>;
  if (v !== VERSION || f !== fingerprint) throw new InvalidCursorError('cursor belongs to another search');
  if (typeof t !== 'number' || typeof i !== 'string') throw new InvalidCursorError('cursor is malformed');
  if (withRank && typeof r !== 'number') throw new InvalidCursorError('cursor is malformed');
  return withRank ? { time: t, id: i, rank: r as number } : { time: t, id: i };
}

/** JSON with object keys sorted, so equal requests give equal fingerprints. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
