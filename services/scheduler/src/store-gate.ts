// The processor's gate: process jobs wait while the item store (SQLite, or the search engine in
// distributed mode) is not healthy, so an engine outage of any length spends no attempts and
// loses no item; the process queue grows meanwhile and back-pressure holds the crawler.
import type { ReadinessReport } from '@presswatch/platform';
import { createCheckedGate, type GateLogger, type WorkGate } from './work-gate.ts';

export function createStoreGate(
  readiness: () => Promise<ReadinessReport>,
  checkMs: number,
  logger: GateLogger,
): WorkGate {
  const check = async () => {
    const { checks } = await readiness();
    return checks.storage !== false && checks.search !== false;
  };
  return createCheckedGate(check, checkMs, (open) => {
    if (open) logger.info({}, 'item store healthy again: processing resumes');
    else logger.warn({}, 'item store unhealthy: holding process jobs');
  });
}
