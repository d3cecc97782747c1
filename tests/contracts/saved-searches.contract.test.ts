// The SavedSearchRepository contract, for every adapter: saved searches newest first with an
// opaque cursor, per owner or all; updates of name, query and filters only; a feed found by the
// hash of its token until it is revoked or replaced.
import { InvalidCursorError, type SavedSearch } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { CRAWL_ADAPTERS, reportMissingSearchNode, useBackend } from './support/crawl-stores.ts';

reportMissingSearchNode('SavedSearchRepository contract');

const saved = (id: string, ownerId: string) => ({
  id,
  ownerId,
  name: `Tìm ${id}`,
  query: 'biển đảo',
  filters: { languages: ['vi'], domestic: true },
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

describe.each(CRAWL_ADAPTERS)('SavedSearchRepository contract: $name', (adapter) => {
  const backend = useBackend(adapter);
  const searches = () => backend().stores.savedSearches;

  it('creates, lists per owner with a cursor, updates and deletes', async () => {
    expect(await searches().create(saved('s1', 'u1'))).toEqual({ ...saved('s1', 'u1'), feedEnabled: false });
    await searches().create(saved('s2', 'u2'));
    await searches().create(saved('s3', 'u1'));
    const mine = await searches().list({ ownerId: 'u1', limit: 1 });
    expect(mine.searches.map((s) => s.id)).toEqual(['s3']);
    const next = await searches().list({ ownerId: 'u1', limit: 1, cursor: mine.nextCursor });
    expect(next.searches.map((s) => s.id)).toEqual(['s1']);
    expect(next.nextCursor).toBeNull();
    const all = await searches().list({ limit: 10 });
    expect(all.searches.map((s) => s.id)).toEqual(['s3', 's2', 's1']);
    expect(all.nextCursor).toBeNull();
    await searches().update({ ...saved('s1', 'u1'), query: 'biên giới', filters: {} });
    expect(await searches().get('s1')).toMatchObject({ query: 'biên giới', filters: {} });
    await searches().delete('s1');
    expect(await searches().get('s1')).toBeNull();
    expect((await searches().list({ ownerId: 'u1', limit: 10 })).searches.map((s) => s.id)).toEqual(['s3']);
  });

  it('updates name, query, filters and updatedAt only', async () => {
    await searches().create(saved('s1', 'u1'));
    await searches().setFeedTokenHash('s1', 'hash-a');
    const change = {
      ...saved('s1', 'u1'),
      ownerId: 'u2',
      name: 'Đổi tên',
      filters: { topics: ['border'] },
      createdAt: '2030-01-01T00:00:00.000Z',
      updatedAt: '2026-11-02T00:00:00.000Z',
      feedEnabled: false,
    } as SavedSearch;
    await searches().update(change);
    const expected: SavedSearch = {
      ...saved('s1', 'u1'),
      name: 'Đổi tên',
      filters: { topics: ['border'] },
      updatedAt: '2026-11-02T00:00:00.000Z',
      feedEnabled: true,
    };
    expect(await searches().get('s1')).toEqual(expected);
    expect(await searches().findByFeedTokenHash('hash-a')).toEqual(expected);
    // Updating, deleting or setting the feed of a search that is not there changes nothing.
    await searches().update({ ...saved('ghost', 'u1') });
    await searches().setFeedTokenHash('ghost', 'hash-b');
    await searches().delete('ghost');
    expect(await searches().get('ghost')).toBeNull();
    expect(await searches().findByFeedTokenHash('hash-b')).toBeNull();
  });

  it('finds a search by its feed token hash until the feed is revoked or replaced', async () => {
    await searches().create(saved('s1', 'u1'));
    expect((await searches().get('s1'))?.feedEnabled).toBe(false);
    await searches().setFeedTokenHash('s1', 'hash-a');
    expect(await searches().findByFeedTokenHash('hash-a')).toMatchObject({ id: 's1', feedEnabled: true });
    await searches().setFeedTokenHash('s1', 'hash-b');
    expect(await searches().findByFeedTokenHash('hash-a')).toBeNull();
    expect(await searches().findByFeedTokenHash('hash-b')).toMatchObject({ id: 's1' });
    await searches().setFeedTokenHash('s1', null);
    expect(await searches().findByFeedTokenHash('hash-b')).toBeNull();
    expect((await searches().get('s1'))?.feedEnabled).toBe(false);
    await searches().setFeedTokenHash('s1', 'hash-c');
    await searches().delete('s1');
    expect(await searches().findByFeedTokenHash('hash-c')).toBeNull();
  });

  it('refuses a second search with the same id, and a feed token hash another search holds', async () => {
    await searches().create(saved('s1', 'u1'));
    await expect(searches().create(saved('s1', 'u2'))).rejects.toThrow(
      /UNIQUE constraint failed: saved_searches.id/,
    );
    expect((await searches().get('s1'))?.ownerId).toBe('u1');
    await searches().create(saved('s2', 'u1'));
    await searches().setFeedTokenHash('s1', 'hash-a');
    await expect(searches().setFeedTokenHash('s2', 'hash-a')).rejects.toThrow(
      /UNIQUE constraint failed: saved_searches.feed_token_hash/,
    );
    expect((await searches().findByFeedTokenHash('hash-a'))?.id).toBe('s1');
    // Setting a search's own hash again is no conflict.
    await searches().setFeedTokenHash('s1', 'hash-a');
    expect((await searches().get('s2'))?.feedEnabled).toBe(false);
  });

  it('rejects a cursor it did not issue', async () => {
    await expect(searches().list({ limit: 5, cursor: 'bm90LWEtY3Vyc29y' })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
    await expect(searches().list({ limit: 5, cursor: '%%%' })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('pages through searches created by two processes at once, each once', async () => {
    const other = await backend().second();
    const ids = Array.from({ length: 9 }, (_, i) => `s${i}`);
    await Promise.all(ids.map((id, i) => (i % 2 ? searches() : other.savedSearches).create(saved(id, 'u1'))));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { searches: SavedSearch[]; nextCursor: string | null } = await searches().list({
        ownerId: 'u1',
        limit: 4,
        cursor,
      });
      seen.push(...page.searches.map((s) => s.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect([...seen].sort()).toEqual(ids);
    // A search created later comes first.
    await other.savedSearches.create(saved('latest', 'u1'));
    expect((await searches().list({ limit: 1 })).searches.map((s) => s.id)).toEqual(['latest']);
  });
});
