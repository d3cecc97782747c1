// Composition root of the scheduler process (`presswatch start scheduler`).
import { createRuntime } from '@presswatch/platform';
import { startScheduler } from './start-scheduler.ts';

export async function main(): Promise<void> {
  const runtime = await createRuntime({ name: 'scheduler', seed: true });
  await startScheduler(runtime);
}
