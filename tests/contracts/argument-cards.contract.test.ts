// The ArgumentCardRepository contract, for every adapter: cards replaced on save, listed by title
// and filtered by topic and by words folded like the search (case and diacritics ignored).
import type { ArgumentCard } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS_ADAPTERS, reportMissingSearchNode, useBackend } from './support/accounts-stores.ts';

reportMissingSearchNode('ArgumentCardRepository contract');

const card = (id: string, title: string, topics: string[]): ArgumentCard => ({
  id,
  title,
  statement: 'Lập luận về vùng đặc quyền kinh tế.',
  topics,
  evidence: [{ text: 'Dẫn chứng', citation: 'Công ước UNCLOS 1982', url: null }],
  updatedAt: '2026-11-01T00:00:00.000Z',
  updatedBy: 'system',
});

describe.each(ACCOUNTS_ADAPTERS)('ArgumentCardRepository contract: $name', (adapter) => {
  const backend = useBackend(adapter);
  const cards = () => backend().stores.argumentCards;

  it('filters by topic and by folded words, and replaces on save', async () => {
    await cards().save(card('c1', 'Vùng đặc quyền kinh tế', ['sea_islands']));
    await cards().save(card('c2', 'Biên giới', ['border']));
    expect((await cards().list({ text: 'DAC QUYEN unclos', topic: 'sea_islands' })).map((c) => c.id)).toEqual(
      ['c1'],
    );
    expect((await cards().list({ text: 'vung', topic: 'border' })).map((c) => c.id)).toEqual(['c2']);
    expect((await cards().list({ text: 'không có' })).length).toBe(0);
    await cards().save({ ...card('c2', 'Biên giới đất liền', ['border']), evidence: [] });
    expect(await cards().get('c2')).toEqual({
      ...card('c2', 'Biên giới đất liền', ['border']),
      evidence: [],
    });
    expect(await cards().count()).toBe(2);
  });

  it('lists by title then id, and deletes once', async () => {
    await cards().save(card('c3', 'Biển', ['sea_islands', 'border']));
    await cards().save(card('c1', 'Đảo', ['sea_islands']));
    await cards().save(card('c2', 'Biển', ['border']));
    await cards().save(card('c0', 'An ninh', []));
    expect((await cards().list()).map((c) => c.id)).toEqual(['c0', 'c2', 'c3', 'c1']);
    expect((await cards().list({ topic: 'border' })).map((c) => c.id)).toEqual(['c2', 'c3']);
    expect(await cards().delete('c3')).toBe(true);
    expect(await cards().delete('c3')).toBe(false);
    expect(await cards().get('c3')).toBeNull();
    expect(await cards().count()).toBe(3);
    expect((await cards().list({ topic: 'border' })).map((c) => c.id)).toEqual(['c2']);
  });
});
