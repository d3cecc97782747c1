// What every process starts with: configuration, a logger, the shutdown registry and the adapters.
// Each service's main.ts (its composition root) calls this once, then builds its own parts.
import { existsSync } from 'node:fs';
import type { Logger } from 'pino';
import { type Adapters, openAdapters } from './adapters.ts';
import { type LoadConfigOptions, loadConfig } from './config.ts';
import type { Config } from './config-schema.ts';
import { createLogger } from './logger.ts';
import { readSourcesFile, seedAdminToken, seedSources } from './seed.ts';
import { readArgumentCards, seedArgumentCards } from './seed-arguments.ts';
import { ShutdownRegistry } from './shutdown.ts';

export interface Runtime {
  config: Config;
  logger: Logger;
  shutdown: ShutdownRegistry;
  adapters: Adapters;
}

export interface RuntimeOptions extends LoadConfigOptions {
  name: string;
  /** Install SIGTERM/SIGINT handlers (off in tests that run several runtimes in one process). */
  handleSignals?: boolean;
  /** Seed sources and the admin token (the API and all-in-one do; workers need not). */
  seed?: boolean;
}

export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  const config = loadConfig(options);
  const logger = createLogger({ level: config.log.level, name: options.name });
  const shutdown = new ShutdownRegistry(logger, config.shutdown.deadlineMs);
  if (options.handleSignals ?? true) shutdown.installSignalHandlers();
  const adapters = await openAdapters(config, logger, shutdown);
  if (options.seed) await seed(config, adapters, logger);
  logger.info({ mode: config.mode, dataDir: config.dataDir, queue: adapters.queues.kind }, 'runtime ready');
  return { config, logger, shutdown, adapters };
}

async function seed(config: Config, adapters: Adapters, logger: Logger): Promise<void> {
  if (config.sourcesFile) {
    const count = await seedSources(adapters.stores.sources, readSourcesFile(config.sourcesFile));
    logger.info({ added: count, file: config.sourcesFile }, 'sources seeded');
  }
  if (config.argumentsDir && existsSync(config.argumentsDir)) {
    const cards = readArgumentCards(config.argumentsDir);
    const added = await seedArgumentCards(adapters.stores.argumentCards, cards);
    if (added) logger.info({ added, dir: config.argumentsDir }, 'argument library seeded');
  }
  if (config.secrets.adminToken) {
    await seedAdminToken(adapters.stores.tokens, config.secrets.adminToken);
    logger.info('admin token from PRESSWATCH_ADMIN_TOKEN is active');
  }
}
