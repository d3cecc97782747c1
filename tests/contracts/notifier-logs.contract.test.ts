// The append-only logs' contract: the audit log (newest first with a cursor, filters by actor,
// exact action and action prefix) and item feedback (per item and all, oldest first in pages).
// Every adapter runs the same tests against its real backend, including two writers at once.
import { InvalidCursorError, type ItemFeedback } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { NOTIFIER_ADAPTERS, reportMissingSearchNode, useNotifierBackend } from './support/notifier-stores.ts';

reportMissingSearchNode('audit log and feedback');

describe.each(NOTIFIER_ADAPTERS)('AuditLog ($name)', (adapter) => {
  const backend = useNotifierBackend(adapter);

  it('lists newest first with a cursor and filters by actor, action and action prefix', async () => {
    const { audit } = backend().stores;
    for (let i = 0; i < 5; i++) {
      await audit.record({
        actor: i % 2 ? 'user:a' : 'token:t',
        action: i < 3 ? 'user.create' : 'source.update',
        target: `t${i}`,
        details: { i },
      });
    }
    const first = await audit.list({ limit: 2 });
    expect(first.entries.map((e) => e.target)).toEqual(['t4', 't3']);
    const second = await audit.list({ limit: 2, cursor: first.nextCursor });
    expect(second.entries.map((e) => e.target)).toEqual(['t2', 't1']);
    const third = await audit.list({ limit: 2, cursor: second.nextCursor });
    expect(third.entries.map((e) => e.target)).toEqual(['t0']);
    expect(third.nextCursor).toBeNull();
    expect((await audit.list({ limit: 10, actor: 'user:a' })).entries).toHaveLength(2);
    expect((await audit.list({ limit: 10, action: 'user.create' })).entries).toHaveLength(3);
    expect((await audit.list({ limit: 10, action: 'source.*' })).entries).toHaveLength(2);
    expect((await audit.list({ limit: 10, action: 'source' })).entries).toHaveLength(0);
    const filtered = await audit.list({ limit: 1, actor: 'token:t', action: 'user.*' });
    const rest = await audit.list({
      limit: 5,
      actor: 'token:t',
      action: 'user.*',
      cursor: filtered.nextCursor,
    });
    expect([...filtered.entries, ...rest.entries].map((e) => e.target)).toEqual(['t2', 't0']);
    expect(first.entries[0]).toMatchObject({ actor: 'token:t', details: { i: 4 } });
    expect(first.entries[0]?.id).toEqual(expect.any(String));
  });

  it('keeps the time it is given, else stamps now', async () => {
    const { audit } = backend().stores;
    await audit.record({
      actor: 'system',
      action: 'x',
      target: null,
      details: null,
      at: '2026-01-02T03:04:05.000Z',
    });
    const before = Date.now();
    await audit.record({ actor: 'system', action: 'y', target: null, details: null });
    const [latest, earlier] = (await audit.list({ limit: 5 })).entries;
    expect(earlier).toMatchObject({ at: '2026-01-02T03:04:05.000Z', target: null, details: null });
    expect(Date.parse(latest?.at ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it('rejects a cursor it did not issue', async () => {
    await expect(backend().stores.audit.list({ limit: 2, cursor: 'bogus' })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });

  it('keeps every entry two processes write at once', async () => {
    const { stores } = backend();
    const other = await backend().second();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? other : stores).audit.record({
          actor: 'system',
          action: 'race',
          target: `t${i}`,
          details: null,
        }),
      ),
    );
    const listed = await stores.audit.list({ limit: 20, action: 'race' });
    expect(listed.entries.map((e) => e.target).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `t${i}`).sort(),
    );
  });
});

describe.each(NOTIFIER_ADAPTERS)('FeedbackRepository ($name)', (adapter) => {
  const backend = useNotifierBackend(adapter);
  const said = (itemId: string, kind: ItemFeedback['kind'], topic: string | null = null) => ({
    itemId,
    kind,
    topic,
    actor: 'user:a',
    at: '2026-03-10T03:00:00.000Z',
    note: kind === 'not_relevant' ? 'quảng cáo' : null,
  });

  it('adds feedback with an id and lists one item’s oldest first', async () => {
    const { feedback } = backend().stores;
    const first = await feedback.add(said('i1', 'relevant'));
    expect(first).toEqual({ ...said('i1', 'relevant'), id: expect.any(String) });
    await feedback.add(said('i2', 'topic_added', 'border'));
    await feedback.add(said('i1', 'not_relevant'));
    await feedback.add(said('i1', 'topic_removed', 'sea_islands'));
    const forItem = await feedback.forItem('i1');
    expect(forItem.map((f) => f.kind)).toEqual(['relevant', 'not_relevant', 'topic_removed']);
    expect(forItem[0]).toEqual(first);
    expect(await feedback.forItem('nothing')).toEqual([]);
  });

  it('pages every item’s feedback oldest first', async () => {
    const { feedback } = backend().stores;
    for (let i = 0; i < 5; i++) await feedback.add(said(`i${i}`, 'relevant'));
    const first = await feedback.list({ limit: 2 });
    const second = await feedback.list({ limit: 2, cursor: first.nextCursor });
    const third = await feedback.list({ limit: 2, cursor: second.nextCursor });
    expect([...first.feedback, ...second.feedback, ...third.feedback].map((f) => f.itemId)).toEqual([
      'i0',
      'i1',
      'i2',
      'i3',
      'i4',
    ]);
    expect(third.nextCursor).toBeNull();
    await expect(feedback.list({ limit: 2, cursor: 'bogus' })).rejects.toBeInstanceOf(InvalidCursorError);
  });
});
