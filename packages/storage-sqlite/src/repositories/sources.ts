// SourceRepository: what an administrator configures (doc) and what polling learns (state) live
// side by side; upsert replaces the first and never touches the second.
import {
  emptySourceState,
  NotFoundError,
  type PollHold,
  type Source,
  type SourceRepository,
  type SourceState,
  type SourceWithState,
} from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { toMillis } from '../items/item-rows.ts';

interface SourceRow {
  doc: string;
  state: string;
}

const toSource = (row: SourceRow): SourceWithState => ({
  ...(JSON.parse(row.doc) as Source),
  // Older rows lack fields added since: the empty state supplies their defaults.
  state: { ...emptySourceState(''), ...(JSON.parse(row.state) as SourceState) },
});

export function createSourceRepository(db: Database): SourceRepository {
  const upsert = db.prepare(`
    INSERT INTO sources (id, doc, enabled, next_poll_at, state) VALUES (?, ?, ?, NULL, ?)
    ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, enabled = excluded.enabled`);
  const getOne = db.prepare('SELECT doc, state FROM sources WHERE id = ?');
  const listAll = db.prepare('SELECT doc, state FROM sources ORDER BY id');
  // Never-polled sources (NULL) first, then the longest overdue.
  const listDue = db.prepare(`
    SELECT doc, state FROM sources
    WHERE enabled = 1 AND (next_poll_at IS NULL OR next_poll_at <= ?)
    ORDER BY next_poll_at IS NOT NULL, next_poll_at, id LIMIT ?`);
  const saveState = db.prepare('UPDATE sources SET state = ?, next_poll_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM sources WHERE id = ?');
  const postpone = db.prepare(`
    UPDATE sources SET state = json_set(state, '$.nextPollAt', ?), next_poll_at = ? WHERE id = ?`);
  const postponeAll = db.transaction((polls: readonly PollHold[]) => {
    for (const poll of polls) postpone.run(poll.nextPollAt, toMillis(poll.nextPollAt), poll.sourceId);
  });

  return {
    async upsert(source) {
      const state = JSON.stringify(emptySourceState(source.id));
      upsert.run(source.id, JSON.stringify(source), source.enabled ? 1 : 0, state);
    },
    async get(id) {
      const row = getOne.get(id) as SourceRow | undefined;
      return row ? toSource(row) : null;
    },
    async list() {
      return (listAll.all() as SourceRow[]).map(toSource);
    },
    async listDue(now, limit) {
      return (listDue.all(now.getTime(), limit) as SourceRow[]).map(toSource);
    },
    async saveState(state) {
      const result = saveState.run(JSON.stringify(state), toMillis(state.nextPollAt), state.sourceId);
      if (result.changes === 0) throw new NotFoundError(`source ${state.sourceId} not found`);
    },
    async postponePolls(polls) {
      postponeAll(polls);
    },
    async delete(id) {
      return remove.run(id).changes > 0;
    },
  };
}
