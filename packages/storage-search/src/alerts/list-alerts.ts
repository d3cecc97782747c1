// The alert inbox: newest first (insertion order), filtered on status, rule, topic, kind and
// assignee, paged with an opaque search_after cursor. Reads see the last refresh.
import { type Alert, type AlertQuery, InvalidCursorError } from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import type { Dsl } from '../query/text-query.ts';

export async function listAlerts(
  client: EngineClient,
  index: string,
  query: AlertQuery,
): Promise<{ alerts: Alert[]; nextCursor: string | null }> {
  const filter: Dsl[] = [];
  if (query.status?.length) filter.push({ terms: { status: query.status } });
  const equal = (field: string, value: string | undefined) => {
    if (value !== undefined) filter.push({ term: { [field]: value } });
  };
  equal('rule_id', query.ruleId);
  equal('kind', query.kind);
  equal('assignee_id', query.assigneeId);
  equal('topics', query.topic);
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const response = await client.search(index, {
    query: { bool: { filter } },
    sort: [{ seq: 'desc' }, { id: 'desc' }],
    size: query.limit + 1,
    _source: ['alert'],
    ...(after && { search_after: after }),
  });
  const rows = response.hits.hits;
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    alerts: page.map((hit) => hit._source?.alert as Alert),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.sort ?? []) : null,
  };
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify({ alerts: values })).toString('base64url');
}

function decodeCursor(cursor: string): [number, string] {
  try {
    const { alerts } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { alerts?: unknown };
    if (Array.isArray(alerts) && typeof alerts[0] === 'number' && typeof alerts[1] === 'string') {
      return [alerts[0], alerts[1]];
    }
  } catch {}
  throw new InvalidCursorError('alert cursor is not readable');
}
