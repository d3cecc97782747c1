// presswatch ready: the readiness checks of /readyz (storage, queue/Redis, search engine when
// configured) from the command line, for containers without an HTTP port (docker-compose.yml's
// worker health checks). Prints the report as JSON; exit 0 when ready, 1 when not.
import { createRuntime } from '@presswatch/platform';

export async function runReady(): Promise<number> {
  const runtime = await createRuntime({
    name: 'ready',
    handleSignals: false,
    overrides: { log: { level: 'silent' } },
  });
  try {
    const report = await runtime.adapters.readiness();
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return report.ready ? 0 : 1;
  } finally {
    await runtime.shutdown.shutdown('readiness checked');
  }
}
