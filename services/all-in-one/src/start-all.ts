// Every service in one process: processor and notifier first (so work has somewhere to go), then
// the crawler, then the API. On the embedded default this is the whole monitor.
import { startApi } from '@presswatch/api';
import { startCrawler } from '@presswatch/crawler';
import { startNotifier } from '@presswatch/notifier';
import type { Runtime } from '@presswatch/platform';
import { startProcessor } from '@presswatch/processor';

export async function startAll(runtime: Runtime): Promise<{ url: string }> {
  startProcessor(runtime);
  startNotifier(runtime);
  startCrawler(runtime);
  return startApi(runtime);
}
