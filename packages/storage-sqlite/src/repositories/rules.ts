// RuleRepository: alert rules as JSON documents, and a version counter bumped in the same
// transaction as every change, so processors cache compiled rules and re-read only on a change.
import type { AlertRule, RuleRepository } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';

export function createRuleRepository(db: Database): RuleRepository {
  const upsert = db.prepare(`
    INSERT INTO alert_rules (id, doc, created_at) VALUES (?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`);
  const remove = db.prepare('DELETE FROM alert_rules WHERE id = ?');
  const getOne = db.prepare('SELECT doc FROM alert_rules WHERE id = ?').pluck();
  const listAll = db.prepare('SELECT doc FROM alert_rules ORDER BY created_at, id').pluck();
  const bump = db.prepare("UPDATE alert_counters SET value = value + 1 WHERE name = 'rules_version'");
  const readVersion = db.prepare("SELECT value FROM alert_counters WHERE name = 'rules_version'").pluck();

  const save = db.transaction((rule: AlertRule) => {
    upsert.run(rule.id, JSON.stringify(rule), rule.createdAt);
    bump.run();
  });
  const deleteRule = db.transaction((id: string) => {
    const removed = remove.run(id).changes > 0;
    if (removed) bump.run();
    return removed;
  });

  return {
    async save(rule) {
      save(rule);
    },
    async get(id) {
      const doc = getOne.get(id) as string | undefined;
      return doc === undefined ? null : (JSON.parse(doc) as AlertRule);
    },
    async list() {
      return (listAll.all() as string[]).map((doc) => JSON.parse(doc) as AlertRule);
    },
    async delete(id) {
      return deleteRule(id);
    },
    async version() {
      return readVersion.get() as number;
    },
  };
}
