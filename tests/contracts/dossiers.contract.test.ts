// The DossierRepository contract, for every adapter: dense positions through add, delete and
// reorder (also when two processes add sections at once), sections keeping their snapshots and
// going with their dossier, and the list newest change first with its counts.
import type { ArgumentCard, Dossier, NewSection } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS_ADAPTERS, reportMissingSearchNode, useBackend } from './support/accounts-stores.ts';

reportMissingSearchNode('DossierRepository contract');

const dossier = (id: string, updatedAt: string, overrides: Partial<Dossier> = {}): Dossier => ({
  id,
  title: `Hồ sơ ${id}`,
  topic: null,
  summary: '',
  ownerId: 'u1',
  createdAt: updatedAt,
  updatedAt,
  ...overrides,
});

const claim = (dossierId: string, id: string): NewSection => ({
  id,
  dossierId,
  kind: 'claim',
  note: '',
  quote: '',
  item: {
    id: `i-${id}`,
    title: `Bài viết ${id}`,
    url: `https://tin.example/${id}`,
    sourceName: 'Báo Ví Dụ',
    publishedAt: '2026-10-30T08:00:00.000Z',
    language: 'vi',
    country: 'vn',
    clusterSize: 3,
  },
  cardId: null,
  card: null,
});

const card: ArgumentCard = {
  id: 'c1',
  title: 'Chủ quyền biển đảo',
  statement: 'Một lập luận hư cấu để thử.',
  topics: ['sea_islands'],
  evidence: [{ text: 'Dẫn chứng', citation: 'Văn bản ví dụ, điều 1', url: 'https://luat.example/1' }],
  updatedAt: '2026-11-01T00:00:00.000Z',
  updatedBy: 'system',
};

const argument = (dossierId: string, id: string): NewSection => ({
  id,
  dossierId,
  kind: 'argument',
  note: 'ghi chú',
  quote: '',
  item: null,
  cardId: card.id,
  card,
});

describe.each(ACCOUNTS_ADAPTERS)('DossierRepository contract: $name', (adapter) => {
  const backend = useBackend(adapter);
  const dossiers = () => backend().stores.dossiers;
  const positions = async (id: string) => (await dossiers().sections(id)).map((s) => `${s.id}${s.position}`);

  it('keeps positions dense through add, delete and reorder', async () => {
    await dossiers().create(dossier('d1', '2026-11-01T00:00:00.000Z'));
    for (const id of ['a', 'b', 'c', 'd']) await dossiers().addSection(claim('d1', id));
    expect(await positions('d1')).toEqual(['a0', 'b1', 'c2', 'd3']);
    expect(await dossiers().deleteSection('d1', 'b')).toBe(true);
    expect(await dossiers().deleteSection('d1', 'b')).toBe(false);
    expect(await dossiers().deleteSection('other', 'a')).toBe(false);
    expect(await positions('d1')).toEqual(['a0', 'c1', 'd2']);
    await dossiers().reorder('d1', ['d', 'a', 'c']);
    expect(await positions('d1')).toEqual(['d0', 'a1', 'c2']);
    await dossiers().addSection(claim('d1', 'e'));
    expect(await positions('d1')).toEqual(['d0', 'a1', 'c2', 'e3']);
  });

  it('keeps the snapshots of sections and edits only their note and quote', async () => {
    await dossiers().create(dossier('d1', '2026-11-01T00:00:00.000Z'));
    const added = await dossiers().addSection(claim('d1', 'a'));
    expect(added).toEqual({ ...claim('d1', 'a'), position: 0 });
    expect(await dossiers().addSection(argument('d1', 'b'))).toEqual({ ...argument('d1', 'b'), position: 1 });
    await dossiers().updateSection({
      ...added,
      note: 'Sai sự thật',
      quote: '“trích dẫn”',
      item: null,
      position: 7,
    });
    await dossiers().updateSection({ ...added, id: 'missing', note: 'x' });
    expect(await dossiers().sections('d1')).toEqual([
      { ...claim('d1', 'a'), position: 0, note: 'Sai sự thật', quote: '“trích dẫn”' },
      { ...argument('d1', 'b'), position: 1 },
    ]);
    expect(await dossiers().sections('missing')).toEqual([]);
  });

  it('refuses a section of a dossier that does not exist, and a section id twice', async () => {
    await expect(dossiers().addSection(claim('missing', 'a'))).rejects.toThrow(/FOREIGN KEY/);
    await dossiers().create(dossier('d1', '2026-11-01T00:00:00.000Z'));
    await dossiers().addSection(claim('d1', 'a'));
    await expect(dossiers().addSection(claim('d1', 'a'))).rejects.toThrow(/UNIQUE/);
    await expect(dossiers().create(dossier('d1', '2026-11-02T00:00:00.000Z'))).rejects.toThrow(/UNIQUE/);
    expect(await positions('d1')).toEqual(['a0']);
  });

  it('lists newest change first with counts, and deletes sections with their dossier', async () => {
    await dossiers().create(dossier('d1', '2026-11-01T00:00:00.000Z'));
    await dossiers().create(dossier('d2', '2026-11-02T00:00:00.000Z'));
    await dossiers().create(dossier('d0', '2026-11-01T00:00:00.000Z'));
    for (const id of ['a', 'b', 'c']) await dossiers().addSection(claim('d1', id));
    await dossiers().addSection(argument('d1', 'x'));
    const list = await dossiers().list();
    expect(list.map((d) => [d.id, d.claimCount, d.argumentCount])).toEqual([
      ['d2', 0, 0],
      ['d0', 0, 0],
      ['d1', 3, 1],
    ]);
    expect(list[2]).toEqual({
      ...dossier('d1', '2026-11-01T00:00:00.000Z'),
      claimCount: 3,
      argumentCount: 1,
    });
    await dossiers().touch('d1', '2026-11-03T00:00:00.000Z');
    expect((await dossiers().list())[0]?.id).toBe('d1');
    expect(await dossiers().delete('d1')).toBe(true);
    expect(await dossiers().sections('d1')).toEqual([]);
    expect(await dossiers().delete('d1')).toBe(false);
    expect((await dossiers().list()).map((d) => d.id)).toEqual(['d2', 'd0']);
  });

  it('updates title, topic, summary and the change time only', async () => {
    await dossiers().create(dossier('d1', '2026-11-01T00:00:00.000Z'));
    await dossiers().addSection(claim('d1', 'a'));
    await dossiers().update(
      dossier('d1', '2026-11-05T00:00:00.000Z', {
        title: 'Tiêu đề mới',
        topic: 'border',
        summary: 'Tóm tắt',
        ownerId: 'u9',
        createdAt: '2030-01-01T00:00:00.000Z',
      }),
    );
    expect(await dossiers().get('d1')).toEqual(
      dossier('d1', '2026-11-05T00:00:00.000Z', {
        title: 'Tiêu đề mới',
        topic: 'border',
        summary: 'Tóm tắt',
        createdAt: '2026-11-01T00:00:00.000Z',
      }),
    );
    expect(await positions('d1')).toEqual(['a0']);
    await dossiers().update(dossier('missing', '2026-11-05T00:00:00.000Z'));
    expect(await dossiers().get('missing')).toBeNull();
  });

  it('numbers sections densely and loses no edit when two processes change one dossier at once', async () => {
    const other = await backend().second();
    await dossiers().create(dossier('d1', '2026-11-01T00:00:00.000Z'));
    const first = await dossiers().addSection(claim('d1', 's0'));
    const ids = Array.from({ length: 5 }, (_, i) => `s${i + 1}`);
    await Promise.all([
      ...ids.map((id, i) => (i % 2 ? other.dossiers : dossiers()).addSection(claim('d1', id))),
      other.dossiers.updateSection({ ...first, note: 'sửa cùng lúc' }),
      dossiers().touch('d1', '2026-11-09T00:00:00.000Z'),
    ]);
    const sections = await dossiers().sections('d1');
    expect(sections.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(sections.map((s) => s.id).sort()).toEqual(['s0', ...ids]);
    expect(sections[0]).toMatchObject({ id: 's0', note: 'sửa cùng lúc' });
    expect(await other.dossiers.get('d1')).toMatchObject({ updatedAt: '2026-11-09T00:00:00.000Z' });
    expect((await other.dossiers.list())[0]).toMatchObject({ id: 'd1', claimCount: 6 });
  });
});
