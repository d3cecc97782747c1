// presswatch demo: the all-in-one monitor with the local fixture web as its only sources, so a
// newcomer with no internet sees items arrive and can search them. Data goes to <dataDir>/demo.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main as startAllInOne } from '@presswatch/all-in-one';
import { parseSource } from '@presswatch/domain';
import { readArgumentCards, seedAdminToken, seedArgumentCards, seedSources } from '@presswatch/platform';
import { startFixtureWeb } from '@presswatch/tests/fixture-web';

export async function runDemo(_args: string[]): Promise<number> {
  const fixturePort = Number(process.env.PRESSWATCH_DEMO_FIXTURE_PORT ?? 8091);
  const web = await startFixtureWeb({ port: fixturePort, host: '127.0.0.1' });
  const adminToken = process.env.PRESSWATCH_ADMIN_TOKEN ?? `pw_demo_${randomBytes(18).toString('base64url')}`;
  const dataDir = join(process.env.PRESSWATCH_DATA_DIR ?? './data', 'demo');

  const { runtime, url } = await startAllInOne({
    overrides: {
      dataDir,
      sourcesFile: null,
      // The fixture web lives on loopback: allow exactly its address past the SSRF guard.
      crawl: { schedulerTickMs: 2_000, allowHosts: [`127.0.0.1:${web.port}`], perHostDelayMs: 50 },
    },
  });
  runtime.shutdown.register('fixture web', 'last', () => web.close());

  const sources = web.feeds.map((feed) =>
    parseSource({
      id: `demo-${feed.name}`,
      name: feed.title ?? feed.name,
      url: feed.url,
      kind: 'feed',
      country: feed.country,
      language: feed.language,
      domestic: feed.domestic,
      minPollSeconds: 30,
      maxPollSeconds: 120,
    }),
  );
  await seedSources(runtime.adapters.stores.sources, sources);
  await seedAdminToken(runtime.adapters.stores.tokens, adminToken);
  // The argument library's starting cards (config/arguments), when the library is empty.
  const argumentsDir =
    process.env.PRESSWATCH_ARGUMENTS_DIR ??
    fileURLToPath(new URL('../../../../config/arguments/', import.meta.url));
  await seedArgumentCards(runtime.adapters.stores.argumentCards, readArgumentCards(argumentsDir));

  // Printed for the person at the terminal, never logged.
  const shown = process.env.PRESSWATCH_ADMIN_TOKEN ? '(the value of PRESSWATCH_ADMIN_TOKEN)' : adminToken;
  process.stderr.write(
    `\nPressWatch demo\n  UI and API: ${url.replace('0.0.0.0', '127.0.0.1')}\n  fixture web: ${web.url}\n  admin token: ${shown}\n  try: curl -H "Authorization: Bearer <token>" "${url.replace('0.0.0.0', '127.0.0.1')}/api/items?q=Lao%20B%E1%BA%A3o"\n\n`,
  );
  return new Promise<number>(() => {});
}
