// Every change leaves an audit entry (who, what, when), and admins page through them.
import type { AuditEntry } from '@presswatch/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, login, PASSWORD, startTestApi, type TestApi } from './support.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function entries(query = ''): Promise<AuditEntry[]> {
  const response = await api.app.inject({
    url: `/api/audit?limit=200${query}`,
    headers: api.bearer('admin'),
  });
  expect(response.statusCode).toBe(200);
  return response.json().entries;
}

describe('audit log', () => {
  it('records each change with its actor, action, target and time', async () => {
    const admin = api.bearer('admin');
    const since = new Date().toISOString();
    const user = (
      await api.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: admin,
        payload: { username: 'lam', password: PASSWORD, role: 'analyst' },
      })
    ).json();
    await api.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: admin,
      payload: { role: 'press_officer' },
    });
    await api.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: admin,
      payload: { displayName: 'Lâm' },
    });
    await api.app.inject({
      method: 'POST',
      url: `/api/users/${user.id}/password`,
      headers: admin,
      payload: { password: 'mật-khẩu-mới-của-lâm' },
    });
    const session = await login(api.app, 'lam', 'mật-khẩu-mới-của-lâm');
    const token = (
      await api.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: session.headers,
        payload: { name: 't' },
      })
    ).json().token;
    await api.app.inject({ method: 'DELETE', url: `/api/tokens/${token.id}`, headers: session.headers });
    const saved = (
      await api.app.inject({
        method: 'POST',
        url: '/api/saved-searches',
        headers: session.headers,
        payload: { name: 'Biển đảo', query: 'biển đảo' },
      })
    ).json();
    await api.app.inject({
      method: 'PATCH',
      url: `/api/saved-searches/${saved.id}`,
      headers: session.headers,
      payload: { query: 'biển OR đảo' },
    });
    await api.app.inject({
      method: 'POST',
      url: `/api/saved-searches/${saved.id}/feed`,
      headers: session.headers,
    });
    await api.app.inject({
      method: 'DELETE',
      url: `/api/saved-searches/${saved.id}/feed`,
      headers: session.headers,
    });
    await api.app.inject({
      method: 'DELETE',
      url: `/api/saved-searches/${saved.id}`,
      headers: session.headers,
    });
    await api.app.inject({ method: 'POST', url: '/auth/logout', headers: session.headers });

    const log = (await entries()).filter((e) => e.at >= since).reverse();
    const byAdmin = `token:tk-admin`;
    const byLam = `user:${user.id}`;
    expect(log.map((e) => [e.actor, e.action, e.target])).toEqual([
      [byAdmin, 'user.create', user.id],
      [byAdmin, 'user.role', user.id],
      [byAdmin, 'user.update', user.id],
      [byAdmin, 'user.password', user.id],
      [byLam, 'auth.login', user.id],
      [byLam, 'token.create', token.id],
      [byLam, 'token.revoke', token.id],
      [byLam, 'saved_search.create', saved.id],
      [byLam, 'saved_search.update', saved.id],
      [byLam, 'saved_search.feed_issue', saved.id],
      [byLam, 'saved_search.feed_revoke', saved.id],
      [byLam, 'saved_search.delete', saved.id],
      [byLam, 'auth.logout', user.id],
    ]);
    expect(log[1]!.details).toMatchObject({ from: 'analyst', to: 'press_officer' });
    expect(JSON.stringify(log)).not.toMatch(/mật-khẩu|pw_/);
    for (const entry of log) expect(Date.parse(entry.at)).not.toBeNaN();
  });

  it('pages newest first with a cursor and filters by actor and action', async () => {
    await addUser(api.storage, 'page-user', 'viewer');
    for (let i = 0; i < 5; i++) {
      await api.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: api.bearer('viewer'),
        payload: { name: `page-${i}` },
      });
    }
    const first = (
      await api.app.inject({ url: '/api/audit?limit=2&actor=token:tk-viewer', headers: api.bearer('admin') })
    ).json();
    expect(first.entries).toHaveLength(2);
    expect(first.entries.map((e: AuditEntry) => e.details?.name)).toEqual(['page-4', 'page-3']);
    const second = (
      await api.app.inject({
        url: `/api/audit?limit=2&actor=token:tk-viewer&cursor=${first.nextCursor}`,
        headers: api.bearer('admin'),
      })
    ).json();
    expect(second.entries.map((e: AuditEntry) => e.details?.name)).toEqual(['page-2', 'page-1']);
    const tokensOnly = await entries('&action=token.*');
    expect(tokensOnly.length).toBeGreaterThanOrEqual(5);
    expect(tokensOnly.every((e) => e.action.startsWith('token.'))).toBe(true);
  });

  it('is for admins only', async () => {
    const response = await api.app.inject({ url: '/api/audit', headers: api.bearer('press_officer') });
    expect(response.statusCode).toBe(403);
  });
});
