// What some sites serve to a crawler instead of the article: a consent wall. There is no article
// text on the page, and the extractor must say so (empty text) rather than return the wall.
import { esc } from '../../format.ts';
import { type ExtractionCase, READ_AT } from './case.ts';
import { TRAIN_FARES as story } from './stories.ts';

const URL = 'https://duongsat24.example.vn/tin-tuc/gia-ve-tau-qua-ga-dong-ha-giam-5521.html';
const WALL = [
  'Trang web này cần sự đồng ý của bạn trước khi tiếp tục. Chúng tôi và 143 đối tác lưu trữ và truy cập thông tin trên thiết bị của bạn, chẳng hạn cookie, để xử lý dữ liệu cá nhân.',
  'Bạn có thể chấp nhận hoặc quản lý lựa chọn của mình, kể cả quyền phản đối khi dựa trên lợi ích hợp pháp, bằng cách nhấn vào nút bên dưới hoặc vào trang chính sách bất cứ lúc nào.',
  'Dữ liệu được dùng cho quảng cáo và nội dung được cá nhân hóa, đo lường quảng cáo và nội dung, nghiên cứu đối tượng và phát triển dịch vụ.',
];

export function consentWallCase(): ExtractionCase {
  const html = `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${esc(story.title)}</title>
<meta property="og:title" content="${esc(story.title)}">
<meta property="og:description" content="${esc(story.lead)}">
<meta property="article:published_time" content="2025-11-18T08:00:00+07:00">
</head>
<body>
<div class="top-bar"><a href="/">Đường Sắt 24h</a> <a href="/tin-tuc">Tin tức</a> <a href="/lich-tau">Lịch tàu</a></div>
<div id="consent-wall-host"><div class="didomi-popup-container" role="dialog" aria-label="Quyền riêng tư">
  <h1>Chúng tôi tôn trọng quyền riêng tư của bạn</h1>
  ${WALL.map((p) => `<p>${esc(p)}</p>`).join('\n  ')}
  <button>Đồng ý và tiếp tục</button> <button>Tìm hiểu thêm</button>
</div></div>
<noscript>Vui lòng bật JavaScript để xem nội dung.</noscript>
</body>
</html>`;
  return {
    name: 'consent-wall',
    description: 'a consent wall served in place of the article: metadata only, empty text',
    url: URL,
    html,
    now: READ_AT,
    expected: {
      title: story.title,
      byline: null,
      publishedAt: '2025-11-18T01:00:00.000Z',
      updatedAt: null,
      language: 'vi',
      image: null,
      canonicalUrl: null,
      text: '',
    },
    excluded: WALL,
  };
}
