// Rule evaluation with the real in-memory matcher, and the rule cache's version check against a
// real SQLite store.
import { compileMatcher } from '@presswatch/query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileRule, createRuleSet, emptyFilters, toMatchableDocument, validateRule } from '../src/index.ts';
import { makeItem, makeRule, quietLogger, type TempStores, tempStores } from './support.ts';

const matches = (rule: ReturnType<typeof makeRule>, item: ReturnType<typeof makeItem>) =>
  compileRule(rule, compileMatcher).matches(item, toMatchableDocument(item));

describe('rule evaluation', () => {
  const laoBao = makeItem({
    title: 'Kim ngạch qua cửa khẩu Lao Bảo tăng',
    text: 'Hàng hóa thông quan nhanh.',
  });
  const english = makeItem({
    title: 'Trucks queue at Lao Bao border gate',
    language: 'en',
    country: 'la',
    domestic: false,
    tone: -0.5,
    topics: [{ topic: 'border', score: 0.8, matched: ['Lao Bao'] }],
  });

  it('applies the diacritics rule of the query language', () => {
    expect(matches(makeRule({ query: '"Lao Bảo"' }), laoBao)).toBe(true);
    expect(matches(makeRule({ query: '"Lao Bảo"' }), english)).toBe(false);
    expect(matches(makeRule({ query: '"lao bao"' }), english)).toBe(true);
    expect(matches(makeRule({ query: '"lao bao"' }), laoBao)).toBe(true);
    expect(matches(makeRule({ query: 'biên -bảo' }), laoBao)).toBe(false);
  });

  it('applies the structured filters after the query', () => {
    const rule = (filters: Partial<ReturnType<typeof emptyFilters>>, minScore: number | null = null) =>
      makeRule({ query: '"lao bao"', filters: { ...emptyFilters(), ...filters }, minScore });
    expect(matches(rule({ domestic: false }), english)).toBe(true);
    expect(matches(rule({ domestic: false }), laoBao)).toBe(false);
    expect(matches(rule({ languages: ['vi'] }), english)).toBe(false);
    expect(matches(rule({ countries: ['la'] }), english)).toBe(true);
    expect(matches(rule({ maxTone: -0.3 }), english)).toBe(true);
    expect(matches(rule({ maxTone: -0.3 }), laoBao)).toBe(false); // tone unknown
    expect(matches(rule({ topics: ['border'] }, 0.7), english)).toBe(true);
    expect(matches(rule({ topics: ['border'] }, 0.9), english)).toBe(false);
    expect(matches(rule({ topics: ['investment'] }), english)).toBe(false);
    expect(matches(rule({ minRelevance: 0.5 }), english)).toBe(false);
  });

  it('lets a filters-only rule match without a query', () => {
    const rule = makeRule({ query: '', filters: { ...emptyFilters(), topics: ['border'] } });
    expect(matches(rule, english)).toBe(true);
    expect(matches(rule, laoBao)).toBe(false);
  });

  it('rejects bad rules with the column or the field', () => {
    expect(() => validateRule(makeRule({ query: 'biển AND (đảo' }))).toThrow(/column/);
    expect(() => validateRule(makeRule({ query: '' }))).toThrow(/query or a filter/);
    const quiet = { start: '22:00', end: '06:00', timeZone: 'Mars/Olympus' };
    expect(() => validateRule(makeRule({ quietHours: quiet }))).toThrow(/time zone/);
    expect(() =>
      validateRule(makeRule({ filters: { ...emptyFilters(), minTone: 0.5, maxTone: -0.5 } })),
    ).toThrow(/minTone/);
  });
});

describe('rule set cache', () => {
  let stores: TempStores;
  beforeEach(() => {
    stores = tempStores();
  });
  afterEach(() => stores.cleanup());

  it('applies a rule edit to the next item and skips disabled rules', async () => {
    const { rules } = stores.storage;
    const set = createRuleSet({ rules, compileMatcher, logger: quietLogger });
    const rule = makeRule({ id: 'r1', query: '"Cồn Cỏ"' });
    await rules.save(rule);
    const first = await set.current();
    expect(first.map((c) => c.rule.query)).toEqual(['"Cồn Cỏ"']);
    expect(await set.current()).toBe(first); // unchanged version: the same compiled rules

    await rules.save({ ...rule, query: '"Lao Bảo"' });
    expect((await set.current()).map((c) => c.rule.query)).toEqual(['"Lao Bảo"']);

    await rules.save({ ...rule, enabled: false });
    expect(await set.current()).toEqual([]);
    await rules.delete('r1');
    expect(await set.current()).toEqual([]);
    expect(await rules.version()).toBe(4);
  });
});
