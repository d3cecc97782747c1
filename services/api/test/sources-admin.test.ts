// Sources admin through the API: validated by the domain source schema, persisted through the
// SourceRepository, disabled sources not due for polling, removal, and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const SOURCE = {
  id: 'bao-moi',
  name: 'Báo Mới Thử',
  url: 'https://bao-moi.example/rss',
  country: 'vn',
  language: 'vi',
};

describe('sources admin', () => {
  it('creates a source from a sources.yaml-shaped entry with the schema defaults (admin only)', async () => {
    const refused = await api.app.inject({
      method: 'POST',
      url: '/api/sources',
      headers: api.bearer('press_officer'),
      payload: SOURCE,
    });
    expect(refused.statusCode).toBe(403);
    const created = await api.app.inject({
      method: 'POST',
      url: '/api/sources',
      headers: api.bearer('admin'),
      payload: SOURCE,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      ...SOURCE,
      kind: 'feed',
      enabled: true,
      minPollSeconds: 300,
      selectors: null,
      health: { status: 'pending' },
    });
    const again = await api.app.inject({
      method: 'POST',
      url: '/api/sources',
      headers: api.bearer('admin'),
      payload: SOURCE,
    });
    expect(again.statusCode).toBe(409);
    const read = await api.app.inject({ url: '/api/sources/bao-moi', headers: api.bearer('viewer') });
    expect(read.json()).toMatchObject({ id: 'bao-moi', name: SOURCE.name });
  });

  it('rejects what the source schema rejects, naming the field', async () => {
    const cases = [
      { ...SOURCE, id: 'Bad Id' },
      { ...SOURCE, id: 'x2', url: 'ftp://x.example/' },
      { ...SOURCE, id: 'x3', minPollSeconds: 900, maxPollSeconds: 60 },
      { ...SOURCE, id: 'x4', unknownField: 1 },
    ];
    for (const payload of cases) {
      const response = await api.app.inject({
        method: 'POST',
        url: '/api/sources',
        headers: api.bearer('admin'),
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors.length).toBeGreaterThan(0);
    }
    const patched = await api.app.inject({
      method: 'PATCH',
      url: '/api/sources/bao-moi',
      headers: api.bearer('admin'),
      payload: { country: 'Vietnam' },
    });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().errors[0].path).toBe('/country');
  });

  it('disables a source so the scheduler no longer finds it due, and edits its fields', async () => {
    const now = new Date();
    expect((await api.storage.sources.listDue(now, 10)).map((s) => s.id)).toContain('bao-moi');
    const patched = await api.app.inject({
      method: 'PATCH',
      url: '/api/sources/bao-moi',
      headers: api.bearer('admin'),
      payload: { enabled: false, name: 'Báo Mới (tạm dừng)', selectors: { item: 'article a' } },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      enabled: false,
      name: 'Báo Mới (tạm dừng)',
      url: SOURCE.url,
      selectors: { item: 'article a' },
      health: { status: 'disabled' },
    });
    expect((await api.storage.sources.listDue(now, 10)).map((s) => s.id)).not.toContain('bao-moi');
    const renamed = await api.app.inject({
      method: 'PATCH',
      url: '/api/sources/bao-moi',
      headers: api.bearer('admin'),
      payload: { id: 'other' },
    });
    expect(renamed.statusCode).toBe(400);
  });

  it('removes a source and audits every change', async () => {
    const gone = await api.app.inject({
      method: 'DELETE',
      url: '/api/sources/bao-moi',
      headers: api.bearer('admin'),
    });
    expect(gone.statusCode).toBe(204);
    expect(await api.storage.sources.get('bao-moi')).toBeNull();
    const missing = await api.app.inject({
      method: 'DELETE',
      url: '/api/sources/bao-moi',
      headers: api.bearer('admin'),
    });
    expect(missing.statusCode).toBe(404);
    const { entries } = await api.storage.audit.list({ limit: 20, action: 'source.*' });
    expect(entries.map((e) => e.action).sort()).toEqual(['source.create', 'source.delete', 'source.update']);
  });
});
