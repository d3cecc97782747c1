// Configuration is read once at start: defaults < config file < environment. The result is
// validated into one typed, deeply frozen object; a bad value stops the process with a message
// naming the key and where it came from.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type Config, configSchema } from './config-schema.ts';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Environment variable → config path. Documented in the README. */
export const ENV_KEYS: Record<string, string[]> = {
  PRESSWATCH_MODE: ['mode'],
  HOST: ['http', 'host'],
  PORT: ['http', 'port'],
  PRESSWATCH_PUBLIC_URL: ['http', 'publicUrl'],
  PRESSWATCH_DATA_DIR: ['dataDir'],
  LOG_LEVEL: ['log', 'level'],
  PRESSWATCH_SOURCES_FILE: ['sourcesFile'],
  PRESSWATCH_ARGUMENTS_DIR: ['argumentsDir'],
  REDIS_URL: ['redis', 'url'],
  REDIS_PREFIX: ['redis', 'prefix'],
  PRESSWATCH_QUEUE_LOCK_MS: ['redis', 'lockDurationMs'],
  PRESSWATCH_QUEUE_STALLED_MS: ['redis', 'stalledIntervalMs'],
  PRESSWATCH_LEADER_TTL_MS: ['leader', 'ttlMs'],
  SEARCH_URL: ['search', 'url'],
  SEARCH_ENGINE: ['search', 'engine'],
  SEARCH_PREFIX: ['search', 'prefix'],
  SEARCH_REPLICAS: ['search', 'replicas'],
  PRESSWATCH_CRAWLER_SCHEDULER: ['crawl', 'scheduler'],
  PRESSWATCH_BACKPRESSURE_HIGH: ['crawl', 'backpressure', 'highWater'],
  PRESSWATCH_BACKPRESSURE_LOW: ['crawl', 'backpressure', 'lowWater'],
  PRESSWATCH_PROCESS_CONCURRENCY: ['process', 'concurrency'],
  PRESSWATCH_PROCESS_WORKERS: ['process', 'workers'],
  PRESSWATCH_USER_AGENT: ['crawl', 'userAgent'],
  PRESSWATCH_SCHEDULER_TICK_MS: ['crawl', 'schedulerTickMs'],
  PRESSWATCH_FETCH_ALLOW: ['crawl', 'allowHosts'],
  PRESSWATCH_PER_HOST_DELAY_MS: ['crawl', 'perHostDelayMs'],
  PRESSWATCH_SHUTDOWN_DEADLINE_MS: ['shutdown', 'deadlineMs'],
  PRESSWATCH_ADMIN_TOKEN: ['secrets', 'adminToken'],
  SMTP_URL: ['secrets', 'smtpUrl'],
  SMTP_HOST: ['smtp', 'host'],
  SMTP_PORT: ['smtp', 'port'],
  SMTP_USER: ['smtp', 'user'],
  SMTP_PASSWORD: ['secrets', 'smtpPassword'],
  MAIL_FROM: ['smtp', 'from'],
};

export interface LoadConfigOptions {
  env?: NodeJS.ProcessEnv;
  /** Explicit config file; else PRESSWATCH_CONFIG; else ./presswatch.yaml when it exists. */
  file?: string;
  /** Values set by the program itself (e.g. the demo), applied over the environment. */
  overrides?: Record<string, unknown>;
}

export function loadConfig(options: LoadConfigOptions = {}): Config {
  const env = options.env ?? process.env;
  const fileValues = readConfigFile(options.file ?? env.PRESSWATCH_CONFIG);
  const merged = deepMerge(deepMerge(fileValues, envValues(env)), options.overrides ?? {});
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${describePath(issue.path)}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return deepFreeze(parsed.data) as Config;
}

function readConfigFile(explicit: string | undefined): Record<string, unknown> {
  const path = resolve(explicit ?? 'presswatch.yaml');
  if (!existsSync(path)) {
    if (explicit) throw new ConfigError(`Config file not found: ${path}`);
    return {};
  }
  let values: unknown;
  try {
    values = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Config file ${path} is not valid YAML: ${(error as Error).message}`);
  }
  if (values === null || values === undefined) return {};
  if (typeof values !== 'object' || Array.isArray(values)) {
    throw new ConfigError(`Config file ${path} must hold a mapping at the top level`);
  }
  if ('secrets' in values) {
    throw new ConfigError(
      `Config file ${path}: secrets are read from the environment only (PRESSWATCH_ADMIN_TOKEN)`,
    );
  }
  return values as Record<string, unknown>;
}

function envValues(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    setPath(out, path, value);
  }
  return out;
}

function describePath(path: (string | number)[]): string {
  const dotted = path.join('.');
  const envName = Object.entries(ENV_KEYS).find(([, p]) => p.join('.') === dotted)?.[0];
  return envName ? `${dotted} (env ${envName})` : dotted || '(root)';
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? deepMerge(out[key], value) : value;
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (isPlainObject(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
