// The fixture web run through a distributed deployment: more fictional articles to publish (some
// carrying a marker phrase an alert rule watches), the rule, and read-backs of what ended up in
// the store — items by canonical URL and the rule's alerts.
import type { Alert, AlertRule } from '@presswatch/domain';
import type { Runtime } from '@presswatch/platform';
import type { FixtureWeb } from '../../fixture-web/index.ts';
import { fixtureFeedSource } from '../../support/pipeline-world.ts';
import type { Deployment } from './deployment.ts';

/** The phrase the fault tests' alert rule looks for. */
export const MARKER = 'hải đăng Cồn Cỏ';
export const MARKER_RULE_ID = 'rule-fault-marker';

/** Publishes `count` fictional articles over the fixture feeds; every other one carries MARKER. */
export function publishArticles(web: FixtureWeb, count: number, label: string): void {
  for (let n = 0; n < count; n++) {
    const feed = web.feeds[n % web.feeds.length]!;
    const marked = n % 2 === 0;
    web.addArticle(feed.name, {
      title: `${label} ${n + 1}: ngư dân Vĩnh Linh ${marked ? `sửa ${MARKER}` : 'vá lưới'} trước mùa gió`,
      paragraphs: [
        `Bài ${label} số ${n + 1} viết cho thử nghiệm. Các tổ đoàn kết trên biển họp bàn kế hoạch.`,
        marked
          ? `Thợ sửa ${MARKER} làm việc xuyên đêm để đèn sáng trước đợt gió mùa.`
          : 'Chợ cá đầu làng nhộn nhịp từ sáng sớm.',
      ],
    });
  }
}

/** Environment for the crawler: reach the fixture web, poll quickly, trickle fetches in. */
export function crawlerEnv(web: FixtureWeb): Record<string, string> {
  return {
    PRESSWATCH_FETCH_ALLOW: `127.0.0.1:${web.port}`,
    PRESSWATCH_PER_HOST_DELAY_MS: '100',
    PRESSWATCH_SCHEDULER_TICK_MS: '300',
  };
}

/** The fixture feeds as sources polled every second or two. */
export async function addFixtureSources(runtime: Runtime, web: FixtureWeb): Promise<void> {
  for (const feed of web.feeds) {
    await runtime.adapters.stores.sources.upsert({
      ...fixtureFeedSource(`fx-${feed.name}`, feed.url, feed),
      name: feed.name,
    });
  }
}

export async function saveMarkerRule(runtime: Runtime): Promise<void> {
  const now = new Date().toISOString();
  const rule: AlertRule = {
    id: MARKER_RULE_ID,
    name: 'Cồn Cỏ lighthouse',
    ownerId: null,
    query: `"${MARKER}"`,
    filters: {
      topics: [],
      sourceIds: [],
      countries: [],
      languages: [],
      domestic: null,
      minRelevance: null,
      minTone: null,
      maxTone: null,
    },
    minScore: null,
    onePerCluster: false,
    quietHours: null,
    channels: [],
    spikeAlerts: false,
    enabled: true,
    createdAt: now,
    updatedAt: now,
  };
  await runtime.adapters.stores.rules.save(rule);
}

/** Every stored item's canonical URL, once per stored item (so duplicates show). */
export async function storedUrls(runtime: Runtime): Promise<string[]> {
  const result = await runtime.adapters.stores.search.search({ query: null, limit: 1_000 });
  return result.hits.map((hit) => hit.item.canonicalUrl);
}

export async function ruleAlerts(runtime: Runtime): Promise<Alert[]> {
  const page = await runtime.adapters.stores.alerts.list({ ruleId: MARKER_RULE_ID, limit: 1_000 });
  return page.alerts;
}

/** Canonical URLs of the fixture articles whose text carries MARKER. */
export function markedUrls(web: FixtureWeb): string[] {
  return web.articles.filter((a) => a.title.includes(MARKER)).map((a) => a.url);
}

export async function waitForAllStored(
  runtime: Runtime,
  web: FixtureWeb,
  deployment: Deployment,
): Promise<void> {
  const { waitFor } = await import('../../support/wait.ts');
  const expected = web.articles.length;
  await waitFor(
    `all ${expected} fixture articles stored (data ${deployment.dataDir})`,
    async () => (await storedUrls(runtime)).length >= expected,
    90_000,
    250,
  );
}
