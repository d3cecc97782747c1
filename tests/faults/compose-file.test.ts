// docker-compose.yml cannot run here (no Docker), so this checks that it starts what the tests
// start: the same `presswatch start <service>` commands (each a real CLI service), only
// environment variables the configuration reads, Redis with AOF, Elasticsearch with the ICU
// plugin by default and OpenSearch as a profile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV_KEYS } from '@presswatch/platform';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { helpText } from '../../services/cli/src/cli.ts';
import { SERVICES } from '../../services/cli/src/commands/start.ts';
import { DISTRIBUTED_SERVICES, deploymentEnv, REPO_ROOT } from './support/service-process.ts';

interface ComposeService {
  image?: string;
  build?: string | { context: string; dockerfile?: string };
  command?: string[];
  environment?: Record<string, string>;
  profiles?: string[];
  healthcheck?: { test: string[] };
  volumes?: string[];
}

const compose = parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const appServices = Object.entries(compose.services).filter(([, s]) => s.image === 'presswatch:local');
/** Variables the programs read without going through the config (secrets read by one service). */
const READ_DIRECTLY = new Set(['PRESSWATCH_METRICS_TOKEN', 'PRESSWATCH_SESSION_SECRET']);

describe('docker-compose.yml', () => {
  it('runs each distributed service the tests run, with a real CLI command', () => {
    expect(appServices.map(([name]) => name).sort()).toEqual([...DISTRIBUTED_SERVICES].sort());
    for (const [name, service] of appServices) {
      expect(service.command, name).toEqual(['start', name]);
      expect(Object.keys(SERVICES), name).toContain(service.command?.[1]);
    }
  });

  it('sets only variables the configuration reads, and every variable the tests set', () => {
    const known = new Set([...Object.keys(ENV_KEYS), ...READ_DIRECTLY]);
    for (const [name, service] of appServices) {
      for (const variable of Object.keys(service.environment ?? {})) {
        expect(known.has(variable), `${name}: ${variable}`).toBe(true);
      }
      expect(service.environment?.PRESSWATCH_MODE, name).toBe('distributed');
    }
    const tested = deploymentEnv({
      redisUrl: 'redis://x',
      redisPrefix: 'p',
      dataDir: '/d',
      sourcesFile: '/s',
    });
    for (const variable of Object.keys(tested)) expect(known.has(variable), variable).toBe(true);
    const composed = new Set(appServices.flatMap(([, s]) => Object.keys(s.environment ?? {})));
    // The tests point at their own sources file; compose uses the image's config/sources.yaml.
    for (const variable of Object.keys(tested).filter((v) => v !== 'PRESSWATCH_SOURCES_FILE')) {
      expect(composed.has(variable), variable).toBe(true);
    }
  });

  it('checks worker health with a real CLI command and the api with /readyz', () => {
    const commands = helpText();
    for (const [name, service] of appServices) {
      const test = service.healthcheck?.test ?? [];
      if (name === 'api') expect(test.join(' ')).toContain('/readyz');
      else {
        expect(test.slice(0, 3), name).toEqual(['CMD', 'npx', 'presswatch']);
        expect(commands).toContain(`presswatch ${test[3]}`);
      }
    }
  });

  it('runs Redis with AOF, Elasticsearch with ICU by default and OpenSearch as a profile', () => {
    const { redis, elasticsearch, opensearch } = compose.services;
    expect(redis?.command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
    expect(elasticsearch?.profiles).toBeUndefined();
    expect(opensearch?.profiles).toEqual(['opensearch']);
    for (const engine of [elasticsearch, opensearch]) {
      const dockerfile = readFileSync(join(REPO_ROOT, String(engine?.build), 'Dockerfile'), 'utf8');
      expect(dockerfile).toMatch(/plugin install --batch analysis-icu/);
      expect(engine?.healthcheck?.test.join(' ')).toContain('_cluster/health');
    }
    for (const volume of ['data', 'redis', 'search']) expect(compose.volumes).toHaveProperty(volume);
  });
});
