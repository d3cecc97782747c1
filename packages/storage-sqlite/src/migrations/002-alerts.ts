// Alerting: rules (with a version counter for processors' caches), alerts and the (rule, item)
// pairs that make matching idempotent, webhook subscriptions and their delivery log, digest
// subscriptions and sends, and per-item activity counts for spike detection.
import type { Migration } from './runner.ts';

export const alerts: Migration = {
  version: 2,
  name: 'alerts',
  sql: `
    CREATE TABLE alert_rules (
      id TEXT PRIMARY KEY,
      doc TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE TABLE alert_counters (
      name TEXT PRIMARY KEY,
      value INTEGER NOT NULL
    );
    INSERT INTO alert_counters (name, value) VALUES ('rules_version', 0);

    CREATE TABLE alerts (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL,
      rule_id TEXT,
      cluster_id TEXT,
      status TEXT NOT NULL,
      assignee_id TEXT,
      created_at INTEGER NOT NULL,
      doc TEXT NOT NULL
    );
    CREATE INDEX alerts_open_by_cluster ON alerts (rule_id, cluster_id) WHERE status <> 'resolved';
    CREATE INDEX alerts_by_status ON alerts (status, seq);
    CREATE INDEX alerts_by_rule ON alerts (rule_id, seq);

    CREATE TABLE alert_items (
      rule_id TEXT NOT NULL,
      item_id TEXT NOT NULL,
      alert_id TEXT NOT NULL,
      outcome TEXT NOT NULL,
      at TEXT NOT NULL,
      PRIMARY KEY (rule_id, item_id)
    ) WITHOUT ROWID;

    CREATE TABLE webhook_subscriptions (
      id TEXT PRIMARY KEY,
      doc TEXT NOT NULL,
      next_slot_at INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    );

    CREATE TABLE deliveries (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      subscription_id TEXT NOT NULL,
      status TEXT NOT NULL,
      held_until TEXT NOT NULL,
      entry_count INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      doc TEXT NOT NULL
    );
    CREATE INDEX deliveries_open ON deliveries (subscription_id, held_until, seq) WHERE status = 'open';
    CREATE INDEX deliveries_by_subscription ON deliveries (subscription_id, seq);

    CREATE TABLE delivery_entries (
      subscription_id TEXT NOT NULL,
      entry_key TEXT NOT NULL,
      delivery_id TEXT NOT NULL,
      PRIMARY KEY (subscription_id, entry_key)
    ) WITHOUT ROWID;

    CREATE TABLE digest_subscriptions (
      id TEXT PRIMARY KEY,
      user_id TEXT NOT NULL,
      doc TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX digest_subscriptions_by_user ON digest_subscriptions (user_id);

    CREATE TABLE digest_sends (
      subscription_id TEXT NOT NULL,
      day TEXT NOT NULL,
      status TEXT NOT NULL,
      doc TEXT NOT NULL,
      PRIMARY KEY (subscription_id, day)
    ) WITHOUT ROWID;

    CREATE TABLE activity_counts (
      key TEXT NOT NULL,
      item_id TEXT NOT NULL,
      at INTEGER NOT NULL,
      PRIMARY KEY (key, item_id)
    ) WITHOUT ROWID;
    CREATE INDEX activity_by_key_time ON activity_counts (key, at);
    CREATE INDEX activity_by_time ON activity_counts (at);
  `,
};
