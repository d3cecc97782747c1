// The processor child of the crawl benchmark's two-process layout: what `presswatch start
// processor` runs, on the parent's SQLite store and queue files (WAL, busy_timeout). Protocol
// over IPC: it sends 'ready' once the model is loaded; 'start' starts the worker and the CPU
// clock; 'stop' closes the worker and answers with its CPU seconds, peak RSS and stage spans.
//   node --import tsx bench/crawl-processor.ts <dir>
import { join } from 'node:path';
import { processQueue } from '@presswatch/domain';
import { openSqliteQueueBackend } from '@presswatch/queue-sqlite';
import { createProcessHandler } from '@presswatch/stages';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { benchPureStages, CONCURRENCY, quiet, sampleRss, timedProcessDeps } from './crawl-process.ts';
import { StageClock } from './crawl-timing.ts';

export interface ProcessorReport {
  cpuSeconds: number;
  peakRssMb: number;
  spans: Record<string, number>;
}

function main(dir: string): void {
  const storage = openSqliteStorage({ path: join(dir, 'store.db'), checkpoints: 'thread' });
  const queues = openSqliteQueueBackend({ path: join(dir, 'queue.db'), logger: quiet });
  const clock = new StageClock();
  const pure = benchPureStages();
  const handler = clock.timeAsync(
    'process stage',
    createProcessHandler(timedProcessDeps(storage, queues, clock, pure)),
  );
  let stopRun: (() => Promise<ProcessorReport>) | null = null;
  process.on('message', async (message) => {
    if (message === 'start') stopRun = startRun();
    if (message !== 'stop') return;
    const report = stopRun ? await stopRun() : { cpuSeconds: 0, peakRssMb: 0, spans: {} };
    await queues.close();
    await pure.close();
    storage.close();
    process.send?.(report, () => process.exit(0));
  });
  const startRun = () => {
    const rss = sampleRss();
    const cpuStart = process.cpuUsage();
    const worker = queues.work(processQueue, handler, { concurrency: CONCURRENCY.process });
    return async (): Promise<ProcessorReport> => {
      const cpu = process.cpuUsage(cpuStart);
      const peakRssMb = rss.stop();
      await worker.close({ deadlineMs: 5_000 });
      return { cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb, spans: clock.spans() };
    };
  };
  process.once('disconnect', () => process.exit(1)); // the bench died: do not linger
  process.send?.('ready');
}

main(process.argv[2] ?? '.');
