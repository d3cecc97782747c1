// Composition root of the crawler process (`presswatch start crawler`).
import { createRuntime } from '@presswatch/platform';
import { startCrawler } from './start-crawler.ts';

export async function main(): Promise<void> {
  const runtime = await createRuntime({ name: 'crawler', seed: true });
  startCrawler(runtime);
}
