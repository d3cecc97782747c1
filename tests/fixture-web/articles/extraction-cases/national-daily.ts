// A national daily's article page: sapo above the body, figures with captions inside it, a
// "Xem thêm" line between paragraphs, the reporter's name alone on the last line (right-aligned,
// bold), then the related box, tags and comments. Dates only in microdata and a visible line.
import { esc } from '../../format.ts';
import { type ExtractionCase, READ_AT } from './case.ts';
import { BORDER_WEEKEND as story } from './stories.ts';

const URL = 'https://baothoidai.example.vn/kinh-te/cua-khau-la-lay-lam-thu-tuc-cuoi-tuan-4810001.html';
const IMAGE = 'https://i.baothoidai.example.vn/2025/11/02/la-lay-xe-hang.jpg';

export function nationalDailyCase(): ExtractionCase {
  const [p1, p2, p3, p4] = story.paragraphs.map(esc);
  const html = `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${esc(story.title)} - Báo Thời Đại</title>
<meta property="og:title" content="${esc(story.title)}">
<meta property="og:site_name" content="Báo Thời Đại">
<meta property="og:image" content="${IMAGE}">
<meta itemprop="datePublished" content="2025-11-02T19:25:00+07:00">
<meta itemprop="dateModified" content="2025-11-02T21:10:00+07:00">
<link rel="canonical" href="${URL}">
</head>
<body>
<header class="header-main"><a class="logo" href="/">Báo Thời Đại</a>
<nav class="main-nav"><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/the-gioi">Thế giới</a></li></ul></nav></header>
<section class="section page-detail">
<div class="container">
<div class="sidebar-1">
  <div class="header-content"><ul class="breadcrumb"><li><a href="/kinh-te">Kinh tế</a></li></ul><span class="date">Chủ nhật, 2/11/2025, 19:25 (GMT+7)</span></div>
  <h1 class="title-detail">${esc(story.title)}</h1>
  <p class="description"><span class="location-stamp">Quảng Trị</span> ${esc(story.lead)}</p>
  <article class="fck_detail">
    <p class="Normal">${p1}</p>
    <figure class="tplCaption"><div class="fig-picture"><img src="${IMAGE}" alt=""></div>
      <figcaption><p class="Image">${esc(story.caption)}</p></figcaption></figure>
    <p class="Normal">${p2}</p>
    <p class="Normal"><strong>Xem thêm: <a href="/kinh-te/kim-ngach-cua-khau-phia-tay-4809001.html">Kim ngạch qua các cửa khẩu phía tây tăng</a></strong></p>
    <p class="Normal">${p3}</p>
    <p class="Normal">${p4}</p>
    <p class="Normal" style="text-align:right;"><strong>${esc(story.author)}</strong></p>
  </article>
  <div class="box-tinlienquan"><h3 class="title-box">Tin liên quan</h3><ul>
    ${story.related.map((t, i) => `<li><a href="/kinh-te/tin-${i}.html">${esc(t)}</a></li>`).join('\n    ')}
  </ul></div>
  <div class="tags"><h4 class="item-tag">${story.tags.map((t) => `<a href="/chu-de/${encodeURIComponent(t)}">${esc(t)}</a>`).join('</h4><h4 class="item-tag">')}</h4></div>
  <div class="box_comment_vne" id="box_comment"><h3>Ý kiến (${story.comments.length})</h3>
    ${story.comments.map((c, i) => `<div class="comment_item"><p class="full_content"><b>Độc giả ${i + 1}</b> ${esc(c)}</p><a class="link_reply" href="#">Trả lời</a></div>`).join('\n    ')}
  </div>
</div>
<div class="sidebar-2"><div class="box-category"><h3>Xem nhiều</h3><ul><li><a href="/a">Mưa lớn ở miền Trung kéo dài đến cuối tuần</a></li><li><a href="/b">Giá xăng giảm nhẹ từ chiều nay</a></li></ul></div></div>
</div>
</section>
<footer class="footer"><p>Báo Thời Đại (ấn phẩm hư cấu dùng cho kiểm thử).</p></footer>
</body>
</html>`;
  return {
    name: 'national-daily',
    description:
      'sapo above the body, captioned figure, "Xem thêm" line, reporter signs the last line, related box, tags, comments',
    url: URL,
    html,
    now: READ_AT,
    expected: {
      title: story.title,
      byline: story.author,
      publishedAt: '2025-11-02T12:25:00.000Z',
      updatedAt: '2025-11-02T14:10:00.000Z',
      language: 'vi',
      image: IMAGE,
      canonicalUrl: URL,
      text: [`Quảng Trị ${story.lead}`, ...story.paragraphs].join('\n\n'),
    },
    excluded: [
      story.caption,
      'Xem thêm',
      'Kim ngạch qua các cửa khẩu',
      ...story.related,
      ...story.comments,
      'Xem nhiều',
      story.author,
    ],
  };
}
