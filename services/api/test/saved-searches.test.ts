// Saved searches: CRUD for analysts and up, owned by their creator, run on demand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, indexItems, login, startTestApi, type TestApi, testItem } from './support.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await indexItems(api.storage, [
    testItem('b1', '2026-11-01T01:00:00Z', { title: 'Ngư dân bám biển', language: 'vi' }),
    testItem('b2', '2026-11-02T01:00:00Z', { title: 'Biển đảo quê hương', language: 'vi' }),
    testItem('b3', '2026-11-02T02:00:00Z', { title: 'Sea patrol', language: 'en' }),
  ]);
});
afterAll(() => api.close());

describe('saved searches', () => {
  it('creates, lists, reads, updates, runs and deletes one’s own searches', async () => {
    await addUser(api.storage, 'mai', 'analyst');
    const session = await login(api.app, 'mai');
    const created = await api.app.inject({
      method: 'POST',
      url: '/api/saved-searches',
      headers: session.headers,
      payload: { name: 'Biển', query: 'biển', filters: { languages: ['vi'] } },
    });
    expect(created.statusCode).toBe(201);
    const saved = created.json();
    expect(saved).toMatchObject({
      name: 'Biển',
      query: 'biển',
      filters: { languages: ['vi'] },
      feedEnabled: false,
    });

    const list = (
      await api.app.inject({ url: '/api/saved-searches', headers: { cookie: session.cookie } })
    ).json();
    expect(list.searches.map((s: { id: string }) => s.id)).toEqual([saved.id]);

    const run = (
      await api.app.inject({
        url: `/api/saved-searches/${saved.id}/items`,
        headers: { cookie: session.cookie },
      })
    ).json();
    expect(run.items.map((i: { id: string }) => i.id)).toEqual(['b2', 'b1']);

    const patched = await api.app.inject({
      method: 'PATCH',
      url: `/api/saved-searches/${saved.id}`,
      headers: session.headers,
      payload: { query: 'sea OR biển', filters: {} },
    });
    expect(patched.json()).toMatchObject({ query: 'sea OR biển', filters: {} });
    const rerun = (
      await api.app.inject({
        url: `/api/saved-searches/${saved.id}/items`,
        headers: { cookie: session.cookie },
      })
    ).json();
    expect(rerun.total).toBe(3);

    const removed = await api.app.inject({
      method: 'DELETE',
      url: `/api/saved-searches/${saved.id}`,
      headers: session.headers,
    });
    expect(removed.statusCode).toBe(204);
    const gone = await api.app.inject({
      url: `/api/saved-searches/${saved.id}`,
      headers: { cookie: session.cookie },
    });
    expect(gone.statusCode).toBe(404);
  });

  it('refuses a query that does not parse, pointing at the column', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/saved-searches',
      headers: api.bearer('analyst'),
      payload: { name: 'x', query: 'biển AND (đảo' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().column).toBeGreaterThan(0);
  });

  it('hides other people’s searches; admins can see them all', async () => {
    await addUser(api.storage, 'nam', 'analyst');
    await addUser(api.storage, 'oanh', 'press_officer');
    const nam = await login(api.app, 'nam');
    const oanh = await login(api.app, 'oanh');
    const saved = (
      await api.app.inject({
        method: 'POST',
        url: '/api/saved-searches',
        headers: nam.headers,
        payload: { name: 'của Nam', query: 'biển' },
      })
    ).json();
    const other = await api.app.inject({
      url: `/api/saved-searches/${saved.id}`,
      headers: { cookie: oanh.cookie },
    });
    expect(other.statusCode).toBe(404);
    const patch = await api.app.inject({
      method: 'PATCH',
      url: `/api/saved-searches/${saved.id}`,
      headers: oanh.headers,
      payload: { name: 'hijack' },
    });
    expect(patch.statusCode).toBe(404);
    const mine = (
      await api.app.inject({ url: '/api/saved-searches', headers: { cookie: oanh.cookie } })
    ).json();
    expect(mine.searches).toEqual([]);
    const all = (
      await api.app.inject({ url: '/api/saved-searches?all=true', headers: api.bearer('admin') })
    ).json();
    expect(all.searches.map((s: { id: string }) => s.id)).toContain(saved.id);
    const asAdmin = await api.app.inject({
      url: `/api/saved-searches/${saved.id}`,
      headers: api.bearer('admin'),
    });
    expect(asAdmin.statusCode).toBe(200);
  });

  it('pages with a cursor', async () => {
    for (let i = 0; i < 3; i++) {
      await api.app.inject({
        method: 'POST',
        url: '/api/saved-searches',
        headers: api.bearer('press_officer'),
        payload: { name: `trang ${i}`, query: 'biển' },
      });
    }
    const first = (
      await api.app.inject({ url: '/api/saved-searches?limit=2', headers: api.bearer('press_officer') })
    ).json();
    expect(first.searches.map((s: { name: string }) => s.name)).toEqual(['trang 2', 'trang 1']);
    const second = (
      await api.app.inject({
        url: `/api/saved-searches?limit=2&cursor=${first.nextCursor}`,
        headers: api.bearer('press_officer'),
      })
    ).json();
    expect(second.searches.map((s: { name: string }) => s.name)).toEqual(['trang 0']);
    expect(second.nextCursor).toBeNull();
  });
});
