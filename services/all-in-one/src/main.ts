// Composition root of the all-in-one process (`presswatch start`, `npm start`).
import { createRuntime, type RuntimeOptions } from '@presswatch/platform';
import { startAll } from './start-all.ts';

export async function main(options: Partial<RuntimeOptions> = {}) {
  const runtime = await createRuntime({ name: 'presswatch', seed: true, ...options });
  const { url } = await startAll(runtime);
  return { runtime, url };
}
