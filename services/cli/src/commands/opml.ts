// presswatch import-opml <file> / presswatch export-opml: OPML subscription lists in and out of
// the source store of the configured data directory. Import adds new sources and updates existing
// ones (same id) without touching their polling state; every valid entry is imported even when
// others are rejected, and each rejected one is reported. Export prints OPML 2.0 on stdout.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { OpmlParseError, sourcesFromOpml, sourcesToOpml } from '@presswatch/ingest';
import { createRuntime, type Runtime } from '@presswatch/platform';

export async function runImportOpml(args: string[]): Promise<number> {
  const [path, ...rest] = args;
  if (!path || rest.length > 0 || path.startsWith('-')) {
    process.stderr.write('presswatch import-opml: usage: presswatch import-opml <file>\n');
    return 2;
  }
  let parsed: ReturnType<typeof sourcesFromOpml>;
  try {
    parsed = sourcesFromOpml(await readFile(resolve(path), 'utf8'));
  } catch (error) {
    const message = error instanceof OpmlParseError ? error.message : describeReadError(error, path);
    process.stderr.write(`presswatch import-opml: ${message}\n`);
    return 1;
  }
  await withStore(process.env.LOG_LEVEL || 'warn', async (runtime) => {
    const store = runtime.adapters.stores.sources;
    const existing = new Set((await store.list()).map((s) => s.id));
    for (const source of parsed.sources) await store.upsert(source);
    const added = parsed.sources.filter((s) => !existing.has(s.id)).length;
    process.stdout.write(
      `imported ${parsed.sources.length} sources (${added} new, ${parsed.sources.length - added} updated)` +
        `${parsed.errors.length ? `; ${parsed.errors.length} entries rejected` : ''}\n`,
    );
  });
  for (const error of parsed.errors) {
    process.stderr.write(`  entry ${error.position} (${error.title ?? error.url}): ${error.message}\n`);
  }
  return parsed.errors.length ? 1 : 0;
}

export async function runExportOpml(args: string[]): Promise<number> {
  if (args.length > 0) {
    process.stderr.write('presswatch export-opml: usage: presswatch export-opml > sources.opml\n');
    return 2;
  }
  // Logs would go to stdout too, which carries the OPML.
  await withStore('silent', async (runtime) => {
    const sources = await runtime.adapters.stores.sources.list();
    process.stdout.write(sourcesToOpml(sources));
  });
  return 0;
}

async function withStore(logLevel: string, work: (runtime: Runtime) => Promise<void>): Promise<void> {
  const runtime = await createRuntime({
    name: 'cli',
    handleSignals: false,
    overrides: { log: { level: logLevel } },
  });
  try {
    await work(runtime);
  } finally {
    await runtime.shutdown.shutdown('done');
  }
}

function describeReadError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return `no such file: ${path}`;
  return error instanceof Error ? error.message : String(error);
}
