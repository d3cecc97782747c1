// API tokens: shown once, hashed at rest, working until revoked, scoped by their creator's role,
// visible to their owner (and admins), stopped with their owner.
import { hashTokenSecret } from '@presswatch/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, login, startTestApi, type TestApi } from './support.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

describe('API tokens', () => {
  it('shows the secret once, stores only its hash, works until revoked', async () => {
    await addUser(api.storage, 'an', 'analyst');
    const session = await login(api.app, 'an');
    const created = await api.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: session.headers,
      payload: { name: 'Tích hợp Slack', role: 'viewer' },
    });
    expect(created.statusCode).toBe(201);
    const { token, secret } = created.json();
    expect(secret).toMatch(/^pw_[\w-]{40,}$/);
    expect(token).toMatchObject({ name: 'Tích hợp Slack', role: 'viewer', revokedAt: null });

    const listed = await api.app.inject({ url: '/api/tokens', headers: { cookie: session.cookie } });
    expect(JSON.stringify(listed.json())).not.toContain(secret);
    const one = await api.app.inject({ url: `/api/tokens/${token.id}`, headers: { cookie: session.cookie } });
    expect(JSON.stringify(one.json())).not.toContain(secret);
    expect(await api.storage.tokens.findBySecretHash(hashTokenSecret(secret))).toMatchObject({
      id: token.id,
    });

    const me = await api.app.inject({ url: '/auth/me', headers: bearer(secret) });
    expect(me.json()).toMatchObject({ via: 'token', role: 'viewer', token: { id: token.id } });

    const revoked = await api.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${token.id}`,
      headers: session.headers,
    });
    expect(revoked.statusCode).toBe(204);
    const after = await api.app.inject({ url: '/api/items', headers: bearer(secret) });
    expect(after.statusCode).toBe(401);
    expect(after.json().detail).toMatch(/revoked/);
  });

  it('never gives a token a higher role than its creator', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: api.bearer('analyst'),
      payload: { name: 'escalate', role: 'admin' },
    });
    expect(response.statusCode).toBe(403);
    const same = await api.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: api.bearer('press_officer'),
      payload: { name: 'default role' },
    });
    expect(same.json().token.role).toBe('press_officer');
  });

  it('lists and revokes only one’s own tokens; admins see and revoke all', async () => {
    await addUser(api.storage, 'binh', 'analyst');
    await addUser(api.storage, 'chau', 'analyst');
    const binh = await login(api.app, 'binh');
    const chau = await login(api.app, 'chau');
    const mine = (
      await api.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: binh.headers,
        payload: { name: 'b' },
      })
    ).json().token;
    const listed = (await api.app.inject({ url: '/api/tokens', headers: { cookie: chau.cookie } })).json();
    expect(listed.tokens.map((t: { id: string }) => t.id)).not.toContain(mine.id);
    const foreign = await api.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${mine.id}`,
      headers: chau.headers,
    });
    expect(foreign.statusCode).toBe(404);
    const all = (await api.app.inject({ url: '/api/tokens', headers: api.bearer('admin') })).json();
    expect(all.tokens.find((t: { id: string }) => t.id === mine.id)).toMatchObject({ ownerId: mine.ownerId });
    const byAdmin = await api.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${mine.id}`,
      headers: api.bearer('admin'),
    });
    expect(byAdmin.statusCode).toBe(204);
  });

  it('stops a disabled owner’s tokens and caps a demoted owner’s tokens at the new role', async () => {
    const owner = await addUser(api.storage, 'duong', 'press_officer');
    const session = await login(api.app, 'duong');
    const { secret } = (
      await api.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: session.headers,
        payload: { name: 'd' },
      })
    ).json();
    expect((await api.app.inject({ url: '/auth/me', headers: bearer(secret) })).json().role).toBe(
      'press_officer',
    );
    await api.app.inject({
      method: 'PATCH',
      url: `/api/users/${owner.id}`,
      headers: api.bearer('admin'),
      payload: { role: 'viewer' },
    });
    expect((await api.app.inject({ url: '/auth/me', headers: bearer(secret) })).json().role).toBe('viewer');
    await api.app.inject({
      method: 'PATCH',
      url: `/api/users/${owner.id}`,
      headers: api.bearer('admin'),
      payload: { disabled: true },
    });
    expect((await api.app.inject({ url: '/auth/me', headers: bearer(secret) })).statusCode).toBe(401);
  });
});
