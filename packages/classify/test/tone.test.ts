// Tone from the lexicons (packages/classify/lexicons): positive and negative words, negation,
// phrases that hold a negator without negating, Vietnamese and English.
import { describe, expect, it } from 'vitest';
import { classify } from './model.ts';

const tone = (title: string, text: string, lang = 'vi') => classify(title, text, lang).tone;

describe('tone', () => {
  it('is positive for good news and negative for bad news, within −1..1', () => {
    const good = tone('Kinh tế tăng trưởng ổn định', 'Nhiều dự án hoàn thành, người dân phấn khởi.');
    const bad = tone('Tai nạn nghiêm trọng, 3 người tử vong', 'Vụ cháy gây thiệt hại lớn.');
    expect(good).toBeGreaterThan(0.3);
    expect(bad).toBeLessThan(-0.3);
    expect(Math.abs(good)).toBeLessThanOrEqual(1);
    expect(Math.abs(bad)).toBeLessThanOrEqual(1);
  });

  it('flips a word after a negator (không an toàn, chưa hiệu quả)', () => {
    expect(tone('Cầu an toàn', 'Công trình hiệu quả.')).toBeGreaterThan(0);
    expect(tone('Cầu không an toàn', 'Công trình chưa hiệu quả.')).toBeLessThan(0);
  });

  it('does not take không in không quân or hàng không for a negator', () => {
    expect(tone('Không quân tổ chức diễn tập thành công', 'Hàng không phát triển ổn định.')).toBeGreaterThan(
      0,
    );
  });

  it('reads English with its negation', () => {
    expect(tone('Talks end in success', 'Both sides praised the agreement.', 'en')).toBeGreaterThan(0);
    expect(tone('Talks were not a success', 'The agreement did not bring peace.', 'en')).toBeLessThan(0);
  });

  it('is 0 without tone words', () => {
    expect(tone('Lịch làm việc tuần tới', 'Cuộc họp bắt đầu lúc 8 giờ.')).toBe(0);
  });
});
