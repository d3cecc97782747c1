// WebSubRepository: the subscription as one JSON document, with the columns its lookups need
// (source, state, lease end in epoch ms) beside it.
import type { WebSubRepository, WebSubSubscription } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';

const toSubscription = (row: { doc: string }): WebSubSubscription =>
  JSON.parse(row.doc) as WebSubSubscription;

export function createWebSubRepository(db: Database): WebSubRepository {
  const upsert = db.prepare(`
    INSERT INTO websub_subscriptions (id, source_id, state, requested_at, expires_at, doc)
    VALUES (@id, @sourceId, @state, @requestedAt, @expiresAt, @doc)
    ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, state = excluded.state,
      requested_at = excluded.requested_at, expires_at = excluded.expires_at, doc = excluded.doc`);
  const getOne = db.prepare('SELECT doc FROM websub_subscriptions WHERE id = ?');
  const bySource = db.prepare(
    'SELECT doc FROM websub_subscriptions WHERE source_id = ? ORDER BY requested_at DESC, id',
  );
  const expiring = db.prepare(`
    SELECT doc FROM websub_subscriptions
    WHERE state = 'active' AND expires_at IS NOT NULL AND expires_at <= ?
    ORDER BY expires_at, id LIMIT ?`);

  return {
    async save(subscription) {
      upsert.run({
        id: subscription.id,
        sourceId: subscription.sourceId,
        state: subscription.state,
        requestedAt: subscription.requestedAt,
        expiresAt: subscription.expiresAt === null ? null : Date.parse(subscription.expiresAt),
        doc: JSON.stringify(subscription),
      });
    },
    async get(id) {
      const row = getOne.get(id) as { doc: string } | undefined;
      return row ? toSubscription(row) : null;
    },
    async listBySource(sourceId) {
      return (bySource.all(sourceId) as { doc: string }[]).map(toSubscription);
    },
    async listExpiring(before, limit) {
      return (expiring.all(before.getTime(), limit) as { doc: string }[]).map(toSubscription);
    },
  };
}
