// A small blog-like page of a commune's information portal: the template writes a placeholder
// publication date years ahead and nothing else, so the feed entry's date has to stand in.
import { esc } from '../../format.ts';
import { type ExtractionCase, READ_AT } from './case.ts';

const URL = 'https://xahaithuong.example.gov.vn/tin-tuc/ra-quan-don-ve-sinh-bai-bien.html';
const TITLE = 'Ra quân dọn vệ sinh bãi biển trước mùa du lịch';
const PARAGRAPHS = [
  'Sáng chủ nhật, hơn 300 đoàn viên thanh niên, hội viên phụ nữ và người dân trong xã đã tham gia dọn rác dọc bãi biển dài gần 3 km.',
  'Lực lượng tham gia thu gom được khoảng 4 tấn rác, chủ yếu là chai nhựa, lưới đánh cá cũ và xốp trôi dạt vào bờ sau các đợt gió mùa.',
  'Ủy ban nhân dân xã cho biết sẽ duy trì hoạt động này vào tuần đầu tiên của mỗi tháng và lắp thêm thùng rác phân loại tại các lối xuống biển.',
];
const FEED_DATE = '2025-10-05T02:15:00.000Z';

export function feedDatedBlogCase(): ExtractionCase {
  const html = `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>${esc(TITLE)} - Cổng thông tin xã Hải Thường</title>
<meta property="article:published_time" content="2031-01-01T00:00:00+07:00"></head>
<body>
<div id="wrapper"><div class="site-title">Cổng thông tin điện tử xã Hải Thường</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/thu-tuc">Thủ tục hành chính</a></li></ul>
<div class="post">
  <h2 class="entry-title">${esc(TITLE)}</h2>
  <div class="entry-content">
    ${PARAGRAPHS.map((p) => `<p>${esc(p)}</p>`).join('\n    ')}
    <p style="text-align: right;"><em>Văn phòng UBND xã</em></p>
  </div>
</div>
<div class="widget"><h3>Văn bản mới</h3><ul><li><a href="/vb/1">Kế hoạch phòng chống thiên tai năm 2025</a></li><li><a href="/vb/2">Thông báo lịch tiếp công dân</a></li></ul></div>
</div>
</body>
</html>`;
  return {
    name: 'feed-dated-blog',
    description: 'a placeholder date years ahead (refused) and no other date: the feed date stands in',
    url: URL,
    html,
    now: READ_AT,
    feedPublishedAt: FEED_DATE,
    expected: {
      title: TITLE,
      byline: 'Văn phòng UBND xã',
      publishedAt: FEED_DATE,
      updatedAt: null,
      language: 'vi',
      image: null,
      canonicalUrl: null,
      text: PARAGRAPHS.join('\n\n'),
    },
    excluded: ['Văn bản mới', 'Kế hoạch phòng chống thiên tai', 'Trang chủ', 'Văn phòng UBND xã'],
  };
}
