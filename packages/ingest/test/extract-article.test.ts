import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.ts';

const now = new Date('2025-08-01T12:00:00Z');
const PAGE_URL = 'https://bao.example.vn/kinh-te/vuon-tieu-moi-123.html?utm_source=rss';

const FULL_PAGE = `<!DOCTYPE html>
<html lang="vi-VN">
<head>
  <meta charset="utf-8">
  <title>Vườn tiêu mới trên đồi đất đỏ - Báo Ví Dụ</title>
  <meta property="og:title" content="Vườn tiêu mới trên đồi đất đỏ">
  <meta property="og:site_name" content="Báo Ví Dụ">
  <link rel="canonical" href="https://bao.example.vn/kinh-te/vuon-tieu-moi-123.html">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@graph":[
    {"@type":"WebSite","name":"Báo Ví Dụ"},
    {"@type":"NewsArticle","headline":"Vườn tiêu mới trên đồi đất đỏ",
     "datePublished":"2025-07-28T06:15:00+07:00","author":{"@type":"Person","name":"Ngô Thanh Bình"}}
  ]}
  </script>
  <style>.x{color:red}</style>
</head>
<body>
  <header><a href="/">Báo Ví Dụ</a><nav><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav></header>
  <div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/kinh-te">Kinh tế</a></div>
  <main>
    <article class="post tag-nong-nghiep">
      <h1>Vườn tiêu mới trên đồi đất đỏ</h1>
      <div class="article-meta"><span class="byline">Bài và ảnh: Ngô Thanh Bình</span> <time datetime="2025-07-28T06:15:00+07:00">28/7/2025</time></div>
      <p class="sapo"><strong>Nhiều hộ dân chuyển từ sắn sang trồng tiêu sau hai năm thử nghiệm.</strong></p>
      <p>Trên sườn đồi, những hàng trụ tiêu đã bén rễ.</p>
      <figure><img src="/anh/tieu.jpg" alt=""><figcaption>Nông dân chăm sóc vườn tiêu. Ảnh: N.T.B</figcaption></figure>
      <p>Hợp tác xã cung cấp giống và <a href="/ky-thuat">hướng dẫn kỹ thuật</a> cho các hộ.</p>
      <blockquote><p>"Năm nay vườn nhà tôi cho thu bói," một nông dân nói.</p></blockquote>
      <h2>Đầu ra ổn định</h2>
      <p>Các hộ ký hợp đồng bao tiêu với doanh nghiệp trong vùng.</p>
      <div class="box-tin-lien-quan">
        <h3>Tin liên quan</h3>
        <ul><li><a href="/a">Giá tiêu tăng trở lại</a></li><li><a href="/b">Mô hình trồng xen cà phê</a></li></ul>
      </div>
      <div class="article-tags"><span>Từ khóa:</span> <a href="/tag/tieu">hồ tiêu</a> <a href="/tag/nong-nghiep">nông nghiệp</a></div>
      <div class="share-buttons"><a href="#">Chia sẻ</a></div>
    </article>
    <section id="comments" class="comment-list">
      <h3>Bình luận</h3>
      <div class="comment"><p>Bài viết hay, cảm ơn phóng viên.</p></div>
    </section>
  </main>
  <aside><h3>Đọc nhiều</h3><ul><li><a href="/c">Một tin khác</a></li></ul></aside>
  <footer><p>Cơ quan chủ quản: Báo Ví Dụ. Giấy phép số 00/GP.</p></footer>
  <script>window.analytics = true;</script>
</body>
</html>`;

describe('extractArticle', () => {
  it('reads metadata and the main text of a full news page', () => {
    const article = extractArticle(FULL_PAGE, PAGE_URL, { now });
    expect(article).toEqual({
      title: 'Vườn tiêu mới trên đồi đất đỏ',
      byline: 'Ngô Thanh Bình',
      publishedAt: '2025-07-27T23:15:00.000Z',
      updatedAt: null,
      language: 'vi',
      canonicalUrl: 'https://bao.example.vn/kinh-te/vuon-tieu-moi-123.html',
      image: 'https://bao.example.vn/anh/tieu.jpg',
      text: [
        'Nhiều hộ dân chuyển từ sắn sang trồng tiêu sau hai năm thử nghiệm.',
        'Trên sườn đồi, những hàng trụ tiêu đã bén rễ.',
        'Hợp tác xã cung cấp giống và hướng dẫn kỹ thuật cho các hộ.',
        '"Năm nay vườn nhà tôi cho thu bói," một nông dân nói.',
        'Đầu ra ổn định',
        'Các hộ ký hợp đồng bao tiêu với doanh nghiệp trong vùng.',
      ].join('\n\n'),
    });
  });

  it('picks the densest block when there is no <article>, and reads other metadata forms', () => {
    const html = `<html lang="en"><head>
      <title>Ferry timetable changes for the island route | Coast Gazette</title>
      <meta property="article:published_time" content="2025-07-20T09:00:00Z">
      </head><body>
      <div class="menu"><p>Home</p></div>
      <div id="story">
        <a rel="author" href="/staff/kim">By Kim Lee</a>
        <p>The ferry to the island will leave an hour earlier from Monday.</p>
        <p>Operators said the change follows the summer tide tables.</p>
      </div>
      <div class="sidebar"><p>Weather: sunny.</p></div>
      </body></html>`;
    const article = extractArticle(html, 'https://gazette.example.com/ferry', { now });
    expect(article.title).toBe('Ferry timetable changes for the island route');
    expect(article.byline).toBe('Kim Lee');
    expect(article.publishedAt).toBe('2025-07-20T09:00:00.000Z');
    expect(article.language).toBe('en');
    expect(article.canonicalUrl).toBeNull();
    expect(article.text).toBe(
      'The ferry to the island will leave an hour earlier from Monday.\n\nOperators said the change follows the summer tide tables.',
    );
  });

  it('prefers [itemprop=articleBody] over <article> teasers', () => {
    const html = `<body>
      <div itemprop="articleBody"><p>Đoạn thân bài thứ nhất.</p><p>Đoạn thân bài thứ hai.</p></div>
      <article><p>Một tin khác rất dài được giới thiệu ở cuối trang để người đọc bấm vào xem tiếp nội dung.</p></article>
      </body>`;
    expect(extractArticle(html, PAGE_URL, { now }).text).toBe(
      'Đoạn thân bài thứ nhất.\n\nĐoạn thân bài thứ hai.',
    );
  });

  it('keeps a headline that itself contains " - " and uses <time> as the last date source', () => {
    const html = `<html><head><title>Giao thương Việt Nam - Lào qua cửa khẩu tăng trong quý ba</title></head>
      <body><p>Nội dung.</p><time datetime="2025-07-01T00:00:00Z">1/7</time></body></html>`;
    const article = extractArticle(html, PAGE_URL, { now });
    expect(article.title).toBe('Giao thương Việt Nam - Lào qua cửa khẩu tăng trong quý ba');
    expect(article.publishedAt).toBe('2025-07-01T00:00:00.000Z');
    expect(article.language).toBeNull();
  });

  it('never returns a publication date far in the future', () => {
    const html = `<head><meta property="article:published_time" content="2031-01-01T00:00:00Z"></head><p>x</p>`;
    expect(extractArticle(html, PAGE_URL, { now }).publishedAt).toBeNull();
  });

  it('drops a related-links heading and its list inside the body but keeps the body', () => {
    const first =
      'Đoạn mở đầu của bài kể lại buổi sáng ở chợ cá Cửa Tùng khi những chiếc thuyền đầu tiên cập bến.';
    const last = 'Đoạn kết của bài cho biết chợ sẽ được sửa lại mái che trước mùa mưa năm nay.';
    const html = `<article>
      <p>${first}</p>
      <p><strong>Xem thêm:</strong></p>
      <ul><li><a href="/x">Bài cũ một về chợ cá</a></li><li><a href="/y">Bài cũ hai về cảng cá</a></li></ul>
      <p>${last}</p>
      </article>`;
    expect(extractArticle(html, PAGE_URL, { now }).text).toBe(`${first}\n\n${last}`);
  });

  it('reads text that is not in <p>: <div> blocks, and <br> as a line break', () => {
    const html = `<article><div>Dòng thứ nhất của bài thơ viết về dòng sông quê<br>dòng thứ hai của bài thơ nói về con đò</div>
      <div>Đoạn sau kể rằng bài thơ được viết từ những năm tám mươi, khi tác giả còn dạy học ở vùng biên.</div></article>`;
    expect(extractArticle(html, PAGE_URL, { now }).text).toBe(
      'Dòng thứ nhất của bài thơ viết về dòng sông quê\ndòng thứ hai của bài thơ nói về con đò\n\n' +
        'Đoạn sau kể rằng bài thơ được viết từ những năm tám mươi, khi tác giả còn dạy học ở vùng biên.',
    );
  });
});
