// People: login, sessions, logout, /auth/me, lockout, CSRF, password changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, login, PASSWORD, sessionCookie, startTestApi, type TestApi } from './support.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ publicUrl: 'https://presswatch.example' });
});
afterAll(() => api.close());

describe('login and sessions', () => {
  it('logs in with a signed HttpOnly, SameSite=Lax, Secure cookie and stores only the hash of the id', async () => {
    const user = await addUser(api.storage, 'lan', 'analyst');
    const response = await api.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { username: 'LAN', password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'pw_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/' });
    const [id] = cookie.value.split('.'); // signed: "<id>.<signature>"
    expect(cookie.value).not.toBe(id);
    expect(await api.storage.sessions.get(id!)).toMatchObject({ userId: user.id });
    const body = response.json();
    expect(body).toMatchObject({ via: 'session', role: 'analyst', user: { username: 'lan' } });
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(JSON.stringify(body)).not.toContain('scrypt');
  });

  it('answers /auth/me for a session and for a token, 401 for nobody', async () => {
    await addUser(api.storage, 'minh', 'viewer');
    const session = await login(api.app, 'minh');
    const me = await api.app.inject({ url: '/auth/me', headers: { cookie: session.cookie } });
    expect(me.json()).toMatchObject({ via: 'session', role: 'viewer', csrfToken: session.csrf });
    const byToken = await api.app.inject({ url: '/auth/me', headers: api.bearer('press_officer') });
    expect(byToken.json()).toMatchObject({ via: 'token', role: 'press_officer', user: null });
    expect(byToken.json().csrfToken).toBeUndefined();
    expect((await api.app.inject({ url: '/auth/me' })).statusCode).toBe(401);
  });

  it('refuses a tampered cookie signature', async () => {
    await addUser(api.storage, 'tampered', 'viewer');
    const session = await login(api.app, 'tampered');
    const forged = `${session.cookie.slice(0, -3)}abc`;
    const response = await api.app.inject({ url: '/auth/me', headers: { cookie: forged } });
    expect(response.statusCode).toBe(401);
  });

  it('logs out: the session no longer works', async () => {
    await addUser(api.storage, 'hoa', 'viewer');
    const session = await login(api.app, 'hoa');
    const out = await api.app.inject({ method: 'POST', url: '/auth/logout', headers: session.headers });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'pw_session')?.value).toBe('');
    expect((await api.app.inject({ url: '/auth/me', headers: { cookie: session.cookie } })).statusCode).toBe(
      401,
    );
  });

  it('gives the same answer for a wrong password and an unknown user, and refuses disabled users', async () => {
    const user = await addUser(api.storage, 'tuan', 'viewer');
    const wrong = await api.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { username: 'tuan', password: 'not-the-password' },
    });
    const unknown = await api.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { username: 'nobody-here', password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    await api.storage.users.update({ ...user, disabled: true });
    const disabled = await api.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { username: 'tuan', password: PASSWORD },
    });
    expect(disabled.statusCode).toBe(401);
  });
});

describe('lockout', () => {
  const attempt = (username: string, password: string, ip: string) =>
    api.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    });

  it('locks a user after 5 failures with 429 + Retry-After, even for the right password', async () => {
    await addUser(api.storage, 'khoa', 'viewer');
    for (let i = 0; i < 5; i++)
      expect((await attempt('khoa', 'wrong-password', `10.0.1.${i}`)).statusCode).toBe(401);
    const locked = await attempt('khoa', PASSWORD, '10.0.1.99');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.headers['content-type']).toContain('application/problem+json');
    expect(
      (await api.storage.users.getCredentials((await api.storage.users.findByUsername('khoa'))!.id))
        ?.failedLogins,
    ).toBe(5);
  });

  it('locks an unknown username the same way (nothing reveals whether a user exists)', async () => {
    for (let i = 0; i < 5; i++) await attempt('ghost-user', 'wrong-password', `10.0.2.${i}`);
    const locked = await attempt('ghost-user', 'anything-at-all', '10.0.2.99');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('locks an IP address after 20 failures, whatever the usernames', async () => {
    await addUser(api.storage, 'ngoc', 'viewer');
    for (let i = 0; i < 20; i++) await attempt(`guess-${i}`, 'wrong-password', '10.0.3.1');
    expect((await attempt('ngoc', PASSWORD, '10.0.3.1')).statusCode).toBe(429);
    expect((await attempt('ngoc', PASSWORD, '10.0.3.2')).statusCode).toBe(200);
  });

  it('clears the failure count after a successful login', async () => {
    const user = await addUser(api.storage, 'phuong', 'viewer');
    for (let i = 0; i < 3; i++) await attempt('phuong', 'wrong-password', '10.0.4.1');
    expect((await attempt('phuong', PASSWORD, '10.0.4.1')).statusCode).toBe(200);
    expect(await api.storage.users.getCredentials(user.id)).toMatchObject({
      failedLogins: 0,
      lockedUntil: null,
    });
  });
});

describe('CSRF', () => {
  it('requires the session’s token for cookie-authenticated changes, not for bearer tokens', async () => {
    await addUser(api.storage, 'quang', 'analyst');
    const session = await login(api.app, 'quang');
    const create = (headers: Record<string, string>) =>
      api.app.inject({ method: 'POST', url: '/api/tokens', headers, payload: { name: 'n', role: 'viewer' } });
    const without = await create({ cookie: session.cookie });
    expect(without.statusCode).toBe(403);
    expect(without.json().type).toBe('urn:presswatch:csrf');
    const wrong = await create({ cookie: session.cookie, 'x-csrf-token': 'x'.repeat(43) });
    expect(wrong.statusCode).toBe(403);
    expect((await create(session.headers)).statusCode).toBe(201);
    expect((await create(api.bearer('analyst'))).statusCode).toBe(201);
    // Reads need no token.
    expect(
      (await api.app.inject({ url: '/api/tokens', headers: { cookie: session.cookie } })).statusCode,
    ).toBe(200);
  });

  it('does not accept another session’s CSRF token', async () => {
    await addUser(api.storage, 'son', 'analyst');
    await addUser(api.storage, 'thu', 'analyst');
    const a = await login(api.app, 'son');
    const b = await login(api.app, 'thu');
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: a.cookie, 'x-csrf-token': b.csrf },
      payload: { name: 'n' },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('password changes', () => {
  it('changes one’s own password, ends other sessions and issues a new one', async () => {
    await addUser(api.storage, 'vy', 'viewer');
    const first = await login(api.app, 'vy');
    const second = await login(api.app, 'vy');
    const changed = await api.app.inject({
      method: 'POST',
      url: '/auth/password',
      headers: first.headers,
      payload: { currentPassword: PASSWORD, newPassword: 'một-mật-khẩu-mới-2' },
    });
    expect(changed.statusCode).toBe(200);
    const fresh = sessionCookie(changed);
    expect((await api.app.inject({ url: '/auth/me', headers: { cookie: second.cookie } })).statusCode).toBe(
      401,
    );
    expect((await api.app.inject({ url: '/auth/me', headers: { cookie: fresh } })).statusCode).toBe(200);
    const old = await api.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { username: 'vy', password: PASSWORD },
    });
    expect(old.statusCode).toBe(401);
    expect((await login(api.app, 'vy', 'một-mật-khẩu-mới-2')).csrf).toBeTruthy();
  });

  it('refuses a wrong current password', async () => {
    await addUser(api.storage, 'xuan', 'viewer');
    const session = await login(api.app, 'xuan');
    const response = await api.app.inject({
      method: 'POST',
      url: '/auth/password',
      headers: session.headers,
      payload: { currentPassword: 'not-my-password', newPassword: 'một-mật-khẩu-mới-3' },
    });
    expect(response.statusCode).toBe(403);
  });
});
