// Extractive summaries: 2–3 sentences of the article, in its order, chosen by position, headline
// words and topic/place terms; the splitter (@presswatch/text) keeps abbreviations inside sentences.
import { splitSentences, summarise } from '@presswatch/classify';
import { describe, expect, it } from 'vitest';

const TEXT = [
  'Sáng 5-3, UBND tỉnh Quảng Trị tổ chức hội nghị xúc tiến đầu tư vào Khu kinh tế Đông Nam.',
  'Hội nghị có sự tham dự của hơn 200 doanh nghiệp trong và ngoài nước.',
  'Thời tiết hôm đó khá đẹp.',
  'Tỉnh trao chủ trương đầu tư cho 12 dự án với tổng vốn 2 tỷ USD.',
  'Buổi chiều, đoàn khách tham quan một số địa điểm.',
  'Các đại biểu dùng bữa trưa tại nhà hàng.',
].join(' ');

describe('summarise', () => {
  it('picks 2–3 sentences of the article, in their order', () => {
    const summary = summarise('Quảng Trị trao chủ trương đầu tư 12 dự án', TEXT, ['đầu tư', 'Quảng Trị']);
    const sentences = splitSentences(summary);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    for (const sentence of sentences) expect(TEXT).toContain(sentence);
    const positions = sentences.map((sentence) => TEXT.indexOf(sentence));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(summary).toContain('Sáng 5-3');
    expect(summary).toContain('12 dự án');
    expect(summary).not.toContain('bữa trưa');
  });

  it('returns a short text whole', () => {
    expect(summarise('Tin ngắn', 'Chỉ một câu.', [])).toBe('Chỉ một câu.');
  });
});

describe('splitSentences (as the summary uses it)', () => {
  it('does not end a sentence at an abbreviation', () => {
    expect(splitSentences('Ông A đến TP. Hồ Chí Minh hôm qua. Sau đó ông về Hà Nội.\nDòng mới')).toEqual([
      'Ông A đến TP. Hồ Chí Minh hôm qua.',
      'Sau đó ông về Hà Nội.',
      'Dòng mới',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('Ông nói: "Chúng tôi sẽ làm." Bà đồng ý.')).toEqual([
      'Ông nói: "Chúng tôi sẽ làm."',
      'Bà đồng ý.',
    ]);
  });
});
