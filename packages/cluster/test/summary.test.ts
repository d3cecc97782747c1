// Sentences and cluster summaries.
import { describe, expect, it } from 'vitest';
import { clusterSummary, leadSentences, splitSentences } from '../src/index.ts';

describe('splitSentences', () => {
  it('ends sentences at . ! ? … before a capital, and not after abbreviations', () => {
    expect(
      splitSentences(
        'Sáng nay, TP. Hồ Chí Minh có mưa. Ông Nam (TS. kinh tế) nói: “Tốt!” Giá tăng 2,5%… Vì sao?',
      ),
    ).toEqual([
      'Sáng nay, TP. Hồ Chí Minh có mưa.',
      'Ông Nam (TS. kinh tế) nói: “Tốt!”',
      'Giá tăng 2,5%…',
      'Vì sao?',
    ]);
    expect(splitSentences('Dòng một\n\nDòng hai')).toEqual(['Dòng một', 'Dòng hai']);
  });

  it('keeps the lead sentences worth quoting', () => {
    const text =
      'Ảnh: TTXVN. Tỉnh khởi công dự án đường ven biển dài 40 km. Dự án có vốn 2.000 tỷ đồng từ ngân sách.';
    expect(leadSentences(text, 1)).toEqual(['Tỉnh khởi công dự án đường ven biển dài 40 km.']);
  });
});

describe('clusterSummary', () => {
  const shared = 'Hai nước thống nhất mở thêm một cặp cửa khẩu phụ trong năm tới.';
  const members = [
    {
      itemId: 'a',
      sentences: [
        'Hội đàm diễn ra tại thủ đô vào sáng thứ Hai vừa qua.',
        shared,
        'Đoàn đại biểu cũng thăm một số doanh nghiệp trong khu kinh tế.',
      ],
    },
    {
      itemId: 'b',
      sentences: ['Theo phóng viên thường trú, buổi làm việc kéo dài ba giờ.', `${shared.slice(0, -1)} này.`],
    },
    { itemId: 'c', sentences: [shared, 'Cuộc gặp tiếp theo được dự kiến vào quý sau tại tỉnh biên giới.'] },
  ];

  it('takes what most members say, once, in the order of the earliest member', () => {
    const summary = clusterSummary(members)!;
    expect(summary.split(shared.slice(0, 30)).length - 1).toBe(1);
    expect(summary.startsWith('Hội đàm diễn ra') || summary.startsWith(shared)).toBe(true);
    const count = summary.match(/[.!?](?=\s|$)/g)!.length;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(3);
    expect(clusterSummary([...members])).toBe(summary);
  });

  it('gives a single article its lead, and nothing without sentences', () => {
    expect(clusterSummary([members[0]!])).toBe(members[0]!.sentences.join(' '));
    expect(clusterSummary([{ itemId: 'x', sentences: [] }])).toBeNull();
  });
});
