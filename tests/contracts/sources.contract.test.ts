// The SourceRepository contract, for every adapter: what an administrator configures and what
// polling learns live side by side; due sources come never-polled first, then the longest
// overdue; and several processes (the API editing sources, crawlers saving state) write at once
// without losing each other's changes.
import { emptySourceState, NotFoundError, type Source, type SourceState } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { CRAWL_ADAPTERS, reportMissingSearchNode, useBackend } from './support/crawl-stores.ts';

reportMissingSearchNode('SourceRepository contract');

function source(id: string, overrides: Partial<Source> = {}): Source {
  return {
    id,
    name: `Nguồn ${id}`,
    url: `https://${id}.example/rss`,
    kind: 'feed',
    render: false,
    country: 'vn',
    language: 'vi',
    domestic: true,
    minPollSeconds: 300,
    maxPollSeconds: 3600,
    selectors: null,
    enabled: true,
    ...overrides,
  };
}

describe.each(CRAWL_ADAPTERS)('SourceRepository contract: $name', (adapter) => {
  const backend = useBackend(adapter);
  const sources = () => backend().stores.sources;

  it('stores a source with an empty state and lists sources by id', async () => {
    await sources().upsert(source('b'));
    await sources().upsert(source('a', { selectors: { item: 'article a' } }));
    expect(await sources().get('a')).toEqual({
      ...source('a', { selectors: { item: 'article a' } }),
      state: emptySourceState('a'),
    });
    expect((await sources().list()).map((s) => s.id)).toEqual(['a', 'b']);
    expect(await sources().get('missing')).toBeNull();
  });

  it('keeps pipeline state when an administrator edits the source', async () => {
    await sources().upsert(source('a', { selectors: { item: 'li', title: 'h2' } }));
    const state = {
      ...emptySourceState('a'),
      etag: '"v1"',
      nextPollAt: '2025-07-01T10:00:00.000Z',
      consecutiveErrors: 2,
      itemsSeen: 40,
    };
    await sources().saveState(state);
    await sources().upsert(source('a', { name: 'Renamed', maxPollSeconds: 7200, selectors: { item: 'p' } }));
    const stored = await sources().get('a');
    expect(stored?.name).toBe('Renamed');
    expect(stored?.maxPollSeconds).toBe(7200);
    // Replaced, not merged: the old selector keys are gone.
    expect(stored?.selectors).toEqual({ item: 'p' });
    expect(stored?.state).toEqual(state);
    expect((await sources().list())[0]?.state).toEqual(state);
  });

  it('lists due sources: enabled, never polled first, then oldest due, up to the limit', async () => {
    const now = new Date('2025-07-01T12:00:00.000Z');
    for (const id of ['never', 'late', 'later', 'future', 'also-never']) await sources().upsert(source(id));
    await sources().upsert(source('disabled', { enabled: false }));
    const at = (id: string, nextPollAt: string) =>
      sources().saveState({ ...emptySourceState(id), nextPollAt });
    await at('late', '2025-07-01T11:00:00.000Z');
    await at('later', '2025-07-01T12:00:00.000Z');
    await at('future', '2025-07-01T12:00:01.000Z');
    const due = await sources().listDue(now, 10);
    expect(due.map((s) => s.id)).toEqual(['also-never', 'never', 'late', 'later']);
    expect(due[2]?.state.nextPollAt).toBe('2025-07-01T11:00:00.000Z');
    expect((await sources().listDue(now, 3)).map((s) => s.id)).toEqual(['also-never', 'never', 'late']);
  });

  it('sees a state saved or a source disabled just before in the next due list', async () => {
    const now = new Date('2025-07-01T12:00:00.000Z');
    await sources().upsert(source('a'));
    await sources().upsert(source('b'));
    expect((await sources().listDue(now, 10)).map((s) => s.id)).toEqual(['a', 'b']);
    await sources().saveState({ ...emptySourceState('a'), nextPollAt: '2025-07-01T12:05:00.000Z' });
    await sources().upsert(source('b', { enabled: false }));
    expect(await sources().listDue(now, 10)).toEqual([]);
    await sources().upsert(source('b'));
    expect((await sources().listDue(now, 10)).map((s) => s.id)).toEqual(['b']);
  });

  it('postpones the polls of many sources at once, keeping the rest of their state and skipping unknown ids', async () => {
    const now = new Date('2025-07-01T12:00:00.000Z');
    for (const id of ['a', 'b', 'c']) await sources().upsert(source(id));
    const seen = { ...emptySourceState('a'), itemsSeen: 7, lastStatus: 200 };
    await sources().saveState(seen);
    await sources().postponePolls([
      { sourceId: 'a', nextPollAt: '2025-07-01T12:05:00.000Z' },
      { sourceId: 'ghost', nextPollAt: '2025-07-01T12:05:00.000Z' },
      { sourceId: 'b', nextPollAt: '2025-07-01T11:59:00.000Z' },
    ]);
    expect((await sources().get('a'))?.state).toEqual({ ...seen, nextPollAt: '2025-07-01T12:05:00.000Z' });
    expect(await sources().get('ghost')).toBeNull();
    expect((await sources().listDue(now, 10)).map((s) => s.id)).toEqual(['c', 'b']);
    await sources().postponePolls([]);
    expect((await sources().get('b'))?.state.nextPollAt).toBe('2025-07-01T11:59:00.000Z');
  });

  it('refuses to save the state of an unknown source', async () => {
    await expect(sources().saveState(emptySourceState('ghost'))).rejects.toBeInstanceOf(NotFoundError);
    expect(await sources().get('ghost')).toBeNull();
  });

  it('deletes a source with its state, once', async () => {
    await sources().upsert(source('a'));
    await sources().upsert(source('b'));
    await sources().saveState({ ...emptySourceState('a'), itemsSeen: 3 });
    expect(await sources().delete('a')).toBe(true);
    expect(await sources().delete('a')).toBe(false);
    expect(await sources().get('a')).toBeNull();
    expect((await sources().list()).map((s) => s.id)).toEqual(['b']);
    expect((await sources().listDue(new Date(), 10)).map((s) => s.id)).toEqual(['b']);
    await expect(sources().saveState(emptySourceState('a'))).rejects.toBeInstanceOf(NotFoundError);
    await sources().upsert(source('a'));
    expect((await sources().get('a'))?.state).toEqual(emptySourceState('a'));
  });

  it('loses neither the edits nor the state when another process saves state meanwhile', async () => {
    const other = (await backend().second()).sources;
    await sources().upsert(source('a'));
    const states: SourceState[] = Array.from({ length: 15 }, (_, i) => ({
      ...emptySourceState('a'),
      itemsSeen: i + 1,
      nextPollAt: new Date(Date.UTC(2025, 6, 1, 12, i)).toISOString(),
    }));
    const edits = async () => {
      for (let i = 0; i < 15; i++) await sources().upsert(source('a', { name: `Tên ${i}` }));
    };
    const saves = async () => {
      for (const state of states) await other.saveState(state);
    };
    await Promise.all([edits(), saves()]);
    const stored = await sources().get('a');
    expect(stored?.name).toBe('Tên 14');
    expect(stored?.state).toEqual(states.at(-1));
    expect(await other.get('a')).toEqual(stored);
  });

  it('keeps every source of two processes adding sources at once', async () => {
    const other = (await backend().second()).sources;
    const ids = Array.from({ length: 12 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    await Promise.all(ids.map((id, i) => (i % 2 === 0 ? sources() : other).upsert(source(id))));
    expect((await other.list()).map((s) => s.id)).toEqual(ids);
    expect(await sources().listDue(new Date(), 5)).toHaveLength(5);
  });
});
