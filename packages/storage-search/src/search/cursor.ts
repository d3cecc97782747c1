// Opaque search_after cursors with the SQLite adapter's semantics: base64url JSON of the last
// hit's sort values, bound to the request it came from by a fingerprint of query, filters and
// sort. A cursor from another request, or a forged or unreadable one, is an InvalidCursorError.
import { createHash } from 'node:crypto';
import type { SearchRequest } from '@presswatch/domain';
import { InvalidCursorError } from '@presswatch/domain';

/** The sort values of a hit: [time, id] or, by relevance, [score, time, id]. */
export type SortValues = [number, string] | [number, number, string];

const VERSION = 'e1';

export function requestFingerprint(request: SearchRequest): string {
  const basis = stableJson({ q: request.query, f: request.filters ?? {}, s: request.sort ?? 'time' });
  return createHash('sha256').update(basis).digest('base64url').slice(0, 16);
}

export function encodeCursor(fingerprint: string, values: SortValues): string {
  return Buffer.from(JSON.stringify({ v: VERSION, f: fingerprint, a: values })).toString('base64url');
}

export function decodeCursor(cursor: string, fingerprint: string, byScore: boolean): SortValues {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('cursor is not readable');
  }
  const { v, f, a } = (body ?? {}) as Record<string, unknown>;
  if (v !== VERSION || f !== fingerprint) throw new InvalidCursorError('cursor belongs to another search');
  if (!Array.isArray(a) || !isSortValues(a, byScore)) throw new InvalidCursorError('cursor is malformed');
  return a as SortValues;
}

function isSortValues(values: unknown[], byScore: boolean): boolean {
  const numbers = byScore ? 2 : 1;
  if (values.length !== numbers + 1) return false;
  return values.slice(0, numbers).every((v) => typeof v === 'number') && typeof values[numbers] === 'string';
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
