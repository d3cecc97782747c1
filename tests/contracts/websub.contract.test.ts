// The WebSubRepository contract, for every adapter: subscriptions replaced by id, listed per
// source newest request first, and the active ones whose lease ends soonest first (renewals).
import type { WebSubSubscription } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { CRAWL_ADAPTERS, reportMissingSearchNode, useBackend } from './support/crawl-stores.ts';

reportMissingSearchNode('WebSubRepository contract');

function subscription(id: string, overrides: Partial<WebSubSubscription> = {}): WebSubSubscription {
  return {
    id,
    sourceId: 'src-a',
    hubUrl: 'https://hub.example/',
    topicUrl: `https://a.example/feed/${id}`,
    secret: `secret-${id}`,
    state: 'pending',
    requestedMode: 'subscribe',
    leaseSeconds: null,
    requestedAt: '2026-03-01T00:00:00.000Z',
    verifiedAt: null,
    expiresAt: null,
    lastDeliveryAt: null,
    deliveries: 0,
    lastError: null,
    ...overrides,
  };
}

function active(id: string, expiresAt: string, overrides: Partial<WebSubSubscription> = {}) {
  return subscription(id, {
    state: 'active',
    leaseSeconds: 86_400,
    verifiedAt: '2026-03-01T00:00:05.000Z',
    expiresAt,
    ...overrides,
  });
}

describe.each(CRAWL_ADAPTERS)('WebSubRepository contract: $name', (adapter) => {
  const backend = useBackend(adapter);
  const websub = () => backend().stores.websub;

  it('saves, replaces and gets a subscription by id', async () => {
    await websub().save(subscription('w1'));
    expect(await websub().get('w1')).toEqual(subscription('w1'));
    const verified = active('w1', '2026-03-08T00:00:05.000Z', { deliveries: 3, lastError: 'x' });
    await websub().save(verified);
    expect(await websub().get('w1')).toEqual(verified);
    expect(await websub().get('missing')).toBeNull();
  });

  it('lists the subscriptions of one source, newest request first', async () => {
    await websub().save(subscription('w1', { requestedAt: '2026-03-01T00:00:00.000Z' }));
    await websub().save(subscription('w2', { requestedAt: '2026-03-03T00:00:00.000Z' }));
    await websub().save(subscription('w3', { requestedAt: '2026-03-02T00:00:00.000Z' }));
    await websub().save(subscription('w4', { sourceId: 'src-b' }));
    expect((await websub().listBySource('src-a')).map((s) => s.id)).toEqual(['w2', 'w3', 'w1']);
    expect(await websub().listBySource('src-b')).toEqual([subscription('w4', { sourceId: 'src-b' })]);
    expect(await websub().listBySource('src-c')).toEqual([]);
    // A subscription moved to another source (a replace) leaves the first list.
    await websub().save(subscription('w2', { sourceId: 'src-b', requestedAt: '2026-03-03T00:00:00.000Z' }));
    expect((await websub().listBySource('src-a')).map((s) => s.id)).toEqual(['w3', 'w1']);
  });

  it('lists active subscriptions whose lease ends by then, soonest first, up to the limit', async () => {
    await websub().save(active('late', '2026-03-05T00:00:00.000Z'));
    await websub().save(active('soon', '2026-03-02T00:00:00.000Z'));
    await websub().save(active('edge', '2026-03-06T00:00:00.000Z'));
    await websub().save(active('after', '2026-03-06T00:00:00.001Z'));
    await websub().save(active('denied', '2026-03-01T00:00:00.000Z', { state: 'denied' }));
    await websub().save(subscription('pending'));
    const before = new Date('2026-03-06T00:00:00.000Z');
    expect((await websub().listExpiring(before, 10)).map((s) => s.id)).toEqual(['soon', 'late', 'edge']);
    expect((await websub().listExpiring(before, 2)).map((s) => s.id)).toEqual(['soon', 'late']);
    await websub().save({ ...active('soon', '2026-03-09T00:00:00.000Z') });
    expect((await websub().listExpiring(before, 10)).map((s) => s.id)).toEqual(['late', 'edge']);
  });

  it('shows a save made by another process to the next lookup', async () => {
    const other = await backend().second();
    await websub().save(subscription('w1'));
    expect(await other.websub.get('w1')).toEqual(subscription('w1'));
    await other.websub.save(active('w1', '2026-03-02T00:00:00.000Z'));
    expect((await websub().listBySource('src-a'))[0]?.state).toBe('active');
    expect((await websub().listExpiring(new Date('2026-03-03T00:00:00.000Z'), 5)).map((s) => s.id)).toEqual([
      'w1',
    ]);
  });
});
