// Dossiers and the argument library through the real API over a real SQLite file: roles and
// ownership, claims snapshotted from items (reach from the story cluster), arguments from the
// library, order, suggestions, exports, and the audit trail.
import type { ClusterMember, StoryCluster } from '@presswatch/domain';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, indexItems, login, type Session, startTestApi, type TestApi, testItem } from './support.ts';

let api: TestApi;
let other: Session;

const CARD = {
  title: 'Cột mốc biên giới được cắm theo hiệp định',
  statement: 'Lập luận thử nghiệm do nhóm phát triển viết về phân giới cắm mốc.',
  topics: ['border'],
  evidence: [
    {
      text: 'Dẫn chứng thử nghiệm',
      citation: 'Luật Biên giới quốc gia 2003',
      url: 'https://luat.example/bg',
    },
  ],
};

async function clusterOfThree(itemId: string) {
  await api.storage.clusters.assign({
    member: {
      itemId,
      sourceId: 'bao-thu',
      sourceName: 'Báo Thử',
      url: `https://bao-thu.example/${itemId}`,
      language: 'vi',
      country: 'vn',
      seenAt: '2026-11-01T00:00:00.000Z',
      title: 'x',
      sentences: [],
    },
    signature: new Uint8Array(16),
    bandKeys: [],
    windowMs: 1,
    maxCandidates: 1,
    newClusterId: `c-${itemId}`,
    choose: () => null,
    merge: (_: StoryCluster | null, m: ClusterMember): StoryCluster => ({
      id: m.clusterId,
      firstSeen: m.seenAt,
      lastSeen: m.seenAt,
      size: 3,
      outlets: [m.sourceId],
      countries: ['vn'],
      languages: ['vi'],
      headlineItemId: m.itemId,
      headline: m.title,
      summary: null,
    }),
  });
}

beforeAll(async () => {
  api = await startTestApi();
  await indexItems(api.storage, [
    testItem('a1', '2026-11-02T08:00:00.000Z', { title: 'Bài sai về cột mốc biên giới', clusterId: 'c-a1' }),
    testItem('a2', '2026-11-04T08:00:00.000Z', {
      title: 'Bài thứ hai',
      sourceName: 'Tạp chí Ngoài',
      country: 'us',
      language: 'en',
    }),
  ]);
  await clusterOfThree('a1');
  await addUser(api.storage, 'lan', 'analyst');
  other = await login(api.app, 'lan');
});
afterAll(() => api.close());

const as = (role: 'viewer' | 'analyst' | 'press_officer' | 'admin') => api.bearer(role);

describe('argument library', () => {
  it('is maintained by press officers and read by everyone', async () => {
    const refused = await api.app.inject({
      method: 'POST',
      url: '/api/arguments',
      headers: as('analyst'),
      payload: CARD,
    });
    expect(refused.statusCode).toBe(403);
    const created = await api.app.inject({
      method: 'POST',
      url: '/api/arguments',
      headers: as('press_officer'),
      payload: CARD,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ ...CARD, updatedBy: 'token:tk-press_officer' });
    const id = created.json().id as string;
    const found = await api.app.inject({ url: '/api/arguments?q=phan gioi cam moc', headers: as('viewer') });
    expect(found.json().cards.map((c: { id: string }) => c.id)).toEqual([id]);
    const otherTopic = await api.app.inject({
      url: '/api/arguments?topic=investment',
      headers: as('viewer'),
    });
    expect(otherTopic.json().cards).toEqual([]);
    const patched = await api.app.inject({
      method: 'PATCH',
      url: `/api/arguments/${id}`,
      headers: as('admin'),
      payload: { statement: 'Lập luận đã sửa.' },
    });
    expect(patched.json()).toMatchObject({
      title: CARD.title,
      statement: 'Lập luận đã sửa.',
      updatedBy: 'token:tk-admin',
    });
    await api.app.inject({
      method: 'PATCH',
      url: `/api/arguments/${id}`,
      headers: as('admin'),
      payload: { statement: CARD.statement },
    });
  });

  it('rejects evidence without a citation and non-http links', async () => {
    for (const evidence of [[{ text: 'x' }], [{ text: 'x', citation: 'y', url: 'javascript:alert(1)' }]]) {
      const response = await api.app.inject({
        method: 'POST',
        url: '/api/arguments',
        headers: as('admin'),
        payload: { ...CARD, evidence },
      });
      expect(response.statusCode).toBe(400);
    }
  });
});

describe('dossiers', () => {
  let dossierId: string;
  let cardId: string;

  it('are created by analysts and read by viewers', async () => {
    const viewer = await api.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      headers: as('viewer'),
      payload: { title: 'x' },
    });
    expect(viewer.statusCode).toBe(403);
    const created = await api.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      headers: as('analyst'),
      payload: { title: 'Hồ sơ cột mốc', topic: 'border', summary: 'Tóm tắt.' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      title: 'Hồ sơ cột mốc',
      topic: 'border',
      ownerId: 'token:tk-analyst',
      sections: [],
    });
    dossierId = created.json().id;
    const list = await api.app.inject({ url: '/api/dossiers', headers: as('viewer') });
    expect(list.json().dossiers).toEqual([
      expect.objectContaining({ id: dossierId, claimCount: 0, argumentCount: 0 }),
    ]);
  });

  it('snapshots claims from items with their reach, and attaches library cards', async () => {
    const url = `/api/dossiers/${dossierId}`;
    const first = await api.app.inject({
      method: 'POST',
      url: `${url}/claims`,
      headers: as('analyst'),
      payload: { itemId: 'a1', quote: 'Câu trích sai', note: 'n1' },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      kind: 'claim',
      position: 0,
      quote: 'Câu trích sai',
      item: {
        id: 'a1',
        title: 'Bài sai về cột mốc biên giới',
        sourceName: 'Báo Thử',
        clusterSize: 3,
        country: 'vn',
      },
    });
    const second = await api.app.inject({
      method: 'POST',
      url: `${url}/claims`,
      headers: as('analyst'),
      payload: { itemId: 'a2' },
    });
    expect(second.json()).toMatchObject({ position: 1, item: { clusterSize: 1, country: 'us' } });
    const missing = await api.app.inject({
      method: 'POST',
      url: `${url}/claims`,
      headers: as('analyst'),
      payload: { itemId: 'nope' },
    });
    expect(missing.statusCode).toBe(404);

    const suggested = await api.app.inject({ url: `${url}/suggested-arguments`, headers: as('viewer') });
    cardId = suggested.json().cards[0].id;
    expect(suggested.json().cards[0].title).toBe(CARD.title);
    const argument = await api.app.inject({
      method: 'POST',
      url: `${url}/arguments`,
      headers: as('analyst'),
      payload: { cardId },
    });
    expect(argument.json()).toMatchObject({
      kind: 'argument',
      position: 2,
      card: { id: cardId, title: CARD.title },
    });
    const after = await api.app.inject({ url: `${url}/suggested-arguments`, headers: as('viewer') });
    expect(after.json().cards.map((c: { id: string }) => c.id)).not.toContain(cardId);
  });

  it('edits, orders and deletes sections; only a permutation is an order', async () => {
    const url = `/api/dossiers/${dossierId}`;
    const ids = (await api.app.inject({ url, headers: as('viewer') }))
      .json()
      .sections.map((s: { id: string }) => s.id);
    const bad = await api.app.inject({
      method: 'PUT',
      url: `${url}/order`,
      headers: as('analyst'),
      payload: { sectionIds: [ids[0], ids[0], ids[1]] },
    });
    expect(bad.statusCode).toBe(400);
    const ordered = await api.app.inject({
      method: 'PUT',
      url: `${url}/order`,
      headers: as('analyst'),
      payload: { sectionIds: [ids[2], ids[0], ids[1]] },
    });
    expect(ordered.json().sections.map((s: { id: string; position: number }) => [s.id, s.position])).toEqual([
      [ids[2], 0],
      [ids[0], 1],
      [ids[1], 2],
    ]);
    const patched = await api.app.inject({
      method: 'PATCH',
      url: `${url}/sections/${ids[1]}`,
      headers: as('analyst'),
      payload: { quote: 'Trích mới' },
    });
    expect(patched.json()).toMatchObject({ id: ids[1], quote: 'Trích mới', position: 2 });
    const gone = await api.app.inject({
      method: 'DELETE',
      url: `${url}/sections/${ids[2]}`,
      headers: as('analyst'),
    });
    expect(gone.statusCode).toBe(204);
    const now = (await api.app.inject({ url, headers: as('viewer') })).json();
    expect(now.sections.map((s: { id: string; position: number }) => [s.id, s.position])).toEqual([
      [ids[0], 0],
      [ids[1], 1],
    ]);
    await api.app.inject({
      method: 'POST',
      url: `${url}/arguments`,
      headers: as('analyst'),
      payload: { cardId, note: 'Dùng lập luận này' },
    });
  });

  it("refuses changes by another analyst, allows the owner's and an admin's", async () => {
    const url = `/api/dossiers/${dossierId}`;
    const stranger = await api.app.inject({
      method: 'PATCH',
      url,
      headers: other.headers,
      payload: { title: 'x' },
    });
    expect(stranger.statusCode).toBe(403);
    const strangerDelete = await api.app.inject({ method: 'DELETE', url, headers: other.headers });
    expect(strangerDelete.statusCode).toBe(403);
    const admin = await api.app.inject({
      method: 'PATCH',
      url,
      headers: as('admin'),
      payload: { summary: 'Tóm tắt của admin.' },
    });
    expect(admin.json()).toMatchObject({ title: 'Hồ sơ cột mốc', summary: 'Tóm tắt của admin.' });
  });

  it('exports the argument document as DOCX and Markdown', async () => {
    const url = `/api/dossiers/${dossierId}`;
    const docx = await api.app.inject({ url: `${url}/export.docx`, headers: as('viewer') });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers['content-disposition']).toMatch(/^attachment; filename="Ho-so-cot-moc.docx"/);
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of [
      'Hồ sơ cột mốc',
      'Bài sai về cột mốc biên giới',
      'Câu trích sai',
      'Trích mới',
      CARD.title,
      'Luật Biên giới quốc gia 2003',
    ])
      expect(xml).toContain(text);
    const md = await api.app.inject({ url: `${url}/export.md?lang=en`, headers: as('viewer') });
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.body).toContain('## Claims to answer');
    expect(md.body).toContain('- Total reach (items in their story clusters): 4');
    expect(md.body).toContain('> Câu trích sai');
  });

  it('keeps an attached card when the library deletes it', async () => {
    const gone = await api.app.inject({
      method: 'DELETE',
      url: `/api/arguments/${cardId}`,
      headers: as('press_officer'),
    });
    expect(gone.statusCode).toBe(204);
    const view = (await api.app.inject({ url: `/api/dossiers/${dossierId}`, headers: as('viewer') })).json();
    const argument = view.sections.find((s: { kind: string }) => s.kind === 'argument');
    expect(argument.card).toMatchObject({ id: cardId, title: CARD.title });
  });

  it('records every change in the audit log and deletes', async () => {
    const gone = await api.app.inject({
      method: 'DELETE',
      url: `/api/dossiers/${dossierId}`,
      headers: as('analyst'),
    });
    expect(gone.statusCode).toBe(204);
    expect(
      (await api.app.inject({ url: `/api/dossiers/${dossierId}`, headers: as('viewer') })).statusCode,
    ).toBe(404);
    const { entries } = await api.storage.audit.list({ limit: 100, action: 'dossier.*' });
    const actions = entries.map((e) => e.action);
    for (const action of [
      'dossier.create',
      'dossier.claim_add',
      'dossier.argument_add',
      'dossier.reorder',
      'dossier.section_update',
      'dossier.section_delete',
      'dossier.update',
      'dossier.delete',
    ])
      expect(actions).toContain(action);
    const cards = await api.storage.audit.list({ limit: 10, action: 'argument.*' });
    expect(cards.entries.map((e) => e.action)).toContain('argument.create');
  });
});
