// Topic rules on fictional articles written for these tests: names and exonyms, the headline
// and lead weighing more than the body, and the look-alikes each topic excludes.
import { describe, expect, it } from 'vitest';
import { classify, topic } from './model.ts';

describe('border', () => {
  it('recognises the border guard and a border gate', () => {
    const result = classify(
      'Biên phòng Lao Bảo bắt xe chở hàng lậu từ Lào',
      'Đồn Biên phòng cửa khẩu quốc tế Lao Bảo vừa phát hiện một xe tải chở 3 tấn đường nhập lậu qua biên giới Việt - Lào.',
    );
    expect(topic(result, 'border').assigned).toBe(true);
    expect(topic(result, 'border').matched).toEqual(expect.arrayContaining(['biên phòng', 'cửa khẩu']));
  });

  it('recognises border gates whose names have no diacritics, as written only', () => {
    const gate = classify(
      'Thông quan hàng hóa qua cửa khẩu La Lay',
      'Lượng xe qua La Lay tăng trong tháng Tết.',
    );
    expect(topic(gate, 'border').assigned).toBe(true);
    const phrase = classify('Bài học là lấy dân làm gốc', 'Điều quan trọng là lấy ý kiến người dân.');
    expect(topic(phrase, 'border').score).toBe(0);
  });

  it('ignores "biên" in other senses (biên bản, biên tập, biên chế, biên độ, biên lai)', () => {
    const result = classify(
      'Lập biên bản vụ vi phạm, tinh giản biên chế',
      'Biên tập viên nhận biên lai; biên độ giá cổ phiếu được nới rộng.',
    );
    expect(topic(result, 'border').score).toBe(0);
  });

  it("does not take other countries' borders for Vietnam's", () => {
    const result = classify(
      'Nga điều thêm quân tới sát biên giới Ukraine',
      'Bộ Quốc phòng Nga cho biết các đơn vị mới sẽ đóng quân gần khu vực biên giới trong mùa đông.',
    );
    expect(topic(result, 'border').assigned).toBe(false);
  });
});

describe('sea and islands', () => {
  it('recognises the archipelagos in Vietnamese, English, French and Chinese', () => {
    const samples: [string, string, string][] = [
      ['Phản đối tập trận ở Hoàng Sa', 'Việt Nam phản đối hoạt động quân sự tại quần đảo Hoàng Sa.', 'vi'],
      [
        'Patrols near the Paracel Islands',
        'Coast guard ships were seen near the Paracels and the Spratly Islands.',
        'en',
      ],
      ['Tensions en mer de Chine méridionale', 'Des navires patrouillent près des îles Paracel.', 'fr'],
      ['中国在西沙群岛部署导弹', '越南反对中国在南海的行为。', 'zh'],
    ];
    for (const [title, text, lang] of samples) {
      expect(topic(classify(title, text, lang), 'sea_islands').assigned, title).toBe(true);
    }
  });

  it('does not file a weather bulletin that names Hoàng Sa and Biển Đông', () => {
    const result = classify(
      'Áp thấp nhiệt đới trên Biển Đông mạnh lên thành bão',
      'Hồi 7 giờ, tâm áp thấp nhiệt đới ở vùng biển quần đảo Hoàng Sa, gió giật cấp 10. Trung tâm Dự báo khí tượng thủy văn cảnh báo sóng cao 4 mét.',
    );
    expect(topic(result, 'sea_islands').assigned).toBe(false);
  });

  it('weighs a mention in the headline above the same mention in the body', () => {
    const headline = classify('Hội thảo về Trường Sa', 'Nhiều đại biểu tham dự buổi gặp mặt sáng nay.');
    const body = classify(
      'Hội thảo khoa học',
      'Nhiều đại biểu tham dự buổi gặp mặt sáng nay. Một tham luận nhắc tới Trường Sa.',
    );
    expect(topic(headline, 'sea_islands').score).toBeGreaterThan(topic(body, 'sea_islands').score);
    expect(topic(body, 'sea_islands').assigned).toBe(false);
  });
});

describe('human rights', () => {
  it('recognises human-rights dialogue and the UPR', () => {
    const result = classify(
      'Việt Nam trình bày báo cáo quốc gia theo cơ chế UPR',
      'Tại Hội đồng Nhân quyền Liên Hợp Quốc, đoàn Việt Nam nêu các kết quả bảo đảm quyền con người.',
    );
    expect(topic(result, 'human_rights').assigned).toBe(true);
  });

  it('does not count a war-news source named after human rights', () => {
    const result = classify(
      'Không kích ở miền bắc Syria, nhiều dân thường thiệt mạng',
      'Đài quan sát nhân quyền Syria cho biết ít nhất 5 người chết trong các cuộc không kích đêm qua.',
    );
    expect(topic(result, 'human_rights').assigned).toBe(false);
  });
});

describe('investment', () => {
  it('recognises FDI and investment licences', () => {
    const result = classify(
      'Quảng Trị trao giấy chứng nhận đầu tư cho 5 dự án FDI',
      'Tổng vốn đầu tư của các dự án đạt 300 triệu USD, tập trung tại khu công nghiệp Quán Ngang.',
    );
    expect(topic(result, 'investment').assigned).toBe(true);
  });

  it('does not file stock tips, crypto or a club investing in its players', () => {
    const samples: [string, string][] = [
      [
        'VN-Index tăng mạnh, nhà đầu tư chốt lời cổ phiếu ngân hàng',
        'Thanh khoản phiên giao dịch hôm nay đạt 20.000 tỷ đồng.',
      ],
      ['Có nên đầu tư bitcoin lúc này?', 'Giá tiền ảo biến động mạnh khiến nhiều nhà đầu tư lo lắng.'],
      ['VFF tiếp tục đầu tư cho đội tuyển U23', 'HLV trưởng được bổ sung trợ lý trước SEA Games.'],
    ];
    for (const [title, text] of samples)
      expect(topic(classify(title, text), 'investment').assigned, title).toBe(false);
  });
});
