// AlertRepository over the engine, safe with many processors writing at once. Every decision is
// made on real-time GETs by id and every write is conditional: a new alert or pair is created
// only if absent (op_type create), an alert is changed only if unchanged since it was read
// (if_seq_no / if_primary_term), a cluster's slot likewise. A conflict (409) means another
// process got there first: the step is read again and redone, so no match is lost or counted
// twice. The pair (rule, item) is written last; a process that died before writing it leaves an
// alert that already holds the item, which the retry recognises.
import {
  type Alert,
  type AlertRepository,
  extendedMatchAlert,
  type MatchInput,
  type MatchOutcome,
  NotFoundError,
  openedMatchAlert,
} from '@presswatch/domain';
import { type DocVersion, type EngineClient, EngineError, isTransient } from '../client/engine-client.ts';
import type { AlertIndices } from './alert-indices.ts';
import { listAlerts } from './list-alerts.ts';

const MAX_CONFLICTS = 30;

interface Pair {
  alert_id: string;
  outcome: 'opened' | 'extended';
  at: string;
}

/** A slot naming an alert not written yet is its opener's for this long (then presumed dead). */
const PENDING_SLOT_MS = 30_000;

interface StoredAlert {
  alert: Alert;
  version: DocVersion;
  seq: number;
}

export function createAlertRepository(
  client: EngineClient,
  indices: AlertIndices,
  ensureIndices: () => Promise<void>,
): AlertRepository {
  let counter = 0;
  const nextSeq = () => Date.now() * 1000 + (counter++ % 1000);

  const readAlert = async (id: string): Promise<StoredAlert | null> => {
    const stored = await client.getDoc(indices.alerts, id);
    if (!stored) return null;
    return { alert: stored.source.alert as Alert, version: stored.version, seq: Number(stored.source.seq) };
  };
  const writeAlert = (alert: Alert, seq: number, options: { create?: boolean; ifVersion?: DocVersion }) =>
    client.putDoc(indices.alerts, alert.id, alertDocument(alert, seq), options);

  /** The cluster's open alert for the rule, if its slot names one that is not resolved. */
  const openAlertOf = async (ruleId: string, clusterId: string): Promise<StoredAlert | null> => {
    const slot = await client.getDoc(indices.slots, `${ruleId}|${clusterId}`);
    const alertId = slot?.source.alert_id as string | undefined;
    const stored = alertId ? await readAlert(alertId) : null;
    return stored && stored.alert.status !== 'resolved' ? stored : null;
  };

  /**
   * Points the cluster's slot at a new alert before the alert is written, so two processes
   * cannot both open one: the slot is taken only when it is free (absent, its alert resolved, or
   * a claim whose alert never came); otherwise a 409 sends the caller round again to extend.
   */
  const claimSlot = async (ruleId: string, clusterId: string, alertId: string): Promise<void> => {
    const id = `${ruleId}|${clusterId}`;
    const slot = await client.getDoc(indices.slots, id);
    const current = slot?.source.alert_id as string | undefined;
    if (current === alertId) return;
    if (slot && current) {
      const holder = await readAlert(current);
      const pending = !holder && Date.now() - Number(slot.source.claimed_ms ?? 0) < PENDING_SLOT_MS;
      if (pending || (holder && holder.alert.status !== 'resolved')) {
        throw new EngineError(
          409,
          'version_conflict_engine_exception',
          `cluster ${clusterId} has an open alert`,
        );
      }
    }
    const doc = { alert_id: alertId, claimed_ms: Date.now() };
    await client.putDoc(indices.slots, id, doc, slot ? { ifVersion: slot.version } : { create: true });
  };

  const recordOnce = async (input: MatchInput): Promise<MatchOutcome> => {
    const pairId = `${input.ruleId}|${input.item.id}`;
    const pair = (await client.getDoc(indices.pairs, pairId))?.source as Pair | undefined;
    if (pair) {
      const stored = await readAlert(pair.alert_id);
      if (stored) return { outcome: pair.outcome, repeated: true, alert: stored.alert, at: pair.at };
    }
    const clusterId = input.onePerCluster ? input.item.clusterId : null;
    const open = clusterId ? await openAlertOf(input.ruleId, clusterId) : null;
    let outcome: MatchOutcome;
    if (open) {
      // The item may be in it already: added by an attempt that died before writing its pair,
      // or by a concurrent attempt for the same item (then the alert may even be this item's own).
      const known = open.alert.itemIds.includes(input.item.id);
      const next = known ? open.alert : extendedMatchAlert(open.alert, input);
      if (!known) await writeAlert(next, open.seq, { ifVersion: open.version });
      const own = open.alert.itemIds[0] === input.item.id;
      outcome = { outcome: own ? 'opened' : 'extended', repeated: false, alert: next, at: input.at };
    } else {
      const alert = openedMatchAlert(input, clusterId);
      if (clusterId) await claimSlot(input.ruleId, clusterId, alert.id);
      // The id is this rule and item's: an alert under it is ours, from an attempt that died.
      const existing = await readAlert(alert.id);
      if (!existing) await writeAlert(alert, nextSeq(), { create: true });
      outcome = { outcome: 'opened', repeated: false, alert: existing?.alert ?? alert, at: input.at };
    }
    const record = { alert_id: outcome.alert.id, outcome: outcome.outcome, at: input.at };
    await client.putDoc(indices.pairs, pairId, record, { create: true });
    return outcome;
  };

  return {
    async recordMatch(input) {
      await ensureIndices();
      return retryOnConflict(() => recordOnce(input));
    },
    async recordSpike(alert) {
      await ensureIndices();
      try {
        await writeAlert(alert, nextSeq(), { create: true });
        return { created: true, alert };
      } catch (error) {
        if (!isConflict(error)) throw error;
        const existing = await readAlert(alert.id);
        if (!existing) throw error;
        return { created: false, alert: existing.alert };
      }
    },
    async get(id) {
      await ensureIndices();
      return (await readAlert(id))?.alert ?? null;
    },
    async list(query) {
      await ensureIndices();
      return listAlerts(client, indices.alerts, query);
    },
    mutate: async (id, change) => {
      await ensureIndices();
      return retryOnConflict(async () => {
        const stored = await readAlert(id);
        if (!stored) throw new NotFoundError(`No alert ${id}`);
        const next = { ...change(stored.alert), id };
        await writeAlert(next, stored.seq, { ifVersion: stored.version });
        return next;
      });
    },
  };
}

function isConflict(error: unknown): boolean {
  return error instanceof EngineError && error.status === 409;
}

/** Worth another round: a conflict, or a shard not serving yet (just created, relocating). */
function isRetryable(error: unknown): boolean {
  return isConflict(error) || (error instanceof EngineError && isTransient(error.status));
}

async function retryOnConflict<T>(step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (!isRetryable(error) || attempt >= MAX_CONFLICTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

function alertDocument(alert: Alert, seq: number): Record<string, unknown> {
  return {
    id: alert.id,
    alert,
    kind: alert.kind,
    rule_id: alert.ruleId,
    cluster_id: alert.clusterId,
    status: alert.status,
    assignee_id: alert.assigneeId,
    topics: alert.topics,
    seq,
  };
}
