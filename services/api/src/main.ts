// Composition root of the API process (`presswatch start api`).
import { createRuntime } from '@presswatch/platform';
import { startApi } from './server.ts';

export async function main(): Promise<void> {
  const runtime = await createRuntime({ name: 'api', seed: true });
  await startApi(runtime);
}
