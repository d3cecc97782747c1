// GET /api/topics and /api/gazetteer: the classifier configuration the processor loads, read-only,
// from the repository's config/ (and a 503 problem when the configured directory is wrong).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support.ts';

const CONFIG = join(import.meta.dirname, '../../../config');

describe('topics and gazetteer', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      classifyDirs: { topicsDir: join(CONFIG, 'topics'), gazetteerDir: join(CONFIG, 'gazetteer') },
    });
  });
  afterAll(() => api.close());

  it('lists every topic file with its labels, queries and exclusions', async () => {
    const response = await api.app.inject({ url: '/api/topics', headers: api.bearer('viewer') });
    expect(response.statusCode).toBe(200);
    const topics = response.json().topics as {
      id: string;
      names: { vi: string; en: string };
      queries: { query: string; weight: number; scope: string }[];
      exclusions: unknown[];
    }[];
    expect(topics.map((t) => t.id)).toEqual(['border', 'human_rights', 'investment', 'sea_islands']);
    const border = topics.find((t) => t.id === 'border')!;
    expect(border.names).toEqual({ vi: 'Biên giới', en: 'Border' });
    expect(border.queries[0]).toMatchObject({ weight: 1, scope: 'zones', note: 'the border guard' });
    expect(border.queries[0]!.query).toContain('"biên phòng"');
    expect(border.exclusions.length).toBeGreaterThan(0);
  });

  it('lists the places of the province gazetteer', async () => {
    const response = await api.app.inject({ url: '/api/gazetteer', headers: api.bearer('viewer') });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.province).toMatchObject({ id: 'quang-tri', name: 'Quảng Trị' });
    expect(body.places).toContainEqual(
      expect.objectContaining({ id: 'quang-binh', names: expect.arrayContaining(['Quảng Bình']), weight: 1 }),
    );
  });
});

describe('a wrong configuration directory', () => {
  let api: TestApi;
  let empty: string;
  beforeAll(async () => {
    empty = mkdtempSync(join(tmpdir(), 'pw-topics-'));
    api = await startTestApi({ classifyDirs: { topicsDir: empty, gazetteerDir: empty } });
  });
  afterAll(async () => {
    await api.close();
    rmSync(empty, { recursive: true, force: true });
  });

  it('answers 503 naming the problem', async () => {
    const response = await api.app.inject({ url: '/api/topics', headers: api.bearer('viewer') });
    expect(response.statusCode).toBe(503);
    expect(response.json().detail).toContain('holds no .yaml file');
  });
});
