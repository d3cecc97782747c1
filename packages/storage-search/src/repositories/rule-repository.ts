// RuleRepository over the engine: alert rules, and beside them in the same index one counter
// document whose value counts every save and delete (the processors' rule caches compare it on
// every item, a real-time GET). The counter is bumped after the rule is written, with a
// conditional write retried on conflict, so two processes saving at once both count and a cache
// that reads the new value also reads the new rule. Rule writes wait for a refresh (rules are
// few and a list right after a save must show it).
import type { AlertRule, RuleRepository } from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import { type Collection, openCollection } from '../collection/index.ts';

export type RuleDoc =
  | { kind: 'rule'; rule: AlertRule; created_at: string }
  | { kind: 'version'; value: number };

/** The counter's id: not a rule id (those come from the API or the config). */
const VERSION_ID = '~rules-version';

export function rulesCollection(
  client: EngineClient,
  options: { prefix: string; replicas: number },
): Collection<RuleDoc> {
  return openCollection<RuleDoc>(client, {
    name: 'rules',
    ...options,
    properties: {
      kind: { type: 'keyword' },
      rule: { type: 'object', enabled: false },
      created_at: { type: 'date' },
      value: { type: 'long' },
    },
  });
}

const ruleOf = (doc: RuleDoc | undefined): AlertRule | null => (doc?.kind === 'rule' ? doc.rule : null);

export function createRuleRepository(rules: Collection<RuleDoc>): RuleRepository {
  const bumpVersion = () =>
    rules.modify(
      VERSION_ID,
      (current) => ({ kind: 'version', value: (current?.kind === 'version' ? current.value : 0) + 1 }),
      { refresh: false },
    );

  return {
    async save(rule) {
      // As in SQLite, a rule keeps its place in the list (its first createdAt) when replaced.
      await rules.modify(rule.id, (current) => ({
        kind: 'rule',
        rule,
        created_at: current?.kind === 'rule' ? current.created_at : rule.createdAt,
      }));
      await bumpVersion();
    },
    async get(id) {
      return ruleOf((await rules.get(id))?.doc);
    },
    async list() {
      const hits = await rules.findAll({
        filter: { where: [{ term: { kind: 'rule' } }] },
        sort: [{ created_at: 'asc' }],
      });
      return hits.flatMap((hit) => ruleOf(hit.doc) ?? []);
    },
    async delete(id) {
      if (id === VERSION_ID || !(await rules.delete(id))) return false;
      await bumpVersion();
      return true;
    },
    async version() {
      const stored = await rules.get(VERSION_ID);
      return stored?.doc.kind === 'version' ? stored.doc.value : 0;
    },
  };
}
