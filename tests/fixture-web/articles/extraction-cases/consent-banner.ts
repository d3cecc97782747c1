// An article page under a cookie banner whose text is longer than the article itself, with a
// newsletter pop-up, the byline and time above the body, a "Đọc thêm" line and a captioned figure
// inside it, and a related-news box whose teasers carry summaries.
import { esc } from '../../format.ts';
import { type ExtractionCase, READ_AT } from './case.ts';
import { COASTAL_BUSES as story } from './stories.ts';

const URL = 'https://dantin.example.vn/xa-hoi/them-hai-tuyen-xe-buyt-ven-bien-20250905060000111.htm';
const CONSENT = [
  'Chúng tôi sử dụng cookie và các công nghệ tương tự để vận hành trang, ghi nhớ lựa chọn của bạn, đo lường lượng truy cập và hiển thị nội dung phù hợp với mối quan tâm của bạn.',
  'Một số cookie do các đối tác quảng cáo và phân tích của chúng tôi đặt. Các đối tác này có thể kết hợp thông tin với dữ liệu khác mà bạn đã cung cấp cho họ hoặc họ đã thu thập khi bạn sử dụng dịch vụ của họ.',
  'Bạn có thể chấp nhận tất cả, từ chối các cookie không thiết yếu hoặc chọn từng mục đích sử dụng. Lựa chọn của bạn được lưu trong 12 tháng và có thể thay đổi bất cứ lúc nào trong phần cài đặt quyền riêng tư ở cuối trang.',
  'Việc từ chối một số loại cookie có thể ảnh hưởng đến trải nghiệm của bạn trên trang, chẳng hạn một số video hoặc công cụ chia sẻ sẽ không hoạt động đầy đủ.',
  'Để biết thêm chi tiết về cách chúng tôi xử lý dữ liệu cá nhân, vui lòng đọc Chính sách quyền riêng tư và Chính sách cookie của chúng tôi.',
];
const NEWSLETTER = 'Đăng ký nhận bản tin sáng để không bỏ lỡ tin tức quan trọng trong ngày.';
const TEASERS = [
  'Tuyến đường dài 12 km giúp rút ngắn thời gian đi lại giữa các xã ven biển và cảng Cửa Việt.',
  'Bến xe được mở rộng khu chờ và lắp thêm bảng điện tử báo giờ xe chạy.',
];

export function consentBannerCase(): ExtractionCase {
  const [p1, p2, p3, p4] = story.paragraphs.map(esc);
  const html = `<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="utf-8">
<title>${esc(story.title)} | Dân Tin</title>
<meta property="og:title" content="${esc(story.title)}">
<meta property="og:site_name" content="Dân Tin">
<meta property="og:image" content="/anh/2025/09/05/xe-buyt-ven-bien.jpg">
</head>
<body>
<div class="cookie-consent-banner" id="cc-banner">
  <h2>Quyền riêng tư của bạn</h2>
  ${CONSENT.map((p) => `<p>${esc(p)}</p>`).join('\n  ')}
  <div class="cc-actions"><button>Chấp nhận tất cả</button><button>Từ chối</button><a href="/chinh-sach-cookie">Tùy chỉnh</a></div>
</div>
<div class="modal newsletter-modal" aria-modal="true"><p>${esc(NEWSLETTER)}</p><form><input type="email"><button>Đăng ký</button></form></div>
<header class="site-header"><a href="/" class="logo">Dân Tin</a><ul class="menu"><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/kinh-doanh">Kinh doanh</a></li></ul></header>
<main class="main">
<article class="singular-container">
  <h1 class="title-page">${esc(story.title)}</h1>
  <div class="author-wrap"><div class="author-name"><a href="/tac-gia/tran-minh-chau.htm"><b>${esc(story.author)}</b></a></div>
    <time class="author-time" datetime="2025-09-05T06:00:00+07:00">Thứ sáu, 05/09/2025 - 06:00</time></div>
  <h2 class="singular-sapo">${esc(story.lead)}</h2>
  <div class="singular-content">
    <p>${p1}</p>
    <p>${p2}</p>
    <figure class="image align-center"><img src="/anh/2025/09/05/xe-buyt-ven-bien.jpg" alt=""><figcaption><p>${esc(story.caption)}</p></figcaption></figure>
    <p>${p3}</p>
    <p><strong>Đọc thêm: <a href="/xa-hoi/duong-ven-bien.htm">${esc(story.related[0]!)}</a></strong></p>
    <p>${p4}</p>
  </div>
  <ul class="tags-wrap">${story.tags.map((t) => `<li><a href="/tag/${encodeURIComponent(t)}.htm">${esc(t)}</a></li>`).join('')}</ul>
</article>
<div class="article-related"><h3>Tin liên quan</h3>
  ${story.related.map((t, i) => `<article class="article-item"><h3><a href="/xa-hoi/tin-${i}.htm">${esc(t)}</a></h3><div class="article-excerpt">${esc(TEASERS[i]!)}</div></article>`).join('\n  ')}
</div>
<section class="comment-wrap"><h3>Bình luận</h3>${story.comments.map((c) => `<p>${esc(c)}</p>`).join('')}</section>
</main>
<footer><p>Dân Tin (ấn phẩm hư cấu dùng cho kiểm thử).</p></footer>
</body>
</html>`;
  return {
    name: 'consent-banner',
    description:
      'cookie banner longer than the article, newsletter pop-up, "Đọc thêm" line, captioned figure, related teasers with summaries',
    url: URL,
    html,
    now: READ_AT,
    expected: {
      title: story.title,
      byline: story.author,
      publishedAt: '2025-09-04T23:00:00.000Z',
      updatedAt: null,
      language: 'vi',
      image: 'https://dantin.example.vn/anh/2025/09/05/xe-buyt-ven-bien.jpg',
      canonicalUrl: null,
      text: [story.lead, ...story.paragraphs].join('\n\n'),
    },
    excluded: [
      ...CONSENT,
      NEWSLETTER,
      ...TEASERS,
      story.caption,
      'Đọc thêm',
      ...story.related,
      ...story.comments,
      'cookie',
    ],
  };
}
