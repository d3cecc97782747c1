// The complaints users file about extractors, one case each: consent banners and comment threads
// longer than the article, hidden copies, bylines signed at the end, wrong and future dates, lead
// images given relative or lazily, undeclared languages.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.ts';

const now = new Date('2025-08-01T12:00:00Z');
const URL = 'https://bao.example.vn/xa-hoi/bai-viet-1.html';

const PARAGRAPHS = [
  'Sáng nay, hàng trăm người dân xã ven biển đã cùng nhau trồng phi lao trên dải cát dài gần hai cây số.',
  'Chính quyền địa phương cho biết rừng phi lao sẽ giúp chắn cát bay và bảo vệ ruộng vườn phía trong.',
  'Những cây giống được ươm từ đầu năm, cao khoảng nửa mét, sẽ được chăm sóc trong ba năm đầu.',
];
const body = (extra = '') =>
  `<div class="story">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${extra}</div>`;
const page = (head: string, content: string, lang = ' lang="vi"') =>
  `<!DOCTYPE html><html${lang}><head><meta charset="utf-8">${head}</head><body>${content}</body></html>`;

describe('extractArticle: boxes that are not the article', () => {
  it('leaves out a comment thread longer than the article', () => {
    const comments = Array.from(
      { length: 8 },
      (_, i) =>
        `<div class="comment-item"><p>Ý kiến số ${i + 1}: tôi rất đồng tình với việc trồng rừng phòng hộ ven biển, mong địa phương duy trì lâu dài.</p></div>`,
    ).join('');
    const html = page(
      '<title>Trồng rừng phi lao</title>',
      `${body()}<section class="comments">${comments}</section>`,
    );
    expect(extractArticle(html, URL, { now }).text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('leaves out a hidden copy of part of the body and a dialog', () => {
    const html = page(
      '<title>Trồng rừng phi lao</title>',
      `<div style="display:none" itemprop="articleBody">${PARAGRAPHS.slice(0, 2).join(' ')}</div>
       <div role="dialog"><p>Bạn có muốn nhận thông báo về tin mới nhất từ chúng tôi qua trình duyệt không?</p></div>${body()}`,
    );
    expect(extractArticle(html, URL, { now }).text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('keeps a body whose wrapper has a junk-looking class when it holds most of the page', () => {
    const html = page(
      '<title>Trồng rừng phi lao</title>',
      `<div class="content-sidebar-wrap">${body()}</div>`,
    );
    expect(extractArticle(html, URL, { now }).text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('drops link lists, captions and ad labels inside the body', () => {
    const html = page(
      '<title>Trồng rừng phi lao</title>',
      body(`<p>Quảng cáo</p><figure><img src="/a.jpg"><figcaption>Người dân trồng cây. Ảnh: H.N</figcaption></figure>
        <p><a href="/1">Phi lao chắn cát ở Gio Linh</a></p><ul><li><a href="/2">Rừng ven biển được giao cho cộng đồng</a></li><li><a href="/3">Vì sao cát bay lấn ruộng</a></li></ul>`),
    );
    const text = extractArticle(html, URL, { now }).text;
    expect(text).toBe(PARAGRAPHS.join('\n\n'));
  });
});

describe('extractArticle: broken pages', () => {
  it('reads a page nested thousands of levels deep (unclosed tags) without overflowing the stack', () => {
    const html = `<body>${'<div><font>'.repeat(5000)}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body>`;
    expect(extractArticle(html, URL, { now }).text.replace(/\s+/g, ' ')).toBe(PARAGRAPHS.join(' '));
  });

  it('reads text without any markup as one paragraph', () => {
    expect(extractArticle(PARAGRAPHS[0]!, URL, { now }).text).toBe(PARAGRAPHS[0]);
  });
});

describe('extractArticle: bylines', () => {
  it('takes the name signed at the end of the article out of the text and into the byline', () => {
    const html = page(
      '<title>Trồng rừng phi lao</title>',
      body('<p style="text-align: right;"><strong>Hồ Ngọc Lan</strong></p>'),
    );
    const article = extractArticle(html, URL, { now });
    expect(article.byline).toBe('Hồ Ngọc Lan');
    expect(article.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('prefers the declared author, and still keeps the signature out of the text', () => {
    const html = page(
      '<title>Trồng rừng phi lao</title><meta name="author" content="Hồ Ngọc Lan">',
      body('<p><b>H.N.L</b></p>'),
    );
    const article = extractArticle(html, URL, { now });
    expect(article.byline).toBe('Hồ Ngọc Lan');
    expect(article.text).not.toContain('H.N.L');
  });

  it('does not take a closing sentence for a signature', () => {
    const closing = 'Dự kiến cuối năm, cả xã sẽ trồng thêm năm héc-ta nữa.';
    const html = page('<title>Trồng rừng phi lao</title>', body(`<p><strong>${closing}</strong></p>`));
    const article = extractArticle(html, URL, { now });
    expect(article.byline).toBeNull();
    expect(article.text.endsWith(closing)).toBe(true);
  });

  it('lists several JSON-LD authors, people before organisations', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Báo Ví Dụ' },
        {
          '@type': 'NewsArticle',
          author: [
            { '@type': 'Person', name: 'Lê An' },
            { '@type': 'Person', name: 'Trần Bình' },
            { '@type': 'Organization', name: 'Báo Ví Dụ' },
          ],
        },
      ],
    };
    const html = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, body());
    expect(extractArticle(html, URL, { now }).byline).toBe('Lê An, Trần Bình');
  });
});

describe('extractArticle: dates', () => {
  it('reads published and updated times, and never an update before publication', () => {
    const head = (modified: string) =>
      `<meta property="article:published_time" content="2025-07-20T08:00:00+07:00"><meta property="article:modified_time" content="${modified}">`;
    const updated = extractArticle(page(head('2025-07-21T09:30:00+07:00'), body()), URL, { now });
    expect([updated.publishedAt, updated.updatedAt]).toEqual([
      '2025-07-20T01:00:00.000Z',
      '2025-07-21T02:30:00.000Z',
    ]);
    const backwards = extractArticle(page(head('2025-07-19T09:30:00+07:00'), body()), URL, { now });
    expect(backwards.updatedAt).toBeNull();
  });

  it('reads a date written without a zone at Vietnam time on a Vietnamese page, UTC elsewhere', () => {
    const head = '<meta property="article:published_time" content="2025-07-20 08:00:00">';
    expect(extractArticle(page(head, body()), URL, { now }).publishedAt).toBe('2025-07-20T01:00:00.000Z');
    const foreign = extractArticle(page(head, body(), ' lang="en"'), 'https://news.example.com/a', { now });
    expect(foreign.publishedAt).toBe('2025-07-20T08:00:00.000Z');
    const told = extractArticle(page(head, body()), URL, { now, utcOffsetMinutes: 0 });
    expect(told.publishedAt).toBe('2025-07-20T08:00:00.000Z');
  });

  it('reads a visible day-first date when the page has no markup for it', () => {
    const html = page('', `<div class="post-date">Thứ hai, 28/7/2025 - 06:15</div>${body()}`);
    expect(extractArticle(html, URL, { now }).publishedAt).toBe('2025-07-27T23:15:00.000Z');
  });

  it('uses the feed date when the page has none or only one in the future', () => {
    const feedPublishedAt = '2025-07-30T03:00:00.000Z';
    const none = extractArticle(page('', body()), URL, { now, feedPublishedAt });
    expect(none.publishedAt).toBe(feedPublishedAt);
    const future = extractArticle(page('<meta itemprop="datePublished" content="2027-01-01">', body()), URL, {
      now,
      feedPublishedAt,
    });
    expect(future.publishedAt).toBe(feedPublishedAt);
    expect(extractArticle(page('', body()), URL, { now }).publishedAt).toBeNull();
  });
});

describe('extractArticle: lead image, language, title', () => {
  it('resolves a relative og:image, else takes a lazily loaded picture from the body', () => {
    const og = extractArticle(page('<meta property="og:image" content="/anh/phi-lao.jpg">', body()), URL, {
      now,
    });
    expect(og.image).toBe('https://bao.example.vn/anh/phi-lao.jpg');
    const lazy = body(
      '<p><img src="data:image/gif;base64,R0lGOD" data-src="/anh/that.jpg" width="800" height="500"></p>',
    );
    expect(extractArticle(page('', lazy), URL, { now }).image).toBe('https://bao.example.vn/anh/that.jpg');
    expect(
      extractArticle(page('', body('<img src="/pixel.gif" width="1" height="1">')), URL, { now }).image,
    ).toBeNull();
  });

  it('gives a language hint from the script when the page declares none', () => {
    expect(extractArticle(page('', body(), ''), URL, { now }).language).toBe('vi');
    const lao = '<p>ສະພາແຫ່ງຊາດ ໄດ້ຮັບຮອງເອົາ ກົດໝາຍວ່າດ້ວຍການລົງທຶນ ສະບັບປັບປຸງໃໝ່ ໃນກອງປະຊຸມ ສະໄໝສາມັນ.</p>';
    expect(extractArticle(page('', `<div>${lao}${lao}</div>`, ''), URL, { now }).language).toBe('lo');
    const english =
      '<p>The provincial council approved the budget for the new coastal road on Monday afternoon.</p>';
    expect(extractArticle(page('', `<div>${english}${english}</div>`, ''), URL, { now }).language).toBeNull();
  });

  it('takes the site name off the title, and keeps a headline that has " - " in it', () => {
    const named = page(
      '<meta property="og:site_name" content="Báo Ví Dụ"><title>Trồng rừng phi lao - Báo Ví Dụ</title>',
      body(),
    );
    expect(extractArticle(named, URL, { now }).title).toBe('Trồng rừng phi lao');
    const dashed = page('<title>Giao thương Việt Nam - Lào qua cửa khẩu tăng trong quý ba</title>', body());
    expect(extractArticle(dashed, URL, { now }).title).toBe(
      'Giao thương Việt Nam - Lào qua cửa khẩu tăng trong quý ba',
    );
  });
});
