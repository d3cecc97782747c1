// The classify command's core: one JSONL line in, one output object or an error out.
import { classifyJsonLine } from '@presswatch/classify';
import { describe, expect, it } from 'vitest';
import { shippedModel } from './model.ts';

describe('classifyJsonLine', () => {
  it('returns the output record with only the topics over their threshold', () => {
    const line = JSON.stringify({
      id: 'a1',
      title: 'Tàu Trung Quốc xâm phạm vùng biển quần đảo Hoàng Sa',
      text: 'Bộ Ngoại giao phản đối việc tàu Trung Quốc hoạt động trái phép ở Hoàng Sa, vi phạm chủ quyền của Việt Nam.',
      lang: 'vi',
      url: 'https://news.example/a1',
    });
    const result = classifyJsonLine(line, shippedModel());
    if (!result.ok) throw new Error(result.error);
    expect(Object.keys(result.output)).toEqual(['id', 'lang', 'topics', 'province', 'tone', 'summary']);
    expect(result.output.id).toBe('a1');
    expect(result.output.lang).toBe('vi');
    expect(result.output.topics.map((t) => t.topic)).toEqual(['sea_islands']);
    expect(result.output.province).toEqual({ score: 0, relevant: false, places: [] });
    expect(result.output.tone).toBeLessThan(0);
    expect(result.output.summary.length).toBeGreaterThan(0);
  });

  it.each([
    ['not json', /not JSON/u],
    ['[1, 2]', /expected a JSON object/u],
    ['{"id": "x", "title": "t"}', /"text" must be a string/u],
    ['{"id": "", "title": "t", "text": "x"}', /"id" must not be empty/u],
    ['{"id": "x", "title": "t", "text": "x", "lang": 3}', /"lang" must be a string when given/u],
  ])('reports what is wrong with %j', (line, message) => {
    const result = classifyJsonLine(line, shippedModel());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
