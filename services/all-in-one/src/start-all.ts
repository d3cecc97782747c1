// Every service in one process: processor and notifier first (so work has somewhere to go), then
// the crawler, then the API. On the embedded default this is the whole monitor. The crawler's
// extraction and the processor's classification share one pool of worker threads, so the process
// uses the machine's other cores while its main thread runs the queues and SQLite writes.
import { startApi } from '@presswatch/api';
import { startCrawler } from '@presswatch/crawler';
import { startNotifier } from '@presswatch/notifier';
import type { Runtime } from '@presswatch/platform';
import { processorPureStages, startProcessor } from '@presswatch/processor';

export async function startAll(runtime: Runtime): Promise<{ url: string }> {
  const pureStages = processorPureStages(runtime);
  runtime.shutdown.register('pure-stage pool', 'queues', () => pureStages.close());
  startProcessor(runtime, { pureStages });
  startNotifier(runtime);
  startCrawler(runtime, { pureStages });
  return startApi(runtime);
}
