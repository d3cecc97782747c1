import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

const noFile = join(tmpdir(), 'presswatch-no-such-dir');

function writeConfig(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pw-config-'));
  const file = join(dir, 'presswatch.yaml');
  writeFileSync(file, text);
  return file;
}

describe('loadConfig', () => {
  it('gives the embedded defaults with an empty environment', () => {
    const config = loadConfig({ env: {}, file: undefined, overrides: {} });
    expect(config.mode).toBe('embedded');
    expect(config.http.port).toBe(8080);
    expect(config.dataDir).toBe('./data');
  });

  it('reads the environment over the file', () => {
    const file = writeConfig('http:\n  port: 9000\ndataDir: /srv/pw\n');
    const config = loadConfig({ env: { PORT: '9100' }, file });
    expect(config.http.port).toBe(9100);
    expect(config.dataDir).toBe('/srv/pw');
  });

  it('names the key and the environment variable of a bad value', () => {
    expect(() => loadConfig({ env: { PORT: 'eighty' } })).toThrow(/http\.port \(env PORT\)/);
  });

  it('sizes the extraction/classification thread pool from PRESSWATCH_PROCESS_WORKERS', () => {
    expect(loadConfig({ env: {}, file: undefined }).process.workers).toBeUndefined();
    expect(loadConfig({ env: { PRESSWATCH_PROCESS_WORKERS: '0' } }).process.workers).toBe(0);
    expect(loadConfig({ env: { PRESSWATCH_PROCESS_WORKERS: '3' } }).process.workers).toBe(3);
    expect(() => loadConfig({ env: { PRESSWATCH_PROCESS_WORKERS: '-1' } })).toThrow(
      /process\.workers \(env PRESSWATCH_PROCESS_WORKERS\)/,
    );
  });

  it('rejects unknown keys in the file', () => {
    const file = writeConfig('htp:\n  port: 1\n');
    expect(() => loadConfig({ env: {}, file })).toThrow(ConfigError);
  });

  it('refuses secrets in the config file', () => {
    const file = writeConfig('secrets:\n  adminToken: abcdefghijklmnopqrstuvwxyz\n');
    expect(() => loadConfig({ env: {}, file })).toThrow(/environment only/);
  });

  it('fails when an explicit config file is missing', () => {
    expect(() => loadConfig({ env: {}, file: join(noFile, 'x.yaml') })).toThrow(/not found/);
  });

  it('requires REDIS_URL in distributed mode', () => {
    expect(() => loadConfig({ env: { PRESSWATCH_MODE: 'distributed' } })).toThrow(/REDIS_URL/);
  });

  it('takes the admin token from the environment and freezes the result', () => {
    const config = loadConfig({ env: { PRESSWATCH_ADMIN_TOKEN: 'a-long-enough-secret-value' } });
    expect(config.secrets.adminToken).toBe('a-long-enough-secret-value');
    expect(Object.isFrozen(config.http)).toBe(true);
    expect(() => {
      (config.http as { port: number }).port = 1;
    }).toThrow(TypeError);
  });
});
