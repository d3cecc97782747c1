// Composition root of the processor process (`presswatch start processor`).
import { createRuntime } from '@presswatch/platform';
import { startProcessor } from './start-processor.ts';

export async function main(): Promise<void> {
  const runtime = await createRuntime({ name: 'processor' });
  startProcessor(runtime);
}
