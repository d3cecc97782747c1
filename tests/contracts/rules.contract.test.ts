// The RuleRepository contract, for every adapter: rules oldest first, replaced on save, and a
// version that counts every save and delete, so the processors' caches of compiled rules (in
// other processes) notice a change made anywhere.
import type { AlertRule } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { CRAWL_ADAPTERS, reportMissingSearchNode, useBackend } from './support/crawl-stores.ts';

reportMissingSearchNode('RuleRepository contract');

function rule(id: string, overrides: Partial<AlertRule> = {}): AlertRule {
  return {
    id,
    name: `Quy tắc ${id}`,
    ownerId: 'u1',
    query: '"Lao Bảo"',
    filters: {
      topics: ['border'],
      sourceIds: [],
      countries: ['vn', 'la'],
      languages: [],
      domestic: null,
      minRelevance: 0.3,
      minTone: null,
      maxTone: -0.2,
    },
    minScore: null,
    onePerCluster: true,
    quietHours: { start: '22:00', end: '06:00', timeZone: 'Asia/Ho_Chi_Minh' },
    channels: ['wh-1'],
    spikeAlerts: false,
    enabled: true,
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    ...overrides,
  };
}

describe.each(CRAWL_ADAPTERS)('RuleRepository contract: $name', (adapter) => {
  const backend = useBackend(adapter);
  const rules = () => backend().stores.rules;

  it('saves, replaces, gets and lists rules oldest first (then by id)', async () => {
    await rules().save(rule('r3', { createdAt: '2026-03-02T00:00:00.000Z' }));
    await rules().save(rule('r2'));
    await rules().save(rule('r1'));
    expect(await rules().get('r2')).toEqual(rule('r2'));
    expect(await rules().get('missing')).toBeNull();
    expect((await rules().list()).map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    const edited = rule('r2', {
      query: 'biên giới',
      quietHours: null,
      updatedAt: '2026-03-05T00:00:00.000Z',
    });
    await rules().save(edited);
    expect(await rules().get('r2')).toEqual(edited);
    expect(await rules().list()).toEqual([
      rule('r1'),
      edited,
      rule('r3', { createdAt: '2026-03-02T00:00:00.000Z' }),
    ]);
  });

  it('deletes a rule once', async () => {
    await rules().save(rule('r1'));
    await rules().save(rule('r2'));
    expect(await rules().delete('r1')).toBe(true);
    expect(await rules().delete('r1')).toBe(false);
    expect(await rules().get('r1')).toBeNull();
    expect((await rules().list()).map((r) => r.id)).toEqual(['r2']);
  });

  it('counts every save and delete in the version, and nothing else', async () => {
    const start = await rules().version();
    await rules().save(rule('r1'));
    expect(await rules().version()).toBe(start + 1);
    await rules().save(rule('r1', { enabled: false }));
    expect(await rules().version()).toBe(start + 2);
    await rules().get('r1');
    await rules().list();
    expect(await rules().delete('missing')).toBe(false);
    expect(await rules().version()).toBe(start + 2);
    await rules().delete('r1');
    expect(await rules().version()).toBe(start + 3);
  });

  it('shows one process the changes of another, version included', async () => {
    const other = (await backend().second()).rules;
    const seen = await other.version();
    await rules().save(rule('r1'));
    expect(await other.version()).not.toBe(seen);
    expect((await other.list()).map((r) => r.id)).toEqual(['r1']);
    await other.delete('r1');
    expect(await rules().list()).toEqual([]);
  });

  it('loses no version step when two processes save at once', async () => {
    const other = (await backend().second()).rules;
    const start = await rules().version();
    const ids = Array.from({ length: 10 }, (_, i) => `r${i}`);
    await Promise.all(ids.map((id, i) => (i % 2 === 0 ? rules() : other).save(rule(id))));
    expect(await rules().version()).toBe(start + ids.length);
    expect(await other.version()).toBe(start + ids.length);
    expect((await rules().list()).map((r) => r.id)).toEqual(ids);
  });
});
