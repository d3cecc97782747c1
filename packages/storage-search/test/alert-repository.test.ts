// The alert repository on the test search node: the same sequence of matches gives the same
// outcomes and inbox as the SQLite adapter, and two stores (two processors) recording and
// changing alerts at once lose nothing and count nothing twice (optimistic concurrency).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Alert, type AlertRepository, type MatchInput, NotFoundError } from '@presswatch/domain';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engineStorage, noNodeReason, searchEsCompatUrl, searchUrl } from './engine.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 3, minute)).toISOString();
const match = (ruleId: string, itemId: string, clusterId: string | null, minute: number): MatchInput => ({
  ruleId,
  onePerCluster: true,
  item: { id: itemId, clusterId, topics: [`t-${itemId}`] },
  at: at(minute),
});

/** Opens, extends, repeats, resolves and reopens; returns every outcome and the final inbox. */
async function scenario(alerts: AlertRepository, settle: () => Promise<void>) {
  const outcomes: unknown[] = [];
  const record = async (input: MatchInput) => {
    const { outcome, repeated, alert } = await alerts.recordMatch(input);
    outcomes.push([input.item.id, outcome, repeated, alert.id, alert.itemIds]);
  };
  await record(match('r1', 'a', 'c1', 0));
  await record(match('r1', 'b', 'c1', 1));
  await record(match('r1', 'a', 'c1', 2));
  await record(match('r2', 'a', 'c1', 3));
  await record(match('r1', 'x', null, 4));
  const first = (await alerts.recordMatch(match('r1', 'a', 'c1', 5))).alert;
  await alerts.mutate(first.id, (alert) => ({ ...alert, status: 'resolved', resolvedAt: at(6) }));
  await record(match('r1', 'c', 'c1', 7));
  await settle();
  const all = await alerts.list({ limit: 10 });
  const open = await alerts.list({ limit: 10, status: ['new'], ruleId: 'r1' });
  return {
    outcomes,
    all: all.alerts.map((a) => [a.id, a.itemIds, a.status]),
    open: open.alerts.map((a) => a.id),
  };
}

const CLIENTS = [
  ...(searchUrl ? (['opensearch'] as const) : []),
  ...(searchEsCompatUrl ? (['elasticsearch'] as const) : []),
];

// Registered only without a node, so a run with one reports no skipped test.
if (CLIENTS.length === 0) {
  describe('alerts on the search engine', () => {
    it.skip(noNodeReason, () => {
      expect(searchUrl).not.toBe('');
    });
  });
}

describe.each(CLIENTS)('alerts on the search engine (%s client)', (client) => {
  let engine: Awaited<ReturnType<typeof engineStorage>>;

  beforeEach(async () => {
    engine = await engineStorage(client);
  });

  afterEach(async () => {
    await engine.cleanup();
  });

  it('records matches as the SQLite adapter does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presswatch-alerts-'));
    const sqlite = openSqliteStorage({ path: join(dir, 'store.db') });
    try {
      const expected = await scenario(sqlite.alerts, async () => {});
      expect(expected.outcomes).toHaveLength(6);
      expect(await scenario(engine.alerts, () => engine.refresh())).toEqual(expected);
    } finally {
      sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('pages the inbox with an opaque cursor and rejects a forged one', async () => {
    for (let i = 0; i < 5; i++) await engine.alerts.recordMatch(match('r', `i${i}`, null, 0));
    await engine.refresh();
    const first = await engine.alerts.list({ limit: 2 });
    const second = await engine.alerts.list({ limit: 2, cursor: first.nextCursor });
    const third = await engine.alerts.list({ limit: 2, cursor: second.nextCursor });
    const pages = [...first.alerts, ...second.alerts, ...third.alerts].map((a) => a.itemIds[0]);
    expect(pages).toEqual(['i4', 'i3', 'i2', 'i1', 'i0']);
    expect(third.nextCursor).toBeNull();
    await expect(engine.alerts.list({ limit: 2, cursor: 'bogus' })).rejects.toThrow(/cursor/);
  });

  it('joins concurrent matches of one cluster from two processes into one alert, each item once', async () => {
    // A second store on the same indices, as a second processor would have.
    const peer = await engineStorage(client, engine.prefix);
    const stores = [engine.alerts, peer.alerts];
    const inputs = Array.from({ length: 12 }, (_, n) => match('rule', `item-${n}`, 'story', n));
    // Every item twice (a re-delivered job), from alternating processes, all at once.
    const results = await Promise.all(
      [...inputs, ...inputs].map((input, n) => stores[n % 2]!.recordMatch(input)),
    );
    await peer.close();
    const ids = new Set(results.map((result) => result.alert.id));
    expect(ids.size).toBe(1);
    const alert = (await engine.alerts.get([...ids][0]!)) as Alert;
    expect([...alert.itemIds].sort()).toEqual(inputs.map((input) => input.item.id).sort());
    expect(results.filter((result) => result.outcome === 'opened' && !result.repeated)).toHaveLength(1);
    expect(results.filter((result) => result.repeated)).toHaveLength(12);
  });

  it('applies concurrent changes to one alert one after the other (if_seq_no), none lost', async () => {
    const { alert } = await engine.alerts.recordMatch(match('r', 'a', null, 0));
    const note =
      (n: number) =>
      (current: Alert): Alert => ({
        ...current,
        notes: [...current.notes, { at: at(n), author: 'system', text: `note ${n}` }],
      });
    await Promise.all(Array.from({ length: 15 }, (_, n) => engine.alerts.mutate(alert.id, note(n))));
    const stored = (await engine.alerts.get(alert.id)) as Alert;
    expect(stored.notes.map((n) => n.text).sort()).toEqual(
      Array.from({ length: 15 }, (_, n) => `note ${n}`).sort(),
    );
    await expect(engine.alerts.mutate('missing', (a) => a)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('records a spike alert once', async () => {
    const { alert } = await engine.alerts.recordMatch(match('r', 'a', null, 0));
    const spike: Alert = { ...alert, id: 'sp_1', kind: 'spike', ruleId: null };
    expect((await engine.alerts.recordSpike(spike)).created).toBe(true);
    const again = await engine.alerts.recordSpike({ ...spike, topics: ['changed'] });
    expect(again).toEqual({ created: false, alert: spike });
  });
});
