import { describe, expect, it } from 'vitest';
import { htmlToText, toPublishedAt } from '../src/index.ts';

describe('toPublishedAt', () => {
  const now = new Date('2025-08-01T12:00:00Z');

  it('returns ISO UTC for past dates in common formats', () => {
    expect(toPublishedAt('Thu, 31 Jul 2025 20:30:00 +0700', now)).toBe('2025-07-31T13:30:00.000Z');
    expect(toPublishedAt('2025-07-30T08:00:00+07:00', now)).toBe('2025-07-30T01:00:00.000Z');
  });

  it('clamps a date slightly in the future to now, drops one far ahead', () => {
    expect(toPublishedAt('2025-08-01T18:00:00Z', now)).toBe(now.toISOString());
    expect(toPublishedAt('2026-01-01T00:00:00Z', now)).toBeNull();
  });

  it('drops garbage and template defaults', () => {
    expect(toPublishedAt('hôm qua', now)).toBeNull();
    expect(toPublishedAt('1970-01-01T00:00:00Z', now)).toBeNull();
    expect(toPublishedAt('', now)).toBeNull();
    expect(toPublishedAt(null, now)).toBeNull();
  });
});

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks, decodes entities, drops markup', () => {
    const html = '<p>Dòng  một\n  vẫn <b>một</b></p><p>Hai&nbsp;&amp; ba<br>bốn</p><script>x()</script>';
    expect(htmlToText(html)).toBe('Dòng một vẫn một\n\nHai & ba\nbốn');
  });

  it('passes plain text through with paragraphs', () => {
    expect(htmlToText('Một  câu.\n\n\nHai câu.')).toBe('Một câu.\n\nHai câu.');
  });
});
