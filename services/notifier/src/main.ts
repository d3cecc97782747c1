// Composition root of the notifier process (`presswatch start notifier`).
import { createRuntime } from '@presswatch/platform';
import { startNotifier } from './start-notifier.ts';

export async function main(): Promise<void> {
  const runtime = await createRuntime({ name: 'notifier' });
  startNotifier(runtime);
}
