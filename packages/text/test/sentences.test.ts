// Sentences written for these tests (fictional news).
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/index.ts';

describe('splitSentences', () => {
  it('splits at full stops, exclamation and question marks followed by a capital', () => {
    expect(splitSentences('Mưa lớn kéo dài. Nước sông dâng cao! Dân có an toàn? Đã sơ tán 200 hộ.')).toEqual([
      'Mưa lớn kéo dài.',
      'Nước sông dâng cao!',
      'Dân có an toàn?',
      'Đã sơ tán 200 hộ.',
    ]);
  });

  it('does not split after Vietnamese abbreviations', () => {
    expect(
      splitSentences(
        'Đoàn của TP. Đông Hà và Tp. Huế đã đến. PGS. TS. Lê Văn Minh, ThS. Hoàng Lan và GS. Trần An phát biểu. Hội thảo kết thúc.',
      ),
    ).toEqual([
      'Đoàn của TP. Đông Hà và Tp. Huế đã đến.',
      'PGS. TS. Lê Văn Minh, ThS. Hoàng Lan và GS. Trần An phát biểu.',
      'Hội thảo kết thúc.',
    ]);
  });

  it('does not split after Latin abbreviations and initials', () => {
    expect(
      splitSentences(
        'Mr. Smith met Dr. Jones at St. Mary hospital. The U.S. Navy sent Captain John R. Doe. J. K. Lee came too.',
      ),
    ).toEqual([
      'Mr. Smith met Dr. Jones at St. Mary hospital.',
      'The U.S. Navy sent Captain John R. Doe.',
      'J. K. Lee came too.',
    ]);
  });

  it('reads a capital letter after a lower-case word as a sentence end, and Q./P./H. as districts', () => {
    expect(
      splitSentences(
        'Bệnh nhân mắc viêm gan B. Ông Lâm sống ở H. Gio Linh, gần châu Á. Ông về Đông Nam Á. Hết.',
      ),
    ).toEqual([
      'Bệnh nhân mắc viêm gan B.',
      'Ông Lâm sống ở H. Gio Linh, gần châu Á.',
      'Ông về Đông Nam Á.',
      'Hết.',
    ]);
    expect(splitSentences('Mẫu xe 5G. Giá 11m. Tốc độ 60 km/h. Hết.')).toHaveLength(4);
  });

  it('keeps numbers with dots and commas whole', () => {
    expect(splitSentences('Dự án vốn 1.000.000 USD, lãi suất 3,5%. Năm 2025. 12 hộ nhận tiền.')).toEqual([
      'Dự án vốn 1.000.000 USD, lãi suất 3,5%.',
      'Năm 2025.',
      '12 hộ nhận tiền.',
    ]);
  });

  it('ends a sentence at an ellipsis only before a capital', () => {
    expect(splitSentences('Anh ấy chờ... rồi đi. Chị ấy nói… Thôi được.')).toEqual([
      'Anh ấy chờ... rồi đi.',
      'Chị ấy nói…',
      'Thôi được.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence and opening ones with the next', () => {
    expect(splitSentences('Ông nói: "Chúng tôi sẽ làm." "Khi nào?" bà hỏi. (Chưa rõ.) «Sớm thôi.»')).toEqual([
      'Ông nói: "Chúng tôi sẽ làm."',
      '"Khi nào?" bà hỏi.',
      '(Chưa rõ.)',
      '«Sớm thôi.»',
    ]);
  });

  it('splits CJK text at 。！？ without a following space', () => {
    expect(splitSentences('会议今天召开。双方讨论了边境贸易！结果如何？「很好。」他说。')).toEqual([
      '会议今天召开。',
      '双方讨论了边境贸易！',
      '结果如何？',
      '「很好。」',
      '他说。',
    ]);
  });

  it('splits at line breaks and drops empty sentences', () => {
    expect(splitSentences('Tiêu đề phụ\n\n  Câu thứ nhất. \nCâu thứ hai')).toEqual([
      'Tiêu đề phụ',
      'Câu thứ nhất.',
      'Câu thứ hai',
    ]);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('does not split before a lower-case word', () => {
    expect(splitSentences('Giá tăng 5 lần. vì vậy dân lo.')).toEqual(['Giá tăng 5 lần. vì vậy dân lo.']);
  });
});

describe('splitSentences with a limit', () => {
  it('returns only the first sentences', () => {
    const text = 'Một. Hai. Ba. Bốn.';
    expect(splitSentences(text, 2)).toEqual(['Một.', 'Hai.']);
    expect(splitSentences(text, 4)).toEqual(splitSentences(text));
    expect(splitSentences('Không có dấu chấm', 1)).toEqual(['Không có dấu chấm']);
  });
});
