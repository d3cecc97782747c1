// User administration by admins: create, read, update roles and status, reset passwords; the
// last active admin stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, login, PASSWORD, startTestApi, type TestApi } from './support.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('users', () => {
  it('creates a user who can then log in; a second one with the same name is a 409', async () => {
    const created = await api.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: api.bearer('admin'),
      payload: { username: 'giang', password: PASSWORD, role: 'press_officer', displayName: 'Giang' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      username: 'giang',
      role: 'press_officer',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    expect(created.body).not.toContain('scrypt');
    expect((await login(api.app, 'giang')).csrf).toBeTruthy();
    const again = await api.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: api.bearer('admin'),
      payload: { username: 'giang', password: PASSWORD, role: 'viewer' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });

  it('validates usernames, passwords and time zones', async () => {
    const post = (payload: object) =>
      api.app.inject({ method: 'POST', url: '/api/users', headers: api.bearer('admin'), payload });
    expect((await post({ username: 'Bad Name', password: PASSWORD, role: 'viewer' })).statusCode).toBe(400);
    expect((await post({ username: 'short-pw', password: 'abc', role: 'viewer' })).statusCode).toBe(400);
    expect(
      (await post({ username: 'tz', password: PASSWORD, role: 'viewer', timeZone: 'Mars/Base' })).statusCode,
    ).toBe(400);
    expect((await post({ username: 'root', password: PASSWORD, role: 'superuser' })).statusCode).toBe(400);
  });

  it('disabling a user ends their sessions', async () => {
    const user = await addUser(api.storage, 'hai', 'viewer');
    const session = await login(api.app, 'hai');
    const patched = await api.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: api.bearer('admin'),
      payload: { disabled: true },
    });
    expect(patched.json()).toMatchObject({ disabled: true });
    expect((await api.app.inject({ url: '/auth/me', headers: { cookie: session.cookie } })).statusCode).toBe(
      401,
    );
  });

  it('resets a password: the old one and the old sessions stop working', async () => {
    const user = await addUser(api.storage, 'kim', 'viewer');
    const session = await login(api.app, 'kim');
    const reset = await api.app.inject({
      method: 'POST',
      url: `/api/users/${user.id}/password`,
      headers: api.bearer('admin'),
      payload: { password: 'mật-khẩu-do-admin-đặt' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await api.app.inject({ url: '/auth/me', headers: { cookie: session.cookie } })).statusCode).toBe(
      401,
    );
    expect((await login(api.app, 'kim', 'mật-khẩu-do-admin-đặt')).csrf).toBeTruthy();
  });

  it('keeps the last active admin', async () => {
    const admins = (await api.storage.users.list()).filter((u) => u.role === 'admin' && !u.disabled);
    const only = admins[0] ?? (await addUser(api.storage, 'quan-tri', 'admin'));
    for (const other of admins.slice(1)) await api.storage.users.update({ ...other, disabled: true });
    const demote = await api.app.inject({
      method: 'PATCH',
      url: `/api/users/${only.id}`,
      headers: api.bearer('admin'),
      payload: { role: 'analyst' },
    });
    expect(demote.statusCode).toBe(403);
    await addUser(api.storage, 'quan-tri-2', 'admin');
    const now = await api.app.inject({
      method: 'PATCH',
      url: `/api/users/${only.id}`,
      headers: api.bearer('admin'),
      payload: { role: 'analyst' },
    });
    expect(now.json().role).toBe('analyst');
  });

  it('answers 404 for an unknown user', async () => {
    const response = await api.app.inject({ url: '/api/users/nobody', headers: api.bearer('admin') });
    expect(response.statusCode).toBe(404);
  });
});
