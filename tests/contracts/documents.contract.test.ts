// The DocumentStore contract, for every adapter: fetched articles wait here between the fetch
// and process stages, which may run in different processes (or hosts), so a document put by one
// is readable by the other at once; large articles (up to the fetch cap) go through whole.
import type { FetchedDocument } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { CRAWL_ADAPTERS, reportMissingSearchNode, useBackend } from './support/crawl-stores.ts';

reportMissingSearchNode('DocumentStore contract');

const doc: FetchedDocument = {
  id: 'doc-1',
  sourceId: 'a',
  url: 'https://a.example/x?utm_source=y',
  canonicalUrl: 'https://a.example/x',
  title: 'Biển đảo',
  byline: null,
  publishedAt: null,
  languageHint: 'vi',
  text: 'Nội dung.',
  fetchedAt: '2025-07-01T00:00:00.000Z',
};

describe.each(CRAWL_ADAPTERS)('DocumentStore contract: $name', (adapter) => {
  const backend = useBackend(adapter);
  const documents = () => backend().stores.documents;

  it('puts, replaces, gets and deletes documents', async () => {
    await documents().put(doc);
    expect(await documents().get('doc-1')).toEqual(doc);
    await documents().put({ ...doc, text: 'Khác.', updatedAt: '2025-07-01T01:00:00.000Z', imageUrl: null });
    expect(await documents().get('doc-1')).toEqual({
      ...doc,
      text: 'Khác.',
      updatedAt: '2025-07-01T01:00:00.000Z',
      imageUrl: null,
    });
    await documents().delete('doc-1');
    expect(await documents().get('doc-1')).toBeNull();
    await documents().delete('doc-1');
    expect(await documents().get('never-put')).toBeNull();
  });

  it('hands a document put by one process to another at once, and its deletion too', async () => {
    const processor = await backend().second();
    await documents().put(doc);
    expect(await processor.documents.get('doc-1')).toEqual(doc);
    await processor.documents.delete('doc-1');
    expect(await documents().get('doc-1')).toBeNull();
  });

  it('deletes the documents put before a time, and only those', async () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
    await documents().put({ ...doc, id: 'old-1' });
    await documents().put({ ...doc, id: 'old-2' });
    await pause();
    const cutoff = new Date();
    await pause();
    await documents().put({ ...doc, id: 'new' });
    expect(await documents().deleteStoredBefore(cutoff)).toBe(2);
    expect(await documents().get('old-1')).toBeNull();
    expect(await documents().get('old-2')).toBeNull();
    expect(await documents().get('new')).toEqual({ ...doc, id: 'new' });
    expect(await documents().deleteStoredBefore(cutoff)).toBe(0);
  });

  it('keeps a large article whole', async () => {
    // About 4 MB of UTF-8 (the fetch cap is 5 MB), with characters that need escaping in JSON.
    const paragraph = 'Ngư dân "Cửa Việt" ra khơi\tđánh bắt \\ quanh đảo Cồn Cỏ.\n';
    const text = paragraph.repeat(Math.ceil((4 * 1024 * 1024) / Buffer.byteLength(paragraph)));
    await documents().put({ ...doc, id: 'big', text });
    const stored = await documents().get('big');
    expect(stored?.text.length).toBe(text.length);
    expect(stored?.text === text).toBe(true);
  });

  it('stores ids that are URLs or contain any character', async () => {
    const ids = ['https://a.example/tin/1?x=1&y=2#frag', 'mã/số 1', 'id with spaces'];
    for (const id of ids) await documents().put({ ...doc, id });
    for (const id of ids) expect((await documents().get(id))?.id).toBe(id);
  });
});
