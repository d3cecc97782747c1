// The real thing for browser tests: the fixture web and a hostile site on 127.0.0.1, the
// all-in-one process (API + crawler + processor) over a SQLite store in a temp dir, a real admin
// user, the built UI, and Debian's chromium driven by playwright-core.
import { startAll } from '@presswatch/all-in-one';
import { createUser } from '@presswatch/api';
import { type Runtime, seedAdminToken } from '@presswatch/platform';
import { type FixtureWeb, startFixtureWeb } from '../../../../tests/fixture-web/index.ts';
import { createEmbeddedRuntime, fixtureFeedSource } from '../../../../tests/support/pipeline-world.ts';
import { waitFor } from '../../../../tests/support/wait.ts';
import { ensureBuilt } from './build-ui.ts';
import { type HostileSite, startHostileSite } from './hostile-site.ts';

export const ADMIN = { username: 'lan', password: 'mật-khẩu-thử-nghiệm-ui-1' };
const TOKEN = 'ui-test-admin-token-0123456789';

export interface UiHarness {
  baseUrl: string;
  web: FixtureWeb;
  hostile: HostileSite;
  runtime: Runtime;
  /** The id of the ADMIN user (who logs in through the UI). */
  adminUserId: string;
  /** The API as the admin token (set-up and checks outside the browser). */
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers read loosely in tests
  call<T = Record<string, any>>(path: string, init?: { method?: string; body?: unknown }): Promise<T>;
  close(): Promise<void>;
}

export async function startUiHarness(): Promise<UiHarness> {
  await ensureBuilt();
  const web = await startFixtureWeb({ host: '127.0.0.1' });
  const hostile = await startHostileSite();
  const embedded = await createEmbeddedRuntime('ui-test', [`127.0.0.1:${web.port}`, hostile.host]);
  const { runtime } = embedded;
  const { stores } = runtime.adapters;
  await seedAdminToken(stores.tokens, TOKEN);
  const admin = await createUser(stores.users, { ...ADMIN, role: 'admin' });
  for (const feed of web.feeds)
    await stores.sources.upsert(fixtureFeedSource(`fx-${feed.name}`, feed.url, feed));
  await stores.sources.upsert(
    fixtureFeedSource('fx-hostile', hostile.feedUrl, { country: 'vn', language: 'vi' }),
  );
  const { url: baseUrl } = await startAll(runtime);

  const call: UiHarness['call'] = async (path, init = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${TOKEN}`,
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? ({} as never) : response.json();
  };
  const expected = web.articles.length + 1;
  await waitFor(
    'fixture and hostile articles indexed',
    async () => (await call('/api/items?limit=1')).total >= expected,
    60_000,
  );

  return {
    baseUrl,
    web,
    hostile,
    runtime,
    adminUserId: admin.id,
    call,
    async close() {
      await embedded.close();
      await web.close();
      await hostile.close();
    },
  };
}
