// A provincial paper on an old CMS: a layout table, no Open Graph, no JSON-LD and no lang
// attribute; the body is one <div> of paragraphs separated by <br><br>, the photo sits in a
// caption table, the date is only written out ("Cập nhật: 08:30 | 15/07/2025", and today's date
// in the masthead above it), the reporter
// signs at the bottom, and "Các tin khác" and a keyword line follow.
import { esc } from '../../format.ts';
import { type ExtractionCase, READ_AT } from './case.ts';
import { BROCADE_WEAVING as story } from './stories.ts';

const URL = 'http://baomientay.example.vn/van-hoa/khoi-phuc-nghe-det-tho-cam-134567.htm';
const IMAGE_PATH = '/Uploaded/2025/07/15/det-tho-cam.jpg';

export function provincialLegacyCase(): ExtractionCase {
  const [p1, p2, p3, p4] = story.paragraphs.map(esc);
  const html = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(story.title)} - Báo Miền Tây</title>
</head>
<body>
<div class="top-bar"><span class="today-date">Thứ năm, 20/11/2025</span> <a href="/">Trang chủ</a></div>
<table class="main" width="980" align="center"><tr>
<td class="left-col" width="180" valign="top">
  <div class="menu-left"><a href="/thoi-su">Thời sự</a><br><a href="/kinh-te">Kinh tế</a><br><a href="/van-hoa">Văn hóa</a><br><a href="/the-thao">Thể thao</a></div>
</td>
<td class="center-col" valign="top">
  <div class="news-detail">
    <h1 class="news-title">${esc(story.title)}</h1>
    <div class="news-date">Cập nhật: 08:30 | 15/07/2025</div>
    <div class="news-summary"><b>${esc(story.lead)}</b></div>
    <div class="news-content">
      ${p1}<br><br>
      <div align="center"><table class="image" border="0" cellpadding="3"><tr><td><img src="${IMAGE_PATH}" width="500" height="333" border="0"></td></tr>
      <tr><td class="image_caption">${esc(story.caption)}</td></tr></table></div>
      ${p2}<br><br>
      ${p3}<br><br>
      ${p4}
      <p align="right"><b>${esc(story.author)}</b></p>
    </div>
    <div class="other-news"><b>Các tin khác:</b><ul>
      ${story.related.map((t, i) => `<li><a href="/van-hoa/tin-${i}.htm">${esc(t)}</a> <span class="date">(14/07/2025)</span></li>`).join('\n      ')}
    </ul></div>
    <div>Từ khóa: ${story.tags.map((t) => `<a href="/tim-kiem?q=${encodeURIComponent(t)}">${esc(t)}</a>`).join(', ')}</div>
    <div id="comments"><b>Ý kiến bạn đọc</b>
      ${story.comments.map((c) => `<p>${esc(c)}</p>`).join('\n      ')}
      <form action="/gui-y-kien" method="post"><textarea name="noidung"></textarea><input type="submit" value="Gửi"></form>
    </div>
  </div>
</td>
<td class="right-col" width="200" valign="top"><div class="box-right"><b>Quảng cáo</b><br><a href="#">Liên hệ đặt quảng cáo</a></div></td>
</tr></table>
<div class="copyright">Báo Miền Tây (ấn phẩm hư cấu dùng cho kiểm thử). Giấy phép số 00/GP.</div>
</body>
</html>`;
  return {
    name: 'provincial-legacy',
    description:
      'layout table, <br><br> paragraphs, caption table, written-out date, signature at the bottom, no lang, no metadata',
    url: URL,
    html,
    now: READ_AT,
    expected: {
      title: story.title,
      byline: story.author,
      publishedAt: '2025-07-15T01:30:00.000Z',
      updatedAt: null,
      language: 'vi',
      image: `http://baomientay.example.vn${IMAGE_PATH}`,
      canonicalUrl: null,
      text: [story.lead, ...story.paragraphs].join('\n\n'),
    },
    excluded: [
      story.caption,
      ...story.related,
      ...story.comments,
      'Từ khóa',
      'Ý kiến bạn đọc',
      'Các tin khác',
      story.author,
    ],
  };
}
