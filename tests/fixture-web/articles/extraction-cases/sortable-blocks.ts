// A page from the family of Vietnamese CMSs that mark each embedded block with a `type`
// attribute: the sapo is an <h2>, photos and an inline "related news" teaser (with a summary long
// enough to pass for a paragraph) sit between paragraphs, the author is linked above the body,
// and JSON-LD carries the dates. Comments and a tag strip follow.
import { esc } from '../../format.ts';
import { type ExtractionCase, READ_AT } from './case.ts';
import { RESERVOIR_FULL as story } from './stories.ts';

const URL = 'https://tuoimoi.example.vn/ho-rao-quan-tich-day-nuoc-20250919073000123.htm';
const IMAGE = 'https://cdn.tuoimoi.example.vn/2025/9/19/rao-quan-xa-tran.jpg';
const TEASER =
  'Các địa phương rà soát hệ thống cảnh báo và phân công lực lượng trực tại những hồ chứa xung yếu trước mùa mưa bão năm nay.';

export function sortableBlocksCase(): ExtractionCase {
  const [p1, p2, p3, p4] = story.paragraphs.map(esc);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    datePublished: '2025-09-19T07:30:00+07:00',
    dateModified: '2025-09-19T10:05:00+07:00',
    author: { '@type': 'Person', name: story.author },
    publisher: { '@type': 'Organization', name: 'Tuổi Mới' },
    image: { '@type': 'ImageObject', url: IMAGE },
  };
  const html = `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${esc(story.title)} | Tuổi Mới Online</title>
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
</head>
<body>
<div class="header"><div class="menu-nav"><a href="/thoi-su.htm">Thời sự</a> <a href="/the-gioi.htm">Thế giới</a> <a href="/kinh-doanh.htm">Kinh doanh</a></div></div>
<div class="detail-container">
  <div class="detail-top"><div class="detail-cate"><a href="/thoi-su.htm">Thời sự</a></div><div class="detail-time"><div data-role="publishdate">19/09/2025 07:30 GMT+7</div></div></div>
  <h1 class="detail-title" data-role="title">${esc(story.title)}</h1>
  <div class="author-info"><a class="name" href="/tac-gia/le-thi-hoa.htm">${esc(story.author)}</a></div>
  <h2 class="detail-sapo" data-role="sapo">${esc(story.lead)}</h2>
  <div class="detail-cmain">
    <p>${p1}</p>
    <figure type="Photo" class="VCSortableInPreviewMode"><div><img src="${IMAGE}" alt="${esc(story.title)}"></div>
      <figcaption class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh">${esc(story.caption)}</p></figcaption></figure>
    <p>${p2}</p>
    <div type="RelatedOneNews" class="VCSortableInPreviewMode"><div class="kbwscwl-relatedbox"><a href="/an-toan-ho-dap.htm"><img src="/anh/ho-dap.jpg" alt=""></a>
      <div><a class="title" href="/an-toan-ho-dap.htm">${esc(story.related[0]!)}</a><p>${esc(TEASER)}</p></div></div></div>
    <p>${p3}</p>
    <p>${p4}</p>
  </div>
  <div class="detail-tab">${story.tags.map((t) => `<a href="/${encodeURIComponent(t)}.htm">${esc(t)}</a>`).join(' ')}</div>
  <div class="lst-comment"><div class="title">Bình luận (${story.comments.length})</div>
    ${story.comments.map((c) => `<div class="item-comment"><span class="name">Bạn đọc</span><p class="contentcomment">${esc(c)}</p></div>`).join('\n    ')}
  </div>
</div>
<div class="footer">Tuổi Mới Online (ấn phẩm hư cấu dùng cho kiểm thử).</div>
</body>
</html>`;
  return {
    name: 'sortable-blocks',
    description:
      'sapo in <h2>, photo and related-news blocks typed by attribute, author above the body, JSON-LD dates',
    url: URL,
    html,
    now: READ_AT,
    expected: {
      title: story.title,
      byline: story.author,
      publishedAt: '2025-09-19T00:30:00.000Z',
      updatedAt: '2025-09-19T03:05:00.000Z',
      language: 'vi',
      image: IMAGE,
      canonicalUrl: null,
      text: [story.lead, ...story.paragraphs].join('\n\n'),
    },
    excluded: [story.caption, TEASER, story.related[0]!, ...story.comments, 'Bình luận'],
  };
}
